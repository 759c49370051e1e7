import { measureDistance } from '../measure/measure-distance';
import { findTeamAnchors, type TerritoryGraph } from './grow-territories';

export interface ImproveTerritoriesOptions {
  /** Deviations up to this are as good as 0 when `minChange` is set (then fewer changes win). */
  readonly tolerance: number;
  /** Prefer today's team: within tolerance, fewer changed units beat more balance. */
  readonly minChange: boolean;
  /** Areas in each unit, the weight of a changed unit; default 1 each. */
  readonly areaCounts?: readonly number[];
  /** Also try swaps (exchange two boundary units of neighbouring teams) when no single move helps; default true. */
  readonly swaps?: boolean;
  /**
   * `best`: each step makes the change that lowers the cost most (a full scan per change); `first`: sweeps
   * the units in order and makes each improving change at once (far fewer scans on large graphs). Default:
   * `best` up to 1,000 units, `first` above.
   */
  readonly strategy?: 'best' | 'first';
}

/**
 * Lexicographic cost of a territory plan: max deviation (floored), changes, spread (Σ squared deviation
 * beyond the floor: lets the search progress while the worst team stays the same), compactness (m).
 */
type Key = readonly [number, number, number, number];

const EPSILON = 1e-9;

/** Whether cost `a` of `improveTerritories` is lower than `b` (lexicographic, with a relative tolerance of 1e-9). */
export function isLowerTerritoryCost(a: readonly number[], b: readonly number[]): boolean {
  return isBetter(a as unknown as Key, b as unknown as Key);
}

function isBetter(a: Key, b: Key): boolean {
  for (let i = 0; i < 4; i++) {
    const scale = Math.max(1, Math.abs(b[i]!));
    if (a[i]! < b[i]! - EPSILON * scale) return true;
    if (a[i]! > b[i]! + EPSILON * scale) return false;
  }
  return false;
}

/** Whether taking `unit` out of team `donor` keeps its neighbours in the donor connected to one another (BFS). */
export function keepsDonorConnected(graph: TerritoryGraph, team: readonly number[], unit: number): boolean {
  const donor = team[unit]!;
  const touching = graph.neighbours[unit]!.filter((j) => team[j] === donor);
  if (touching.length <= 1) return true;
  const seen = new Set<number>([unit, touching[0]!]);
  const stack = [touching[0]!];
  while (stack.length > 0) {
    for (const j of graph.neighbours[stack.pop()!]!) if (team[j] === donor && !seen.has(j)) { seen.add(j); stack.push(j); }
  }
  return touching.every((j) => seen.has(j));
}

/** Whether team `t` (of `size` units) stays one piece when `out` leaves it and `into` joins it (BFS of the team). */
function staysConnectedAfterSwap(graph: TerritoryGraph, team: readonly number[], t: number, size: number, out: number, into: number): boolean {
  const seen = new Set<number>([into]);
  const stack = [into];
  while (stack.length > 0) {
    for (const j of graph.neighbours[stack.pop()!]!) if (j !== out && (team[j] === t || j === into) && !seen.has(j)) { seen.add(j); stack.push(j); }
  }
  return seen.size === size; // size − out + into
}

/**
 * Local search with contiguity-preserving boundary moves (after Ricca & Simeone 2008) that lowers a
 * lexicographic cost — first the largest |load ÷ mean − 1| over the teams, then changes from today with
 * `minChange`, then the spread Σ (|deviation| beyond the floor)², then compactness (Σ distance from each unit
 * to its team's anchor). A change is a *move* (a boundary unit joins a bordering team) or, when no move
 * helps, a *swap*: a boundary unit i of team a joins a bordering team b while a unit j of a team c bordering
 * a joins a (c = b: an exchange between two neighbouring teams; c ≠ b: a chain over three). Location units
 * never change team and no change splits a team (`keepsDonorConnected`; a BFS of the team for the team that
 * both loses and gains a unit). With `strategy: 'best'` each step makes the most improving change, with
 * `first` each improving change met in unit order. Stops at a local optimum of moves and swaps or after
 * 50 × units changes. Returns the improved assignment (a copy), the moves and the swaps made and its cost
 * (compare costs with `isLowerTerritoryCost`).
 *
 * @example
 * const g = { weights: [3, 1, 1, 1], centroids: [[0, 0], [0, 0.01], [0, 0.02], [0, 0.03]] as const,
 *   neighbours: [[1], [0, 2], [1, 3], [2]], fixedTeam: [0, -1, -1, 1], currentTeam: [-1, -1, -1, -1], shares: [1, 1] };
 * improveTerritories(g, [0, 0, 1, 1], { tolerance: 0, minChange: false }).team; // [0, 1, 1, 1]
 */
