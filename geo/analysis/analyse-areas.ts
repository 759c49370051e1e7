import { apportionFte, type ApportionMethod, type ApportionResult } from '../apportionment/apportion-fte';
import { chooseFteStep } from '../apportionment/choose-fte-step';
import { computeCoverage, type CoverageResult, type TravelMode } from '../accessibility/compute-coverage';
import { computeGapScores, type GapReason } from './compute-gap-scores';
import { computeGetisOrdGiStar } from './compute-getis-ord-gi-star';
import type { Polarity } from '../indicators/compute-need-index';
import { computeNeedIndexValues } from '../indicators/compute-need-index-values';
import { computeRelativeNeed, computeWeightedCapitation } from '../apportionment/compute-weighted-capitation';
import { computeTwoStepFloatingCatchment, type DistanceDecay } from '../accessibility/compute-two-step-floating-catchment';
import type { NearestSite } from '../accessibility/find-nearest-sites';
import type { StandardisationMethod } from '../indicators/standardise-values';
import { suppressSmallCount } from '../suppression/suppress-small-counts';
import { meters, type LonLat, type Meters } from '../units/units';
import { reuseAreaGeometry, type AreaGeometry } from './reuse-area-geometry';

/** The engine's input: one level's areas and counts, the need indicators, centres and teams. */
export interface EngineInput {
  readonly areas: readonly {
    readonly code: string;
    readonly name: string;
    readonly team: string | null;
    readonly position: LonLat;
    readonly population: number | null;
    /** Persons in need (e.g. estimated persons at risk of poverty). */
    readonly need: number | null;
    /** Clients known to the service (sensitive). */
    readonly clients: number | null;
  }[];
  readonly indicators: readonly { readonly id: string; readonly polarity: Polarity; readonly numerators: readonly (number | null)[]; readonly denominators: readonly (number | null)[] }[];
  readonly centres: readonly { readonly id: string; readonly team: string | null; readonly position: LonLat }[];
  readonly teams: readonly { readonly id: string; readonly currentFte: number; readonly dossiers: number | null }[];
  /** Whether the clients count is sensitive (reach is then suppressed where it would reveal 1–4 clients). */
  readonly clientsSensitive: boolean;
}

export interface EngineSettings {
  /** Need index: indicators (rates per their denominator) with weights, and the standardisation. */
  readonly need: { readonly indicators: readonly { readonly id: string; readonly weight: number }[]; readonly method: StandardisationMethod };
  readonly travelModes: readonly TravelMode[];
  /** Catchment of the (E)2SFCA and the decay used for E2SFCA. */
  readonly catchment: { readonly radius: Meters; readonly decay: DistanceDecay };
  readonly gap: { readonly weights: { readonly need: number; readonly distance: number; readonly reach: number; readonly access: number }; readonly reasonThreshold: number };
  readonly hotspot: { readonly band: Meters; readonly alpha: number };
  /** FTE apportionment: total (null = today's total), method, step, optional minimum and pace of change. */
  readonly fte: { readonly total: number | null; readonly method: ApportionMethod; readonly step: number; readonly minimum?: number; readonly maxChange?: number };
  readonly suppressionThreshold: number;
}

export const DEFAULT_ENGINE_SETTINGS: Omit<EngineSettings, 'need'> = {
  travelModes: [
    { id: 'walk', radius: meters(1000) },
    { id: 'bike', radius: meters(3000) },
  ],
  catchment: { radius: meters(3000), decay: { kind: 'gaussian' } },
  gap: { weights: { need: 1, distance: 1, reach: 1, access: 1 }, reasonThreshold: 0.5 },
  hotspot: { band: meters(1500), alpha: 0.05 },
  fte: { total: null, method: 'sainte-lague', step: 0.5 },
  suppressionThreshold: 4,
};

