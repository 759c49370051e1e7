import { runAnalysis } from '../../../data/analysis';
import { analysisRolesOf } from '../../../data/package';
import type { LocationModel } from '../../../geo/location-allocation';
import type { Services } from '../../app/services';
import { reportProblem } from '../../shared/problems';
import { defineSessionSlot } from '../../shared/session-memory';
import { analysisDone, analysisFailed, analysisStarted } from '../explorer/state/analysis-slice';
import { inSlice } from '../../app/app-state';
import { addCentre, createScenario, duplicateScenario, setAllTeamFte, type AddedCentre, type ScenarioState } from './state/scenario-slice';
import { checkScenario, findBestNewSites, formulaTargets, type ScenarioRefusal } from './plan-scenario';

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

/** The first free scenario id `s<n>` and its number n. */
function freeScenarioNumber(services: Services): number {
  const { scenarios } = services.store.getState();
  let n = scenarios.list.length + 1;
  while (scenarios.list.some((s) => s.id === `s${n}`)) n++;
  return n;
}

/** A new scenario named "Scenario n" that starts from the baseline (today's data, no changes), made active. */
export function newScenario(services: Services, name: (n: number) => string): void {
  const n = freeScenarioNumber(services);
  services.store.update(inSlice('scenarios', createScenario(`s${n}`, name(n))));
}

/** A copy of the active scenario (named by `name` from the active one's name), made active; no-op without one. */
export function duplicateActiveScenario(services: Services, name: (of: string) => string): void {
  const { scenarios } = services.store.getState();
  const active = scenarios.list.find((s) => s.id === scenarios.activeId);
  if (!active) return;
  services.store.update(inSlice('scenarios', duplicateScenario(`s${freeScenarioNumber(services)}`, name(active.name))));
}

/**
 * Makes a change to the scenarios only when the engine can plan the active scenario afterwards (bounds, and
 * a formula that can meet its minimum and maximum change); else changes nothing and says why. Never throws
 * for a value: an updater's RangeError is a refusal too.
 */
export function tryScenarioEdit(services: Services, updater: (s: ScenarioState) => ScenarioState): ScenarioRefusal | null {
  const state = services.store.getState();
  let next: ScenarioState;
  try {
    next = updater(state.scenarios);
  } catch (error) {
    if (error instanceof RangeError) return 'not-computable';
    throw error;
  }
  const run = state.plannerRun.run;
  const active = next.list.find((s) => s.id === next.activeId);
  const refusal = run && active ? checkScenario(run, active) : null;
  if (refusal === null) services.store.update(inSlice('scenarios', updater));
  return refusal;
}

/** What *Formule toepassen* did, or why it did not. */
export type FormulaOutcome = 'applied' | 'created' | 'needs-choice' | 'refused' | 'nothing';

/**
 * Applies the need-based formula (one undo step). `into: 'ask'` writes it into the active scenario unless
 * its FTE were set by hand, which it never overwrites unasked ('needs-choice'); 'overwrite' writes it in
 * anyway; 'new' makes a new scenario named `name` with the active one's locations and settings and the
 * formula's FTE. A formula the engine cannot meet changes nothing ('refused').
 */
export function applyFormula(services: Services, into: 'ask' | 'overwrite' | 'new', name: () => string): FormulaOutcome {
  const state = services.store.getState();
  const run = state.plannerRun.run;
  const scenario = state.scenarios.list.find((s) => s.id === state.scenarios.activeId);
  if (!run || !scenario) return 'nothing';
  if (into === 'ask' && scenario.handEdited) return 'needs-choice';
  let targets: Record<string, number>;
  try {
    targets = formulaTargets(run, scenario);
  } catch (error) {
    if (error instanceof RangeError) return 'refused';
    throw error;
  }
  if (into !== 'new') return tryScenarioEdit(services, setAllTeamFte(targets)) === null ? 'applied' : 'refused';
  const n = freeScenarioNumber(services);
  return tryScenarioEdit(services, createScenario(`s${n}`, name(), { ...scenario, teamFte: targets, handEdited: false })) === null ? 'created' : 'refused';
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

/**
 * *Toepassen in nieuw scenario*: a new scenario named `name` with the active one's FTE, locations and
 * settings and `territory` as its territory changes, made active (one undo step, so Ctrl+Z removes it).
 * Returns the new scenario's id, or null when the engine refuses it (nothing changes then).
 */
export function applyTerritoryProposal(services: Services, territory: Readonly<Record<string, string>>, name: string): string | null {
  const state = services.store.getState();
  const scenario = state.scenarios.list.find((s) => s.id === state.scenarios.activeId);
  if (!scenario) return null;
  const id = `s${freeScenarioNumber(services)}`;
  return tryScenarioEdit(services, createScenario(id, name, { ...scenario, territory: { ...territory } })) === null ? id : null;
}
