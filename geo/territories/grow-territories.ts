import { measureDistance } from '../measure/measure-distance';
import type { LonLat } from '../units/units';

/** A graph of units to assign (areas, or whole wijken with `keepWijken`). */
export interface TerritoryGraph {
  readonly weights: readonly number[];
  readonly centroids: readonly LonLat[];
  readonly neighbours: readonly (readonly number[])[];
  /** Team owning each unit as a location unit, or −1. */
  readonly fixedTeam: readonly number[];
  /** Team owning each unit today, or −1. */
  readonly currentTeam: readonly number[];
  /** Share of each team in the mean (FTE or 1). */
  readonly shares: readonly number[];
}

/** Mean position of each team's location units (the anchor of its compactness). */
export function findTeamAnchors(graph: TerritoryGraph): LonLat[] {
  return graph.shares.map((_, t) => {
    const own = graph.fixedTeam.flatMap((f, i) => (f === t ? [graph.centroids[i]!] : []));
    return [own.reduce((s, p) => s + p[0], 0) / own.length, own.reduce((s, p) => s + p[1], 0) / own.length] as const;
  });
}

/**
 * Joins the location units of each team that has several (in team order): from the piece holding its first
 * location unit, a cheapest path through unassigned units to the nearest other piece of the team is claimed
 * for it, until the team is one piece or no path is left (then it stays in pieces, which the report counts).
 * A unit costs 1, or 1 + n when it borders a unit of another team, so that a path keeps clear of the other
 * teams' locations and does not wall them in (Dijkstra, lowest index first on ties). Changes `team` in place.
 */
function joinLocationUnits(graph: TerritoryGraph, team: number[]): void {
  const n = team.length;
  for (let t = 0; t < graph.shares.length; t++) {
    const first = graph.fixedTeam.indexOf(t);
    if (first === -1 || graph.fixedTeam.indexOf(t, first + 1) === -1) continue;
    for (;;) {
      const piece = new Set<number>([first]);
      const stack = [first];
      while (stack.length > 0) for (const j of graph.neighbours[stack.pop()!]!) if (team[j] === t && !piece.has(j)) { piece.add(j); stack.push(j); }
      if (!graph.fixedTeam.some((f, i) => f === t && !piece.has(i))) break;
      const cost = (u: number) => (graph.neighbours[u]!.some((j) => team[j] !== -1 && team[j] !== t) ? 1 + n : 1);
      const best = new Array<number>(n).fill(Infinity);
      const previous = new Array<number>(n).fill(-1);
      const done = new Array<boolean>(n).fill(false);
      for (const u of piece) best[u] = 0;
      let reached = -1;
      for (;;) {
        let u = -1;
        for (let v = 0; v < n; v++) if (!done[v] && best[v]! < Infinity && (u === -1 || best[v]! < best[u]!)) u = v;
        if (u === -1) break;
        done[u] = true;
        if (team[u] === t && !piece.has(u)) { reached = u; break; }
        for (const j of graph.neighbours[u]!) {
          if (done[j] || (team[j] !== -1 && team[j] !== t)) continue;
          const d = best[u]! + (team[j] === t ? 0 : cost(j));
          if (d < best[j]!) { best[j] = d; previous[j] = u; }
        }
      }
      if (reached === -1) break;
      for (let u = previous[reached]!; u !== -1 && !piece.has(u); u = previous[u]!) team[u] = t;
    }
  }
}

/**
 * Balanced region growing from the location units: every team starts with its location units (several
 * location units of one team are first joined by shortest paths); repeatedly the
 * team with the lowest load (total ÷ share) that still borders an unassigned unit takes the bordering unit
 * nearest its anchor (ties: lowest index). Units in a component of the graph without any location unit are
 * left at −1 (the caller places them). A team only ever takes neighbours, so each team's grown part is
 * connected to its location units.
 *
 * @example
 * const g = { weights: [1, 1, 1, 1], centroids: [[0, 0], [0, 0.01], [0, 0.02], [0, 0.03]] as const,
 *   neighbours: [[1], [0, 2], [1, 3], [2]], fixedTeam: [0, -1, -1, 1], currentTeam: [-1, -1, -1, -1], shares: [1, 1] };
 * growTerritories(g); // [0, 0, 1, 1]
 */
export function growTerritories(graph: TerritoryGraph): number[] {
  const anchors = findTeamAnchors(graph);
  const team = [...graph.fixedTeam];
  joinLocationUnits(graph, team);
  const load = graph.shares.map(() => 0);
  team.forEach((t, i) => { if (t >= 0) load[t]! += graph.weights[i]!; });
  const blocked = graph.shares.map(() => false);
  for (;;) {
    let pick = -1;
    for (let t = 0; t < load.length; t++) {
      if (!blocked[t] && (pick === -1 || load[t]! / graph.shares[t]! < load[pick]! / graph.shares[pick]!)) pick = t;
    }
    if (pick === -1) return team;
    let best = -1;
    let bestDistance = Infinity;
    team.forEach((t, i) => {
      if (t !== pick) return;
      for (const j of graph.neighbours[i]!) {
        if (team[j] !== -1) continue;
        const d = measureDistance(graph.centroids[j]!, anchors[pick]!);
        if (d < bestDistance || (d === bestDistance && j < best)) { best = j; bestDistance = d; }
      }
    });
    if (best === -1) blocked[pick] = true;
    else { team[best] = pick; load[pick]! += graph.weights[best]!; }
  }
}