export interface AreaResult {
  readonly code: string;
  readonly name: string;
  readonly team: string | null;
  readonly needIndex: number | null;
  /** Known clients ÷ persons in need; null where missing or suppressed. */
  readonly reach: number | null;
  readonly reachStatus: 'shown' | 'suppressed' | 'missing';
  /** Estimated persons in need not reached (need − clients); null with reach. */
  readonly nonTakeUp: number | null;
  readonly nearestCentre: { readonly id: string; readonly distance: Meters } | null;
  readonly ownTeamCentre: { readonly id: string; readonly distance: Meters } | null;
  /** Per travel mode id: whether the area lies within its radius of a centre. */
  readonly covered: Readonly<Record<string, boolean>>;
  /** Social-worker FTE per 1,000 persons in need within reach: 2SFCA and E2SFCA. */
  readonly access2sfca: number | null;
  readonly accessE2sfca: number | null;
  readonly gapScore: number | null;
  readonly gapRank: number | null;
  readonly hotspot: { readonly z: number; readonly p: number; readonly cluster: 'hot' | 'cold' | 'none' } | null;
}

export interface TeamResult {
  readonly id: string;
  readonly population: number;
  readonly need: number;
  /** Population-weighted mean need index of the team's areas. */
  readonly needIndex: number | null;
  readonly needShare: number;
  /** Share of the need-weighted population (weighted capitation). */
  readonly targetShare: number;
  readonly targetFte: number;
  readonly currentFte: number;
  readonly allocatedFte: number;
  readonly change: number;
  readonly dossiers: number | null;
  readonly caseloadNow: number | null;
  readonly caseloadAfter: number | null;
  /** Population-weighted mean distance of the team's areas to their own team's nearest centre. */
  readonly meanDistanceOwn: number | null;
}

export interface EngineResult {
  readonly areas: readonly AreaResult[];
  /** Why area i (index in `areas`) has its gap score: the components that raise it, strongest first. */
  readonly explainGap: (index: number) => readonly GapReason[];
  readonly teams: readonly TeamResult[];
  readonly coverage: readonly CoverageResult[];
  readonly apportionment: ApportionResult;
  readonly totals: { readonly population: number; readonly need: number; readonly clients: number | null; readonly reach: number | null; readonly currentFte: number; readonly targetFteTotal: number };
}

function coveredOf(modes: readonly string[], coverage: readonly CoverageResult[], i: number): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  for (let m = 0; m < modes.length; m++) out[modes[m]!] = coverage[m]!.covered[i]!;
  return out;
}

/**
 * Runs the whole analysis of one level in one go — need index, reach and non-take-up, nearest-centre
 * distances, coverage per travel mode, 2SFCA and E2SFCA, coverage-gap scores with reasons, Getis–Ord Gi*
 * hot spots, weighted-capitation FTE targets and their apportionment — from plain arrays, with no I/O, so
 * the UI can rerun it on every slider move. See README "Analysis" for every formula.
 *
 * @example
 * const result = analyseAreas(input, { ...DEFAULT_ENGINE_SETTINGS, need: { indicators: [{ id: 'leefloon_persons', weight: 1 }], method: 'z-score' } });
 */
