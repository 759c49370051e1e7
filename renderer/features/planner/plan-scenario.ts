import { rerunAnalysis, type AnalysisOverrides } from '../../../data/analysis';
import type { AnalysisRun } from '../../../data/analysis';
import { locateFacilities } from '../../../geo/location-allocation';
import type { LocationModel } from '../../../geo/location-allocation';
import { meters, type LonLat } from '../../../geo/units';
import { MAX_TEAM_FTE, MAX_TOTAL_FTE } from './number-entry';
import type { AddedCentre, Scenario } from './state/scenario-slice';

/** The centres open in a scenario: today's minus the closed, at their moved positions, plus the added. */
export function scenarioCentres(run: AnalysisRun, scenario: Scenario): AnalysisRun['input']['centres'] {
  const today = run.input.centres
    .filter((c) => !scenario.closed.includes(c.id))
    .map((c) => (scenario.moved[c.id] ? { ...c, position: [scenario.moved[c.id]![0], scenario.moved[c.id]![1]] as LonLat } : c))
    .map((c) => (scenario.renamed[c.id] ? { ...c, name: scenario.renamed[c.id]! } : c));
  return [...today, ...scenario.added.map((c) => ({ id: c.id, name: c.name, team: c.team, position: [c.lon, c.lat] as LonLat }))];
}

/**
 * The scenario's territory changes that apply to the run: areas and teams the run knows, whose team differs
 * from today's (a project saved on another package version may name others; they are left out).
 *
 * @example
 * scenarioTerritory(run, { ...emptyScenario('s', 'S'), territory: { '34022A00-': 'zuid', nowhere: 'zuid' } }) // Map { '34022A00-' => 'zuid' }
 */
export function scenarioTerritory(run: AnalysisRun, scenario: Scenario): Map<string, string> {
  const teams = new Set(run.input.teams.map((t) => t.id));
  const today = new Map(run.input.areas.map((a) => [a.code, a.team] as const));
  return new Map(Object.entries(scenario.territory).filter(([code, team]) => teams.has(team) && today.has(code) && today.get(code) !== team));
}

/** A scenario as changes to an analysis run (FTE per team, centres, territories, formula settings, radii). */
export function scenarioOverrides(run: AnalysisRun, scenario: Scenario): AnalysisOverrides {
  const teamFte = new Map(Object.entries(scenario.teamFte).filter(([team]) => run.input.teams.some((t) => t.id === team)));
  return {
    teamFte,
    centres: scenarioCentres(run, scenario),
    territory: scenarioTerritory(run, scenario),
    settings: {
      fte: {
        ...run.settings.fte,
        total: scenario.totalFte,
        method: scenario.method,
        ...(scenario.minimum !== null ? { minimum: scenario.minimum } : { minimum: undefined }),
        ...(scenario.maxChange !== null ? { maxChange: scenario.maxChange } : { maxChange: undefined }),
      },
      travelModes: run.settings.travelModes.map((m) => (scenario.radii[m.id] ? { ...m, radius: meters(scenario.radii[m.id]!) } : m)),
    },
  };
}

/**
 * The analysis of a scenario: the engine rerun with its FTE, centres, territories and settings (no database, no change to
 * the package). Where the scenario sets no FTE for a team, today's is used.
 *
 * @example
 * planScenario(run, { ...emptyScenario('s1', 'Plan'), teamFte: { noord: 13 } }).result.teams.find((t) => t.id === 'noord')!.currentFte // 13
 */
export function planScenario(run: AnalysisRun, scenario: Scenario): AnalysisRun {
  return rerunAnalysis(run, scenarioOverrides(run, scenario));
}

/**
 * FTE per team from the need-based formula (weighted capitation apportioned by the scenario's method, total,
 * minimum and maximum change from today): what "apply formula" writes into the scenario.
 */
export function formulaTargets(run: AnalysisRun, scenario: Scenario): Record<string, number> {
  // The formula starts from today's FTE (the pace of change is measured from there), not from hand edits.
  const planned = rerunAnalysis(run, { ...scenarioOverrides(run, scenario), teamFte: new Map() });
  return Object.fromEntries(planned.result.teams.map((t) => [t.id, t.allocatedFte]));
}

