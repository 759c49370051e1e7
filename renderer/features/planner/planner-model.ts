import type { AnalysisRun } from '../../../data/analysis';
import type { AppState } from '../../app/app-state';
import type { Scenario } from './state/scenario-slice';
import { findConstraintViolations, planScenario, type ConstraintViolation } from './plan-scenario';

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
    const hidden = run.dossiersSuppressed.has(t.id);
    return {
      id: t.id,
      name: t.name,
      fteNow: t.currentFte,
      needShare: p.needShare,
      targetFte: p.allocatedFte,
      fteScenario: p.currentFte,
      fteCompare: c.currentFte,
      caseloadCompare: hidden ? null : c.caseloadNow,
      caseloadScenario: hidden ? null : p.caseloadNow,
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

let memo: { run: AnalysisRun; scenario: Scenario; other: Scenario | null; model: PlannerModel } | null = null;

/** The planner model of the app state (memoised on the run and the two scenarios), or null. */
export function selectPlannerModel(state: AppState): PlannerModel | null {
  const run = state.plannerRun.run;
  const s = state.scenarios;
  const scenario = s.list.find((x) => x.id === s.activeId) ?? null;
  if (!run || !scenario) return null;
  const other = s.compareWith === 'baseline' ? null : (s.list.find((x) => x.id === s.compareWith && x.id !== scenario.id) ?? null);
  if (memo && memo.run === run && memo.scenario === scenario && memo.other === other) return memo.model;
  memo = { run, scenario, other, model: buildPlannerModel(run, scenario, other) };
  return memo.model;
}

/** Social-worker FTE per team of the active scenario, for the staffing map while the planner is open; or null. */
export function selectScenarioFte(state: AppState): ReadonlyMap<string, number> | null {
  if (state.ui.panel !== 'planner') return null;
  const model = selectPlannerModel(state);
  return model ? new Map(model.teams.map((t) => [t.id, t.fteScenario])) : null;
}
