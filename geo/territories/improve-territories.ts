import { measureDistance } from '../measure/measure-distance';
import { findTeamAnchors, type TerritoryGraph } from './grow-territories';

export interface ImproveTerritoriesOptions {
  /** Deviations up to this are as good as 0 when `minChange` is set (then fewer changes win). */
  readonly tolerance: number;
  /** Prefer today's team: within tolerance, fewer changed units beat more balance. */
  readonly minChange: boolean;
  /** Areas in each unit, the weight of a changed unit; default 1 each. */
  readonly areaCounts?: readonly number[];
}

/** Lexicographic cost of a territory plan: max deviation (floored), changes, compactness (m). */
type Key = readonly [number, number, number];

const EPSILON = 1e-9;

function isBetter(a: Key, b: Key): boolean {
  for (let i = 0; i < 3; i++) {
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

/**
 * Local search with contiguity-preserving boundary moves (after Ricca & Simeone 2008): repeatedly moves the
 * one boundary unit to a bordering team that lowers most the cost (max |load ÷ mean − 1| over the teams, then
 * changes from today with `minChange`, then compactness: Σ distance from each unit to its team's anchor).
 * Location units never move and a move never splits the donor team (`keepsDonorConnected`). Stops at a
 * local optimum or after 50 × units moves. Returns the improved assignment (a copy) and the moves made.
 *
 * @example
 * const g = { weights: [3, 1, 1, 1], centroids: [[0, 0], [0, 0.01], [0, 0.02], [0, 0.03]] as const,
 *   neighbours: [[1], [0, 2], [1, 3], [2]], fixedTeam: [0, -1, -1, 1], currentTeam: [-1, -1, -1, -1], shares: [1, 1] };
 * improveTerritories(g, [0, 0, 1, 1], { tolerance: 0, minChange: false }).team; // [0, 1, 1, 1]
 */
export function improveTerritories(graph: TerritoryGraph, start: readonly number[], options: ImproveTerritoriesOptions): { team: number[]; moves: number } {
  const team = [...start];
  const k = graph.shares.length;
  const anchors = findTeamAnchors(graph);
  const distance = graph.centroids.map((c) => anchors.map((a) => measureDistance(c, a)));
  const counts = options.areaCounts ?? graph.weights.map(() => 1);
  const load = new Array<number>(k).fill(0);
  team.forEach((t, i) => { load[t]! += graph.weights[i]!; });
  const mean = load.reduce((s, v) => s + v, 0) / graph.shares.reduce((s, v) => s + v, 0);
  const floor = options.minChange ? options.tolerance : 0;
  const deviation = (t: number, l: number) => (mean > 0 ? Math.abs(l / graph.shares[t]! / mean - 1) : 0);
  const changed = (i: number, t: number) => (graph.currentTeam[i]! >= 0 && graph.currentTeam[i] !== t ? counts[i]! : 0);
  let changes = team.reduce((s, t, i) => s + (options.minChange ? changed(i, t) : 0), 0);
  let compact = team.reduce((s, t, i) => s + distance[i]![t]!, 0);
  const keyOf = (maxDev: number, ch: number, co: number): Key => [Math.max(maxDev, floor), ch, co];
  let current = keyOf(Math.max(...load.map((l, t) => deviation(t, l))), changes, compact);
  let moves = 0;
  for (; moves < 50 * team.length; moves++) {
    let best: { unit: number; to: number; key: Key } | null = null;
    for (let i = 0; i < team.length; i++) {
      if (graph.fixedTeam[i]! >= 0) continue;
      const from = team[i]!;
      for (const to of new Set(graph.neighbours[i]!.map((j) => team[j]!))) {
        if (to === from) continue;
        let maxDev = 0;
        for (let t = 0; t < k; t++) {
          const l = load[t]! + (t === to ? graph.weights[i]! : t === from ? -graph.weights[i]! : 0);
          maxDev = Math.max(maxDev, deviation(t, l));
        }
        const ch = options.minChange ? changes - changed(i, from) + changed(i, to) : 0;
        const key = keyOf(maxDev, ch, compact - distance[i]![from]! + distance[i]![to]!);
        if (isBetter(key, best?.key ?? current) && keepsDonorConnected(graph, team, i)) best = { unit: i, to, key };
      }
    }
    if (best === null) break;
    const { unit, to } = best;
    const from = team[unit]!;
    load[from]! -= graph.weights[unit]!;
    load[to]! += graph.weights[unit]!;
    if (options.minChange) changes += changed(unit, to) - changed(unit, from);
    compact += distance[unit]![to]! - distance[unit]![from]!;
    team[unit] = to;
    current = best.key;
  }
  return { team, moves };
}