export interface ConstraintViolation {
  readonly team: string;
  readonly kind: 'below-minimum' | 'beyond-max-change';
  readonly fte: number;
  readonly limit: number;
}

/** Teams whose scenario FTE breaks the scenario's minimum per team or maximum change from today. */
export function findConstraintViolations(run: AnalysisRun, scenario: Scenario): ConstraintViolation[] {
  const out: ConstraintViolation[] = [];
  for (const t of run.input.teams) {
    const fte = scenario.teamFte[t.id] ?? t.currentFte;
    if (scenario.minimum !== null && fte < scenario.minimum - 1e-9) out.push({ team: t.id, kind: 'below-minimum', fte, limit: scenario.minimum });
    if (scenario.maxChange !== null && Math.abs(fte - t.currentFte) > scenario.maxChange + 1e-9) out.push({ team: t.id, kind: 'beyond-max-change', fte, limit: scenario.maxChange });
  }
  return out;
}

/**
 * The best `k` new sites for the scenario, among the base areas' points, with the scenario's centres fixed:
 * MCLP (the most persons in need within `radiusM` of their nearest open centre) or p-median (the least
 * need-weighted distance to the nearest open centre). Returns them as centres to add, named after the area
 * they stand in, attached to that area's team.
 */
export function findBestNewSites(run: AnalysisRun, scenario: Scenario, k: number, radiusM: number, name: (areaName: string) => string, model: LocationModel = 'mclp'): AddedCentre[] {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a whole number ≥ 1, got ${k}`);
  const demand = run.input.areas.map((a) => ({ id: a.code, position: a.position, weight: Math.max(a.need ?? 0, 0) }));
  const candidates = run.input.areas.map((a) => ({ id: a.code, position: a.position }));
  const fixed = scenarioCentres(run, scenario).map((c) => ({ id: c.id, position: c.position }));
  const solution = locateFacilities({ demand, candidates, fixed, add: k, model, radius: meters(radiusM) });
  return solution.chosen.map((code) => {
    const area = run.input.areas.find((a) => a.code === code)!;
    return { id: `new-${code}`, name: name(area.name), team: scenario.territory[code] ?? area.team, lon: area.position[0], lat: area.position[1] };
  });
}

/** Why the engine cannot plan a scenario: too many FTE in all, or settings the formula cannot meet. */
export type ScenarioRefusal = 'team-too-large' | 'total-too-large' | 'not-computable';

/** A team's FTE in the scenario: the scenario's where it sets one, else today's. */
export function scenarioTeamFte(run: AnalysisRun, scenario: Scenario): Map<string, number> {
  return new Map(run.input.teams.map((t) => [t.id, scenario.teamFte[t.id] ?? t.currentFte]));
}

/**
 * Whether the engine can plan the scenario: every team within 0…MAX_TEAM_FTE, all teams together and the
 * formula's total within MAX_TOTAL_FTE, and the formula able to share the total under its minimum and
 * maximum change (the engine refuses with a RangeError otherwise, e.g. 7 teams of at least 12 FTE out of 77).
 * Returns null when it can, else why not; never throws for a scenario's values.
 *
 * @example
 * checkScenario(run, { ...emptyScenario('s', 'S'), teamFte: { noord: 1_000_000 } }) // 'team-too-large'
 */
export function checkScenario(run: AnalysisRun, scenario: Scenario): ScenarioRefusal | null {
  const bounds = checkScenarioBounds(run, scenario);
  if (bounds) return bounds;
  try {
    planScenario(run, scenario);
    formulaTargets(run, scenario);
    return null;
  } catch (error) {
    if (error instanceof RangeError) return 'not-computable';
    throw error;
  }
}

/** The bounds part of `checkScenario` (no engine run): FTE per team and in all. */
export function checkScenarioBounds(run: AnalysisRun, scenario: Scenario): 'team-too-large' | 'total-too-large' | null {
  const fte = [...scenarioTeamFte(run, scenario).values()];
  if (fte.some((x) => !Number.isFinite(x) || x < 0 || x > MAX_TEAM_FTE)) return 'team-too-large';
  if (fte.reduce((a, b) => a + b, 0) > MAX_TOTAL_FTE || (scenario.totalFte !== null && scenario.totalFte > MAX_TOTAL_FTE)) return 'total-too-large';
  return null;
}
