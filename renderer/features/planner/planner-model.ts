import type { AnalysisRun } from '../../../data/analysis';
import type { AppState } from '../../app/app-state';
import { defineSessionSlot, type SessionMemory } from '../../shared/session-memory';
import type { Scenario } from './state/scenario-slice';
import { checkScenarioBounds, findConstraintViolations, planScenario, type ConstraintViolation, type ScenarioRefusal } from './plan-scenario';

export interface PlannerTeamRow {
  readonly id: string;
  readonly name: string;
  readonly fteNow: number;
  readonly needShare: number;
  readonly targetFte: number;
  readonly fteScenario: number;
  /** Of the comparison (baseline or the other scenario). */
  readonly fteCompare: number;
  /** null where the team's dossier count is suppressed (or missing). */
  readonly caseloadCompare: number | null;
  readonly caseloadScenario: number | null;
  /** Population-weighted mean distance of the team's areas to their own team's nearest location. */
  readonly distanceOwnM: number | null;
  readonly distanceCompareM: number | null;
  readonly violations: readonly ConstraintViolation[];
}

export interface PlannerModel {
  readonly scenario: Scenario;
  readonly compareLabel: 'baseline' | string;
  readonly planned: AnalysisRun;
  readonly compare: AnalysisRun;
  readonly teams: readonly PlannerTeamRow[];
  readonly totals: { readonly fteNow: number; readonly fteScenario: number; readonly fteCompare: number; readonly targetFte: number };
  /** Per travel mode: need covered (share 0…1) in the comparison and in the scenario. */
  readonly coverage: readonly { readonly mode: string; readonly radiusM: number; readonly compare: number | null; readonly scenario: number | null; readonly needCompare: number; readonly needScenario: number }[];
  /** The five largest gaps (area names) in the comparison and in the scenario. */
  readonly topGaps: { readonly compare: readonly string[]; readonly scenario: readonly string[] };
}

function topGapNames(run: AnalysisRun, n: number): string[] {
  return run.result.areas
    .filter((a) => a.gapRank !== null)
    .sort((a, b) => a.gapRank! - b.gapRank!)
    .slice(0, n)
    .map((a) => a.name);
}

/**
 * Everything the planner panel shows for the active scenario against its comparison, from the planner's
 * analysis run (pure; a few milliseconds on Kortrijk, so it is recomputed on every edit).
 */
export function buildPlannerModel(run: AnalysisRun, scenario: Scenario, compareWith: Scenario | null): PlannerModel {
  const planned = planScenario(run, scenario);
  const compare = compareWith ? planScenario(run, compareWith) : run;
  const violations = findConstraintViolations(run, scenario);
  const teams = run.input.teams.map((t): PlannerTeamRow => {
    const p = planned.result.teams.find((x) => x.id === t.id)!;
    const c = compare.result.teams.find((x) => x.id === t.id)!;
    // Each side hides what its own rerun hides (a territory change can hide a team's count, see rerunAnalysis).
    return {
      id: t.id,
      name: t.name,
      fteNow: t.currentFte,
      needShare: p.needShare,
      targetFte: p.allocatedFte,
      fteScenario: p.currentFte,
      fteCompare: c.currentFte,
      caseloadCompare: compare.dossiersSuppressed.has(t.id) ? null : c.caseloadNow,
      caseloadScenario: planned.dossiersSuppressed.has(t.id) ? null : p.caseloadNow,
      distanceOwnM: p.meanDistanceOwn,
      distanceCompareM: c.meanDistanceOwn,
      violations: violations.filter((v) => v.team === t.id),
    };
  });
  const sum = (f: (r: PlannerTeamRow) => number) => teams.reduce((s, r) => s + f(r), 0);
  return {
    scenario,
    compareLabel: compareWith ? compareWith.id : 'baseline',
    planned,
    compare,
    teams,
    totals: { fteNow: sum((r) => r.fteNow), fteScenario: sum((r) => r.fteScenario), fteCompare: sum((r) => r.fteCompare), targetFte: sum((r) => r.targetFte) },
    coverage: planned.result.coverage.map((cov, i) => ({
      mode: cov.mode,
      radiusM: cov.radius,
      compare: compare.result.coverage[i]?.needShare ?? null,
      scenario: cov.needShare,
      needCompare: compare.result.coverage[i]?.needCovered ?? 0,
      needScenario: cov.needCovered,
    })),
    topGaps: { compare: topGapNames(compare, 5), scenario: topGapNames(planned, 5) },
  };
}