export function analyseAreas(input: EngineInput, settings: EngineSettings): EngineResult {
  const n = input.areas.length;
  if (n === 0) throw new RangeError('There are no areas to analyse');
  const areas = input.areas;
  const { needIndex, chosen } = computeAreaNeedIndex(input, settings);
  const { reach, reachStatus } = computeReach(input, settings);
  // Distances depend only on the points (and teams): kept between recomputes of the same areas.
  const geometry = reuseAreaGeometry(input, settings.catchment.radius);
  const { nearest, coverage, plain, accessE } = computeAccess(input, settings, geometry);

  // Coverage gaps and hot spots of the gap score.
  const w = settings.gap.weights;
  const gaps = computeGapScores(
    [
      { id: 'need', values: needIndex, weight: w.need, direction: 1 },
      { id: 'distance', values: nearest.map((x) => x.distanceOwn ?? x.distance), weight: w.distance, direction: 1 },
      { id: 'reach', values: reach, weight: w.reach, direction: -1 },
      { id: 'access', values: accessE, weight: w.access, direction: -1 },
    ],
    settings.gap.reasonThreshold,
  );
  const rankOf = new Int32Array(n); // 0: no rank
  for (const r of gaps.ranked) rankOf[r.index] = r.rank;
  const hotspots = findGapHotSpots(geometry, gaps.scores, settings.hotspot);

  const fte = apportionTeamFte(input, settings, chosen);
  const totalNeed = areas.reduce((s, a) => s + Math.max(a.need ?? 0, 0), 0);
  const teams = summariseTeams(input, needIndex, nearest, fte, totalNeed);
  const clientsTotal = areas.every((a) => a.clients === null) ? null : areas.reduce((s, a) => s + (a.clients ?? 0), 0);
  const modes = coverage.map((c) => c.mode);
  return {
    areas: areas.map((a, i) => {
      const near = nearest[i]!;
      return {
        code: a.code,
        name: a.name,
        team: a.team,
        needIndex: needIndex[i] ?? null,
        reach: reach[i] ?? null,
        reachStatus: reachStatus[i]!,
        nonTakeUp: reach[i] === null || a.need === null ? null : Math.max(a.need - a.need * reach[i]!, 0),
        nearestCentre: near.nearest === null ? null : { id: input.centres[near.nearest]!.id, distance: near.distance! },
        ownTeamCentre: near.nearestOwn === null ? null : { id: input.centres[near.nearestOwn]!.id, distance: near.distanceOwn! },
        covered: coveredOf(modes, coverage, i),
        access2sfca: a.need === null ? null : plain.accessibility[i]!,
        accessE2sfca: accessE[i] ?? null,
        gapScore: gaps.scores[i] ?? null,
        gapRank: rankOf[i]! > 0 ? rankOf[i]! : null,
        hotspot: hotspots[i] ?? null,
      };
    }),
    explainGap: gaps.reasonsOf,
    teams,
    coverage,
    apportionment: fte.apportionment,
    totals: {
      population: areas.reduce((s, a) => s + Math.max(a.population ?? 0, 0), 0),
      need: totalNeed,
      clients: clientsTotal,
      reach: clientsTotal !== null && totalNeed > 0 ? clientsTotal / totalNeed : null,
      currentFte: fte.currentTotal,
      targetFteTotal: fte.total,
    },
  };
}

type ChosenIndicators = EngineSettings['need']['indicators'];

/** Need index over the chosen indicators' rates per 1,000 (null everywhere when none is chosen). */
function computeAreaNeedIndex(input: EngineInput, settings: EngineSettings): { needIndex: readonly (number | null)[]; chosen: ChosenIndicators } {
  const indicatorById = new Map(input.indicators.map((i) => [i.id, i] as const));
  const chosen = settings.need.indicators.filter((c) => c.weight > 0);
  for (const c of chosen) if (!indicatorById.has(c.id)) throw new RangeError(`Unknown need indicator ${c.id}`);
  // Rates into typed arrays, NaN where missing (the standardisation leaves non-finite values out, as null).
  const rate = (ind: EngineInput['indicators'][number]) => {
    const out = new Float64Array(ind.numerators.length);
    for (let i = 0; i < out.length; i++) {
      const x = ind.numerators[i];
      const d = ind.denominators[i];
      out[i] = x === null || x === undefined || d === null || d === undefined || !(d > 0) ? Number.NaN : (1000 * x) / d;
    }
    return out;
  };
  if (chosen.length === 0) return { needIndex: new Array<number | null>(input.areas.length).fill(null), chosen };
  const { index, present } = computeNeedIndexValues(chosen.map((c) => ({ id: c.id, values: rate(indicatorById.get(c.id)!), weight: c.weight, polarity: indicatorById.get(c.id)!.polarity })), settings.need.method);
  const needIndex = new Array<number | null>(index.length).fill(null);
  for (let i = 0; i < index.length; i++) if (present[i] === 1) needIndex[i] = index[i]!;
  return { needIndex, chosen };
}

/** Reach (clients ÷ need) per area, suppressed where the clients count is small and sensitive. */
function computeReach(input: EngineInput, settings: EngineSettings): { reach: (number | null)[]; reachStatus: AreaResult['reachStatus'][] } {
  const reachStatus: AreaResult['reachStatus'][] = [];
  const reach = input.areas.map((a) => {
    const clients = suppressSmallCount(a.clients, { sensitive: input.clientsSensitive, threshold: settings.suppressionThreshold });
    if (clients.status === 'suppressed') {
      reachStatus.push('suppressed');
      return null;
    }
    if (clients.value === null || a.need === null || !(a.need > 0)) {
      reachStatus.push('missing');
      return null;
    }
    reachStatus.push('shown');
    return clients.value / a.need;
  });
  return { reach, reachStatus };
}

