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
 * Balanced region growing from the location units: every team starts with its location units; repeatedly the
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