/** The planner model, or why the engine refused the active scenario (or the one it is compared with). */
export type PlannerOutcome = { readonly model: PlannerModel; readonly refusal: null } | { readonly model: null; readonly refusal: ScenarioRefusal };

/**
 * The planner model, or the refusal: a scenario out of bounds (FTE per team or in all) or one the formula
 * cannot meet (the engine's RangeError, e.g. a minimum per team above the total's share) is not planned, so
 * that a value that got into a scenario (a hand-edited project, an autosave) can never blank the app.
 */
export function buildPlannerOutcome(run: AnalysisRun, scenario: Scenario, compareWith: Scenario | null): PlannerOutcome {
  const bounds = checkScenarioBounds(run, scenario) ?? (compareWith ? checkScenarioBounds(run, compareWith) : null);
  if (bounds) return { model: null, refusal: bounds };
  try {
    return { model: buildPlannerModel(run, scenario, compareWith), refusal: null };
  } catch (error) {
    if (error instanceof RangeError) return { model: null, refusal: 'not-computable' };
    throw error;
  }
}

/** The planner outcome last built in this session, with what it was built from. */
const plannerModelMemo = defineSessionSlot('planner model', () => ({
  last: null as { run: AnalysisRun; scenario: Scenario; other: Scenario | null; outcome: PlannerOutcome } | null,
}));

/** The active scenario of the app state and the scenario it is compared with (null: the baseline). */
function scenariosOf(state: AppState): { scenario: Scenario | null; other: Scenario | null } {
  const s = state.scenarios;
  const scenario = s.list.find((x) => x.id === s.activeId) ?? null;
  const other = !scenario || s.compareWith === 'baseline' ? null : (s.list.find((x) => x.id === s.compareWith && x.id !== scenario.id) ?? null);
  return { scenario, other };
}

/**
 * The planner outcome of the app state, or null (no planner run or no active scenario). Memoised in the
 * session's memory on the run and the two scenarios, so an edit elsewhere in the state builds nothing.
 */
export function selectPlannerOutcome(state: AppState, memory: SessionMemory): PlannerOutcome | null {
  const run = state.plannerRun.run;
  const { scenario, other } = scenariosOf(state);
  if (!run || !scenario) return null;
  const memo = plannerModelMemo(memory);
  const last = memo.last;
  if (last && last.run === run && last.scenario === scenario && last.other === other) return last.outcome;
  memo.last = { run, scenario, other, outcome: buildPlannerOutcome(run, scenario, other) };
  return memo.last.outcome;
}

/** The planner model of the app state, or null (no run, no active scenario, or the scenario refused). */
export function selectPlannerModel(state: AppState, memory: SessionMemory): PlannerModel | null {
  return selectPlannerOutcome(state, memory)?.model ?? null;
}

/**
 * Social-worker FTE per team of the active scenario, for the staffing map while the planner is open; or
 * null. The scenario's FTE where it sets one, else today's (as `planScenario` reruns it), without a rerun.
 *
 * @example
 * selectScenarioFte(stateWithPlannerOpen)?.get('noord') // 13 when the active scenario sets noord to 13
 */
export function selectScenarioFte(state: AppState): ReadonlyMap<string, number> | null {
  if (state.ui.panel !== 'planner') return null;
  const run = state.plannerRun.run;
  const { scenario } = scenariosOf(state);
  if (!run || !scenario) return null;
  const fte = new Map(Object.entries(scenario.teamFte));
  return new Map(run.input.teams.map((t) => [t.id, fte.get(t.id) ?? t.currentFte]));
}