export function improveTerritories(graph: TerritoryGraph, start: readonly number[], options: ImproveTerritoriesOptions): { team: number[]; moves: number; swaps: number; cost: readonly number[] } {
  const team = [...start];
  const n = team.length;
  const k = graph.shares.length;
  const first = (options.strategy ?? (n <= 1000 ? 'best' : 'first')) === 'first';
  const anchors = findTeamAnchors(graph);
  const distance = graph.centroids.map((c) => anchors.map((a) => measureDistance(c, a)));
  const counts = options.areaCounts ?? graph.weights.map(() => 1);
  const load = new Array<number>(k).fill(0);
  const size = new Array<number>(k).fill(0);
  team.forEach((t, i) => { load[t]! += graph.weights[i]!; size[t]!++; });
  const mean = load.reduce((s, v) => s + v, 0) / graph.shares.reduce((s, v) => s + v, 0);
  const floor = options.minChange ? options.tolerance : 0;
  const deviation = (t: number, l: number) => (mean > 0 ? Math.abs(l / graph.shares[t]! / mean - 1) : 0);
  const excess = (d: number) => (d > floor ? (d - floor) ** 2 : 0);
  const changed = (i: number, t: number) => (options.minChange && graph.currentTeam[i]! >= 0 && graph.currentTeam[i] !== t ? counts[i]! : 0);
  let totalChanges = team.reduce((s, t, i) => s + changed(i, t), 0);
  let compact = team.reduce((s, t, i) => s + distance[i]![t]!, 0);
  const keyOf = (maxDev: number, ch: number, spread: number, co: number): Key => [Math.max(maxDev, floor), ch, spread, co];
  const dev = load.map((l, t) => deviation(t, l));
  let spread = dev.reduce((s, d) => s + excess(d), 0);
  let current = keyOf(Math.max(...dev), totalChanges, spread, compact);
  // The four largest deviations, so that the max over the teams other than (up to three) changed ones is O(1).
  const top = [-1, -1, -1, -1];
  const rankTop = () => {
    top.fill(-1);
    for (let t = 0; t < k; t++) {
      let at = 0;
      while (at < 4 && top[at] !== -1 && dev[top[at]!]! >= dev[t]!) at++;
      if (at < 4) { top.splice(at, 0, t); top.length = 4; }
    }
  };
  /** Cost after teams a, b (and c, unless −1) gain da, db, dc (distinct teams), with the changes and compactness deltas. */
  const costAfter = (a: number, da: number, b: number, db: number, c: number, dc: number, dChanges: number, dCompact: number): Key => {
    let maxDev = 0;
    for (const t of top) if (t !== -1 && t !== a && t !== b && t !== c) { maxDev = dev[t]!; break; }
    const devA = deviation(a, load[a]! + da);
    const devB = deviation(b, load[b]! + db);
    let s = spread + excess(devA) - excess(dev[a]!) + excess(devB) - excess(dev[b]!);
    maxDev = Math.max(maxDev, devA, devB);
    if (c !== -1) {
      const devC = deviation(c, load[c]! + dc);
      s += excess(devC) - excess(dev[c]!);
      maxDev = Math.max(maxDev, devC);
    }
    return keyOf(maxDev, totalChanges + dChanges, Math.max(s, 0), compact + dCompact);
  };
  const apply = (i: number, to: number) => {
    const from = team[i]!;
    load[from]! -= graph.weights[i]!;
    load[to]! += graph.weights[i]!;
    size[from]!--;
    size[to]!++;
    totalChanges += changed(i, to) - changed(i, from);
    compact += distance[i]![to]! - distance[i]![from]!;
    team[i] = to;
    dev[from] = deviation(from, load[from]!);
    dev[to] = deviation(to, load[to]!);
  };
  const settle = (key: Key) => {
    spread = dev.reduce((s, d) => s + excess(d), 0);
    current = key;
    rankTop();
  };
  const teamsNear = (i: number) => {
    const out: number[] = [];
    for (const j of graph.neighbours[i]!) { const t = team[j]!; if (t !== team[i] && !out.includes(t)) out.push(t); }
    return out;
  };
  const limit = 50 * n;
  let moves = 0;
  let swaps = 0;
  rankTop();
  /** One scan of the moves: with `first` makes every improving move met; else the best one. Whether one was made. */
  const scanMoves = (): boolean => {
    let best: { unit: number; to: number; key: Key } | null = null;
    let made = false;
    for (let i = 0; i < n && moves + swaps < limit; i++) {
      if (graph.fixedTeam[i]! >= 0) continue;
      const from = team[i]!;
      const w = graph.weights[i]!;
      for (const to of teamsNear(i)) {
        const key = costAfter(to, w, from, -w, -1, 0, changed(i, to) - changed(i, from), distance[i]![to]! - distance[i]![from]!);
        if (!isBetter(key, best?.key ?? current) || !keepsDonorConnected(graph, team, i)) continue;
        if (!first) { best = { unit: i, to, key }; continue; }
        apply(i, to);
        settle(key);
        moves++;
        made = true;
        break;
      }
    }
    if (best !== null) { apply(best.unit, best.to); settle(best.key); moves++; made = true; }
    return made;
  };
  /** One scan of the swaps (when no move helps): the first improving one met, or with `first` every one met. */
  const scanSwaps = (): boolean => {
    // borderOf[a]: the movable units of other teams that border team a (checked again before use).
    const borderOf: number[][] = Array.from({ length: k }, () => []);
    for (let j = 0; j < n; j++) if (graph.fixedTeam[j]! < 0) for (const a of teamsNear(j)) borderOf[a]!.push(j);
    let made = false;
    for (let i = 0; i < n && moves + swaps < limit; i++) {
      if (graph.fixedTeam[i]! >= 0) continue;
      const a = team[i]!;
      const wi = graph.weights[i]!;
      let done = false;
      for (const b of teamsNear(i)) {
        for (const j of borderOf[a]!) {
          const c = team[j]!;
          if (j === i || c === a || !graph.neighbours[j]!.some((x) => team[x] === a)) continue;
          const wj = graph.weights[j]!;
          if (c === b && wi === wj) continue;
          const dChanges = changed(i, b) - changed(i, a) + changed(j, a) - changed(j, c);
          const dCompact = distance[i]![b]! - distance[i]![a]! + distance[j]![a]! - distance[j]![c]!;
          const key = c === b ? costAfter(a, wj - wi, b, wi - wj, -1, 0, dChanges, dCompact) : costAfter(a, wj - wi, b, wi, c, -wj, dChanges, dCompact);
          if (!isBetter(key, current)) continue;
          if (!staysConnectedAfterSwap(graph, team, a, size[a]!, i, j)) continue;
          if (c === b ? !staysConnectedAfterSwap(graph, team, b, size[b]!, j, i) : !keepsDonorConnected(graph, team, j)) continue;
          apply(j, a);
          apply(i, b);
          settle(key);
          swaps++;
          made = done = true;
          break;
        }
        if (done) break;
      }
      if (made && !first) return true;
    }
    return made;
  };
  while (moves + swaps < limit) {
    if (scanMoves()) continue;
    if (options.swaps === false || !scanSwaps()) break;
  }
  return { team, moves, swaps, cost: current };
}