/** Accessibility: nearest centres, coverage, (E)2SFCA with each team's FTE spread evenly over its centres. */
function computeAccess(input: EngineInput, settings: EngineSettings, geometry: AreaGeometry) {
  const areas = input.areas;
  const nearest = geometry.nearest;
  const distance = nearest.map((x) => x.distance);
  const coverage = computeCoverage(distance, areas.map((a) => a.population), areas.map((a) => a.need), settings.travelModes);
  const centresPerTeam = new Map<string, number>();
  for (const c of input.centres) if (c.team !== null) centresPerTeam.set(c.team, (centresPerTeam.get(c.team) ?? 0) + 1);
  const fteOf = new Map(input.teams.map((t) => [t.id, t.currentFte] as const));
  const supply = input.centres.map((c) => ({ position: c.position, supply: c.team !== null ? (fteOf.get(c.team) ?? 0) / (centresPerTeam.get(c.team) ?? 1) : 0 }));
  const demand = areas.map((a) => ({ position: a.position, need: Math.max(a.need ?? 0, 0) }));
  const pairs = geometry.pairs;
  const plain = computeTwoStepFloatingCatchment(demand, supply, { radius: settings.catchment.radius, decay: { kind: 'none' } }, pairs);
  const enhanced = computeTwoStepFloatingCatchment(demand, supply, settings.catchment, pairs);
  const accessE = Array.from(enhanced.accessibility, (v, i) => (areas[i]!.need === null ? null : v));
  return { nearest, coverage, plain, accessE };
}

/** Getis–Ord Gi* hot spots of the gap score over the areas that have one (null elsewhere, or with fewer than 3). */
function findGapHotSpots(geometry: AreaGeometry, scores: readonly (number | null)[], hotspot: EngineSettings['hotspot']): AreaResult['hotspot'][] {
  const n = scores.length;
  const hotspots: AreaResult['hotspot'][] = new Array<AreaResult['hotspot']>(n).fill(null);
  const local = new Int32Array(n).fill(-1); // index among the scored areas
  const values: number[] = [];
  for (let i = 0; i < n; i++) {
    const s = scores[i];
    if (s === null || s === undefined) continue;
    local[i] = values.length;
    values.push(s);
  }
  if (values.length < 3) return hotspots;
  const all = geometry.neighboursWithin(hotspot.band);
  // Usually every area has a score and the cached lists are used as they are; otherwise renumber them.
  let neighbours: readonly ArrayLike<number>[] = all;
  if (values.length < n) {
    const renumbered: number[][] = [];
    for (let i = 0; i < n; i++) {
      if (local[i]! < 0) continue;
      const list = all[i]!;
      const mine: number[] = [];
      for (let k = 0; k < list.length; k++) if (local[list[k]!]! >= 0) mine.push(local[list[k]!]!);
      renumbered.push(mine);
    }
    neighbours = renumbered;
  }
  const gi = computeGetisOrdGiStar(values, neighbours, { alpha: hotspot.alpha });
  for (let i = 0; i < n; i++) if (local[i]! >= 0) hotspots[i] = gi[local[i]!]!;
  return hotspots;
}

/** The FTE plan: weighted capitation → team shares → apportionment of the total. */
interface TeamFte {
  readonly apportionment: ApportionResult;
  /** Each team's share of the need-weighted population. */
  readonly weights: Readonly<Record<string, number>>;
  readonly currentTotal: number;
  readonly total: number;
}

