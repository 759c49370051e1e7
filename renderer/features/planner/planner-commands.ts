import { runAnalysis } from '../../../data/analysis';
import { analysisRolesOf } from '../../../data/package';
import type { LocationModel } from '../../../geo/location-allocation';
import type { Services } from '../../app/services';
import { reportProblem } from '../../shared/problems';
import { defineSessionSlot } from '../../shared/session-memory';
import { analysisDone, analysisFailed, analysisStarted } from '../explorer/state/analysis-slice';
import { inSlice } from '../../app/app-state';
import { addCentre, createScenario, setAllTeamFte, type AddedCentre } from './state/scenario-slice';
import { findBestNewSites, formulaTargets } from './plan-scenario';

/** The `level|period` of the planner run in flight, if any (one computation per key at a time). */
const plannerRequests = defineSessionSlot('planner run requests', () => ({ pending: null as string | null }));

/**
 * Computes the planner's analysis run (the package's base level, the view's period) once and keeps it in
 * the `plannerRun` slice; the map's own analysis (of the shown level) is left alone.
 */
export async function ensurePlannerRun(services: Services): Promise<void> {
  const { store } = services;
  const state = store.getState();
  const pkg = state.pkg.current;
  if (!pkg) return;
  const key = `${pkg.baseLevel}|${state.view.period}`;
  const requests = plannerRequests(services.memory);
  if (state.plannerRun.key === key || requests.pending === key) return;
  const roles = analysisRolesOf(pkg);
  if (pkg.centres.length === 0 || !pkg.definitions.some((d) => d.id === roles.need)) {
    store.update(inSlice('plannerRun', analysisDone(key, null)));
    return;
  }
  requests.pending = key;
  store.update(inSlice('plannerRun', analysisStarted));
  try {
    const run = await services.withDatabase('read', (db) => runAnalysis(db, pkg, { level: pkg.baseLevel, period: state.view.period }));
    if (store.getState().pkg.current === pkg) store.update(inSlice('plannerRun', analysisDone(key, run)));
  } catch (error) {
    // The panel says that the analysis failed (by its code); the notice says why in words.
    if (store.getState().pkg.current === pkg) {
      store.update(inSlice('plannerRun', analysisFailed(key, 'analysis-failed')));
      reportProblem(store, 'analysis-failed', error);
    }
  } finally {
    if (requests.pending === key) requests.pending = null;
  }
}

/** A new scenario named "Scenario n" (a copy of the active one when there is one), made active. */
export function newScenario(services: Services, name: (n: number) => string): void {
  const { scenarios } = services.store.getState();
  let n = scenarios.list.length + 1;
  while (scenarios.list.some((s) => s.id === `s${n}`)) n++;
  const from = scenarios.list.find((s) => s.id === scenarios.activeId);
  services.store.update(inSlice('scenarios', createScenario(`s${n}`, name(n), from)));
}

/** Writes the formula's FTE per team into the active scenario (one undo step). */
export function applyFormula(services: Services): void {
  const state = services.store.getState();
  const run = state.plannerRun.run;
  const scenario = state.scenarios.list.find((s) => s.id === state.scenarios.activeId);
  if (!run || !scenario) return;
  services.store.update(inSlice('scenarios', setAllTeamFte(formulaTargets(run, scenario))));
}

/** The best `k` new locations for the active scenario (MCLP within the first travel mode's radius, or p-median). */
export function proposeSites(services: Services, k: number, name: (area: string) => string, model: LocationModel = 'mclp'): AddedCentre[] {
  const state = services.store.getState();
  const run = state.plannerRun.run;
  const scenario = state.scenarios.list.find((s) => s.id === state.scenarios.activeId);
  if (!run || !scenario) return [];
  const mode = run.settings.travelModes[0]!;
  return findBestNewSites(run, scenario, k, scenario.radii[mode.id] ?? mode.radius, name, model);
}

export function acceptSites(services: Services, sites: readonly AddedCentre[]): void {
  const scenario = services.store.getState().scenarios;
  const active = scenario.list.find((s) => s.id === scenario.activeId);
  for (const site of sites) if (active && !active.added.some((c) => c.id === site.id)) services.store.update(inSlice('scenarios', addCentre(site)));
}
