import { buildTerritoryUnits } from './build-territory-units';
import { chooseTerritoryTeams, type TerritoryTeamChanges } from './choose-territory-teams';
import { findTeamAnchors, growTerritories } from './grow-territories';
import { improveTerritories, isLowerTerritoryCost } from './improve-territories';
import { kickTerritories } from './kick-territories';
import { createSeededRandom } from '../synthesis/create-seeded-random';
import { measureDistance } from '../measure/measure-distance';
import { summariseTerritories, type TerritoryReport } from './summarise-territories';
import { findGraphComponents, prepareTerritories, type TerritoryInput } from './territory-problem';

export interface ProposeTerritoriesOptions {
  /** Allowed |load ÷ mean − 1| per team, e.g. 0.1 = within ±10 % of the mean; default 0.1. */
  readonly tolerance?: number;
  /** Move whole wijken only (areas keep their wijk's team); default false. */
  readonly keepWijken?: boolean;
  /** Prefer today's assignment: once within tolerance, change as few areas as possible; default false. */
  readonly minChange?: boolean;
  /** Let the local search also swap two boundary areas of neighbouring teams when no single move helps; default true. */
  readonly swaps?: boolean;
  /**
   * Number of teams k of the plan; default the input's teams. Fewer: the teams kept are chosen spread out,
   * more: new teams "Nieuw team 1", … are seeded far from the locations (`chooseTerritoryTeams`, which
   * `teamChanges` reports).
   */
  readonly teamCount?: number;
  /**
   * Iterated local search: after the first local optimum, this many times the best plan is perturbed by 3
   * random contiguity-keeping moves (`kickTerritories`, seeded: deterministic) and improved again; a better
   * result is kept. Default 30 up to 500 units, 0 above (where one search takes seconds).
   */
  readonly restarts?: number;
}

/** Seed of the perturbations of the iterated local search (any fixed number: results are reproducible). */
const RESTART_SEED = 17;

export interface TerritoryProposal {
  /** Area code → team id, in the order of `input.areas`. */
  readonly assignment: readonly { readonly code: string; readonly team: string }[];
  readonly report: TerritoryReport;
  /** Local-search moves made (over all restarts). */
  readonly moves: number;
  /** Local-search swaps made (two boundary areas of neighbouring teams exchanged; over all restarts). Always set (optional in the type for callers that build proposals themselves). */
  readonly swaps?: number;
  /** Teams dropped or added to reach `teamCount` (both empty without it). Always set (optional in the type, as `swaps`). */
  readonly teamChanges?: TerritoryTeamChanges;
}

/**
 * Proposes team territories: contiguous, balanced on the areas' weights (per FTE when teams give an FTE),
 * compact, every location area in its own team. Region growing from the location areas (`growTerritories`)
 * gives a start, local search with contiguity-preserving boundary moves (`improveTerritories`, after Ricca &
 * Simeone 2008) minimises the largest deviation from the mean load, then (with `minChange`) the areas changed
 * from today, then the distance of areas to their team's locations. Each connected component of the
 * adjacency graph is grown from the locations inside it; an area without neighbours, or a component without
 * any location, joins the team whose locations are nearest (centroid distance) and is reported in
 * `report.isolatedAreas`. When the tolerance is not met, `report.binding` says why. Deterministic.
 *
 * @example
 * // a 1 × 4 strip, equal weights, a location at each end:
 * const areas = ['a', 'b', 'c', 'd'].map((code, i) => ({ code, weight: 1, centroid: [3, 50 + i / 100] as const }));
 * const adjacency = { a: ['b'], b: ['c'], c: ['d'] };
 * const teams = [{ id: 'north', fixedAreas: ['d'] }, { id: 'south', fixedAreas: ['a'] }];
 * proposeTerritories({ areas, adjacency, teams }).assignment.map((x) => x.team); // ['south', 'south', 'north', 'north']
 */
export function proposeTerritories(given: TerritoryInput, options: ProposeTerritoriesOptions = {}): TerritoryProposal {
  const { tolerance = 0.1, keepWijken = false, minChange = false, swaps: trySwaps = true } = options;
  if (!Number.isFinite(tolerance) || tolerance < 0) throw new RangeError(`tolerance must be a number >= 0, got ${tolerance}`);
  prepareTerritories(given); // checks the input as given, before teams are dropped or added
  const { input, changes: teamChanges } = options.teamCount === undefined ? { input: given, changes: { dropped: [], added: [] } } : chooseTerritoryTeams(given, options.teamCount);
  const prepared = prepareTerritories(input);
  const units = buildTerritoryUnits(prepared, keepWijken);
  const grown = growTerritories(units);
  const anchors = findTeamAnchors(units);
  const component = findGraphComponents(units.neighbours);
  const isolatedUnits = new Set<number>();
  grown.forEach((t, u) => {
    if (t !== -1) return;
    const members = component.flatMap((c, v) => (c === component[u] ? [v] : []));
    const lon = members.reduce((s, v) => s + units.centroids[v]![0], 0) / members.length;
    const lat = members.reduce((s, v) => s + units.centroids[v]![1], 0) / members.length;
    const distances: number[] = anchors.map((a) => measureDistance([lon, lat], a));
    const nearest = distances.indexOf(Math.min(...distances));
    for (const v of members) { grown[v] = nearest; isolatedUnits.add(v); }
  });
  const searchOptions = { tolerance, minChange, areaCounts: units.areaCounts, swaps: trySwaps };
  let best = improveTerritories(units, grown, searchOptions);
  let moves = best.moves;
  let swaps = best.swaps;
  const restarts = options.restarts ?? (units.weights.length <= 500 ? 30 : 0);
  if (!Number.isInteger(restarts) || restarts < 0) throw new RangeError(`restarts must be a whole number >= 0, got ${restarts}`);
  const random = createSeededRandom(RESTART_SEED);
  for (let r = 0; r < restarts; r++) {
    const next = improveTerritories(units, kickTerritories(units, best.team, random, 3), searchOptions);
    moves += next.moves;
    swaps += next.swaps;
    if (isLowerTerritoryCost(next.cost, best.cost)) best = next;
  }
  const { team } = best;
  const areaTeam = units.unitOfArea.map((u) => team[u]!);
  const isolated = units.unitOfArea.flatMap((u, i) => (isolatedUnits.has(u) ? [i] : []));
  return {
    assignment: prepared.codes.map((code, i) => ({ code, team: prepared.teamIds[areaTeam[i]!]! })),
    report: summariseTerritories(prepared, areaTeam, tolerance, keepWijken, isolated),
    moves,
    swaps,
    teamChanges,
  };
}