/** Weighted capitation → FTE targets → apportionment. */
function apportionTeamFte(input: EngineInput, settings: EngineSettings, chosen: ChosenIndicators): TeamFte {
  const n = input.areas.length;
  const needWeights = input.indicators.filter((ind) => ind.polarity === 'higher_worse' && chosen.some((c) => c.id === ind.id));
  const relativeNeed = needWeights.length > 0 ? computeRelativeNeed(needWeights.map((ind) => ({ numerators: ind.numerators, denominators: ind.denominators, weight: chosen.find((c) => c.id === ind.id)!.weight }))) : new Array<number | null>(n).fill(1);
  const teamIds = input.teams.map((t) => t.id);
  const knownTeams = new Set(teamIds);
  const capitation = computeWeightedCapitation(input.areas.map((a, i) => ({ team: a.team !== null && knownTeams.has(a.team) ? a.team : null, population: Math.max(a.population ?? 0, 0), relativeNeed: relativeNeed[i] ?? null })));
  const currentTotal = input.teams.reduce((s, t) => s + t.currentFte, 0);
  const total = settings.fte.total ?? currentTotal;
  const weights = Object.fromEntries(teamIds.map((id) => [id, capitation.shares[id] ?? 0]));
  // The real staff total may not be a whole number of the configured step (17.25 FTE at 0.5): share it in the
  // coarsest step that divides it.
  const step = chooseFteStep(total, settings.fte.step, settings.fte.minimum ?? 0);
  const apportionment = apportionFte({
    total,
    step,
    weights,
    method: settings.fte.method,
    current: Object.fromEntries(input.teams.map((t) => [t.id, t.currentFte])),
    ...(settings.fte.minimum !== undefined ? { minimum: settings.fte.minimum } : {}),
    ...(settings.fte.maxChange !== undefined ? { maxChange: settings.fte.maxChange } : {}),
  });
  return { apportionment, weights, currentTotal, total };
}

/** Per team: population, need, mean need index and distance (population-weighted), FTE and caseloads. */
function summariseTeams(input: EngineInput, needIndex: readonly (number | null)[], nearest: readonly NearestSite[], fte: TeamFte, totalNeed: number): TeamResult[] {
  const allocatedOf = new Map(fte.apportionment.teams.map((t) => [t.team, t] as const));
  // One accumulator per team id; sums run over the areas in order, as the per-team lists did.
  const slotOf = new Map<string, number>();
  for (const t of input.teams) if (!slotOf.has(t.id)) slotOf.set(t.id, slotOf.size);
  const m = slotOf.size;
  const pop = new Float64Array(m), need = new Float64Array(m), wpop = new Float64Array(m), windex = new Float64Array(m), dpop = new Float64Array(m), ddist = new Float64Array(m);
  const areas = input.areas;
  for (let i = 0; i < areas.length; i++) {
    const a = areas[i]!;
    if (a.team === null) continue;
    const k = slotOf.get(a.team);
    if (k === undefined) continue;
    pop[k]! += Math.max(a.population ?? 0, 0);
    need[k]! += Math.max(a.need ?? 0, 0);
    if (a.population === null) continue;
    const index = needIndex[i];
    if (index !== null && index !== undefined) {
      wpop[k]! += a.population;
      windex[k]! += index * a.population;
    }
    const own = nearest[i]!.distanceOwn;
    if (own !== null) {
      dpop[k]! += a.population;
      ddist[k]! += own * a.population;
    }
  }
  return input.teams.map((t) => {
    const k = slotOf.get(t.id)!;
    const allocated = allocatedOf.get(t.id)!.allocated;
    return {
      id: t.id,
      population: pop[k]!,
      need: need[k]!,
      needIndex: wpop[k]! > 0 ? windex[k]! / wpop[k]! : null,
      needShare: totalNeed > 0 ? need[k]! / totalNeed : 0,
      targetShare: fte.weights[t.id] ?? 0,
      targetFte: allocatedOf.get(t.id)!.quota,
      currentFte: t.currentFte,
      allocatedFte: allocated,
      change: allocated - t.currentFte,
      dossiers: t.dossiers,
      caseloadNow: t.dossiers !== null && t.currentFte > 0 ? t.dossiers / t.currentFte : null,
      caseloadAfter: t.dossiers !== null && allocated > 0 ? t.dossiers / allocated : null,
      meanDistanceOwn: dpop[k]! > 0 ? ddist[k]! / dpop[k]! : null,
    };
  });
}
