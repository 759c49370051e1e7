import { findGraphComponents, type PreparedTerritories } from './territory-problem';
import { measureDistance } from '../measure/measure-distance';

export interface TeamTerritoryReport {
  readonly team: string;
  readonly areas: number;
  /** Σ balance weight of its areas. */
  readonly total: number;
  /** Total ÷ FTE (or the total when no FTE is given): the balanced quantity. */
  readonly load: number;
  /** load ÷ mean load − 1. */
  readonly deviation: number;
  /** Σ distance from its areas to their mean position, metres. */
  readonly compactnessMeters: number;
  /** Connected pieces (1 = contiguous). */
  readonly pieces: number;
}

export type BindingConstraint = 'fixed-location-too-heavy' | 'component-too-small' | 'keep-wijken' | 'local-optimum';

export interface TerritoryReport {
  readonly teams: readonly TeamTerritoryReport[];
  readonly meanLoad: number;
  /** Largest ÷ smallest load (Infinity when one is 0). */
  readonly maxOverMin: number;
  readonly worstDeviation: number;
  readonly compactnessMeters: number;
  readonly changedAreas: number;
  readonly changedWeight: number;
  readonly tolerance: number;
  readonly toleranceMet: boolean;
  /** Why the tolerance is not met ([] when it is), each with a plain explanation. */
  readonly binding: readonly { readonly constraint: BindingConstraint; readonly detail: string }[];
  /** Areas without any neighbour, or in a component without a location, joined to the nearest team. */
  readonly isolatedAreas: readonly { readonly code: string; readonly team: string }[];
}

/**
 * Report on a territory plan: per team total, load, deviation, compactness and pieces; max ÷ min, worst
 * deviation, changes against today and, when the tolerance is not met, which constraints bind.
 *
 * @example
 * // see proposeTerritories
 */
export function summariseTerritories(p: PreparedTerritories, team: readonly number[], tolerance: number, keepWijken: boolean, isolated: readonly number[]): TerritoryReport {
  const k = p.teamIds.length;
  const total = new Array<number>(k).fill(0);
  team.forEach((t, i) => { total[t]! += p.weights[i]!; });
  const meanLoad = total.reduce((s, v) => s + v, 0) / p.shares.reduce((s, v) => s + v, 0);
  const load = total.map((v, t) => v / p.shares[t]!);
  const deviation = load.map((l) => (meanLoad > 0 ? l / meanLoad - 1 : 0));
  const teams = p.teamIds.map((id, t): TeamTerritoryReport => {
    const own = team.flatMap((x, i) => (x === t ? [i] : []));
    const cx = own.reduce((s, i) => s + p.centroids[i]![0], 0) / own.length;
    const cy = own.reduce((s, i) => s + p.centroids[i]![1], 0) / own.length;
    const inTeam = p.neighbours.map((list, i) => (team[i] === t ? list.filter((j) => team[j] === t) : []));
    const component = findGraphComponents(inTeam);
    const pieces = new Set(own.map((i) => component[i])).size;
    const compactnessMeters = own.reduce((s, i) => s + measureDistance(p.centroids[i]!, [cx, cy]), 0);
    return { team: id, areas: own.length, total: total[t]!, load: load[t]!, deviation: deviation[t]!, compactnessMeters, pieces };
  });
  const worstDeviation = Math.max(...deviation.map(Math.abs));
  const min = Math.min(...load);
  let changedAreas = 0;
  let changedWeight = 0;
  team.forEach((t, i) => { if (p.currentTeam[i]! >= 0 && p.currentTeam[i] !== t) { changedAreas++; changedWeight += p.weights[i]!; } });
  const toleranceMet = worstDeviation <= tolerance + 1e-12;
  return {
    teams,
    meanLoad,
    maxOverMin: min > 0 ? Math.max(...load) / min : Infinity,
    worstDeviation,
    compactnessMeters: teams.reduce((s, t) => s + t.compactnessMeters, 0),
    changedAreas,
    changedWeight,
    tolerance,
    toleranceMet,
    binding: toleranceMet ? [] : findBindingConstraints(p, meanLoad, tolerance, keepWijken),
    isolatedAreas: isolated.map((i) => ({ code: p.codes[i]!, team: p.teamIds[team[i]!]! })),
  };
}

function findBindingConstraints(p: PreparedTerritories, meanLoad: number, tolerance: number, keepWijken: boolean): TerritoryReport['binding'] {
  const found: { constraint: BindingConstraint; detail: string }[] = [];
  const fixedLoad = p.shares.map(() => 0);
  p.fixedTeam.forEach((t, i) => { if (t >= 0) fixedLoad[t]! += p.weights[i]!; });
  fixedLoad.forEach((w, t) => {
    if (w / p.shares[t]! > meanLoad * (1 + tolerance)) {
      found.push({ constraint: 'fixed-location-too-heavy', detail: `team ${p.teamIds[t]}: its location areas alone weigh ${((w / p.shares[t]! / meanLoad - 1) * 100).toFixed(1)}% above the mean` });
    }
  });
  const component = findGraphComponents(p.neighbours);
  const count = Math.max(...component) + 1;
  for (let c = 0; c < count; c++) {
    const teamsHere = new Set(p.fixedTeam.filter((t, i) => t >= 0 && component[i] === c));
    if (teamsHere.size === 0) continue;
    const weight = p.weights.reduce((s, w, i) => s + (component[i] === c ? w : 0), 0);
    const shares = [...teamsHere].reduce((s, t) => s + p.shares[t]!, 0);
    const l = weight / shares / meanLoad - 1;
    if (Math.abs(l) > tolerance) {
      found.push({ constraint: 'component-too-small', detail: `the connected part holding team(s) ${[...teamsHere].map((t) => p.teamIds[t]).join(', ')} gives them on average ${(l * 100).toFixed(1)}% from the mean` });
    }
  }
  if (keepWijken) found.push({ constraint: 'keep-wijken', detail: 'whole wijken move together; try without keeping wijken whole' });
  if (found.length === 0) found.push({ constraint: 'local-optimum', detail: 'no contiguous move or swap of boundary areas improves the balance further (a local optimum of the search, not a proof that the tolerance is infeasible)' });
  return found;
}
