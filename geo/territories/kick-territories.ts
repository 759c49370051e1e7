import type { TerritoryGraph } from './grow-territories';
import { keepsDonorConnected } from './improve-territories';

/**
 * A random perturbation of a territory plan for iterated local search: `steps` times, a random boundary unit
 * (not a location unit) joins a random bordering team, when that keeps its team in one piece (up to 20
 * draws per step). Returns a copy; `random` gives numbers in [0, 1) (e.g. `createSeededRandom`), so the
 * result is deterministic for a seed.
 *
 * @example
 * const g = { weights: [1, 1, 1, 1], centroids: [[0, 0], [0, 0.01], [0, 0.02], [0, 0.03]] as const,
 *   neighbours: [[1], [0, 2], [1, 3], [2]], fixedTeam: [0, -1, -1, 1], currentTeam: [-1, -1, -1, -1], shares: [1, 1] };
 * kickTerritories(g, [0, 0, 1, 1], () => 0.5, 1); // [0, 0, 0, 1] or [0, 1, 1, 1]: one boundary unit moved
 */
export function kickTerritories(graph: TerritoryGraph, start: readonly number[], random: () => number, steps: number): number[] {
  if (!Number.isInteger(steps) || steps < 0) throw new RangeError(`steps must be a whole number >= 0, got ${steps}`);
  const team = [...start];
  const boundary = () => team.flatMap((t, i) => (graph.fixedTeam[i]! < 0 && graph.neighbours[i]!.some((j) => team[j] !== t) ? [i] : []));
  for (let s = 0; s < steps; s++) {
    const units = boundary();
    if (units.length === 0) break;
    for (let draw = 0; draw < 20; draw++) {
      const i = units[Math.floor(random() * units.length)]!;
      if (!keepsDonorConnected(graph, team, i)) continue;
      const teams = [...new Set(graph.neighbours[i]!.map((j) => team[j]!))].filter((t) => t !== team[i]);
      team[i] = teams[Math.floor(random() * teams.length)]!;
      break;
    }
  }
  return team;
}
