import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AnalysisRun } from '../../../../data/analysis/run-analysis';
import type { Database } from '../../../../data/db/database';
import type { LoadedPackage } from '../../../../data/package/model';
import { inSlice, type AppState } from '../../../../renderer/app/app-state';
import { createServices, type Services } from '../../../../renderer/app/services';
import { applyFormula, duplicateActiveScenario, ensurePlannerRun, newScenario, tryScenarioEdit } from '../../../../renderer/features/planner/planner-commands';
import { selectPlannerModel, selectPlannerOutcome, selectScenarioFte } from '../../../../renderer/features/planner/planner-model';
import { selectPlannerMapCentres } from '../../../../renderer/features/planner/planner-map-centres';
import { readScenarios } from '../../../../renderer/features/planner/read-scenarios';
import { addCentre, createScenario, emptyScenario, loadScenarios, setTeamFte, setTotalFte } from '../../../../renderer/features/planner/state/scenario-slice';
import type { Platform } from '../../../../renderer/shared/platform/platform';
import { createSessionMemory } from '../../../../renderer/shared/session-memory';
import { createStore } from '../../../../renderer/shared/store/store';
import { analyse, openDemo, stateWith } from '../explorer/charts/demo-fixture';

const servicesOn = (state: AppState, database: () => Promise<Database>): Services => createServices(createStore(state), {} as Platform, database);

describe('the planner commands on Demostad', () => {
  let db: Database;
  let pkg: LoadedPackage;
  let run: AnalysisRun;
  beforeAll(async () => {
    ({ pkg, db } = await openDemo());
    run = await analyse(db, pkg, pkg.baseLevel);
  }, 60_000);
  afterAll(() => db.close());

  /** The app state with the planner open on a scenario that gives the first team 5 FTE, and the planner run. */
  function planning(): AppState {
    const base = stateWith(pkg, null, { level: pkg.baseLevel, period: 2024 });
    const withScenario = inSlice('scenarios', (s) => setTeamFte(run.input.teams[0]!.id, 5)(createScenario('s1', 'Plan')(s)))(base);
    return { ...withScenario, ui: { ...withScenario.ui, panel: 'planner' }, plannerRun: { key: `${pkg.baseLevel}|2024`, run, computing: false, error: null } };
  }

  it('computes the planner run once per level and period while one is in flight, per session', async () => {
    const state = stateWith(pkg, null, { level: pkg.baseLevel, period: 2024 });
    const database = vi.fn(() => Promise.resolve(db));
    const services = servicesOn(state, database);
    await Promise.all([ensurePlannerRun(services), ensurePlannerRun(services)]);
    expect(database).toHaveBeenCalledTimes(1);
    expect(services.store.getState().plannerRun.key).toBe(`${pkg.baseLevel}|2024`);
    expect(services.store.getState().plannerRun.run).not.toBeNull();
    // Another session (its own memory) does not wait for this one's request.
    const other = servicesOn(state, database);
    await ensurePlannerRun(other);
    expect(database).toHaveBeenCalledTimes(2);
  });

  it('reports a failed planner run as analysis-failed, with no error text in the state', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const services = servicesOn(stateWith(pkg, null, { level: pkg.baseLevel, period: 2024 }), () => Promise.reject(new Error('duckdb: internal detail')));
    await ensurePlannerRun(services);
    const state = services.store.getState();
    expect(state.plannerRun.error).toEqual({ key: `${pkg.baseLevel}|2024`, message: 'analysis-failed' });
    expect(state.notices.items.map((n) => n.code)).toEqual(['analysis-failed']);
    expect(JSON.stringify(state)).not.toMatch(/internal detail/);
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });

  it('builds the planner model once per run and scenarios in a session, and not across sessions', () => {
    const state = planning();
    const memory = createSessionMemory();
    const model = selectPlannerModel(state, memory)!;
    expect(model.scenario.id).toBe('s1');
    // Another part of the state changes: the same model.
    expect(selectPlannerModel({ ...state, ui: { ...state.ui, language: 'en' } }, memory)).toBe(model);
    // Another session builds its own.
    const elsewhere = selectPlannerModel(state, createSessionMemory());
    expect(elsewhere).not.toBe(model);
    expect(elsewhere!.teams).toEqual(model.teams);
    // An edit of the scenario: a new model.
    const edited = inSlice('scenarios', setTeamFte(run.input.teams[0]!.id, 6))(state);
    expect(selectPlannerModel(edited, memory)!.teams[0]!.fteScenario).toBe(6);
  });

  it('gives the staffing map the same FTE per team as the planner model, and nothing while the planner is closed', () => {
    const state = planning();
    const model = selectPlannerModel(state, createSessionMemory())!;
    expect(selectScenarioFte(state)).toEqual(new Map(model.teams.map((t) => [t.id, t.fteScenario])));
    expect(selectScenarioFte(state)!.get(run.input.teams[0]!.id)).toBe(5);
    expect(selectScenarioFte({ ...state, ui: { ...state.ui, panel: 'charts' } })).toBeNull();
  });

  const activeOf = (services: Services) => {
    const s = services.store.getState().scenarios;
    return s.list.find((x) => x.id === s.activeId)!;
  };

  it('Nieuw scenario starts from the baseline; Dupliceren copies the active scenario', () => {
    const services = servicesOn(planning(), () => Promise.resolve(db));
    newScenario(services, (n) => `Scenario ${n}`);
    expect(activeOf(services)).toEqual(emptyScenario('s2', 'Scenario 2'));
    services.store.update(inSlice('scenarios', setTeamFte(run.input.teams[1]!.id, 7)));
    duplicateActiveScenario(services, (name) => `${name} (kopie)`);
    expect(activeOf(services)).toMatchObject({ id: 's3', name: 'Scenario 2 (kopie)', teamFte: { [run.input.teams[1]!.id]: 7 } });
  });

  it('regression: 1000000 in an FTE box — an edit the engine cannot plan changes nothing and says why, never throws', () => {
    const services = servicesOn(planning(), () => Promise.resolve(db));
    const before = services.store.getState().scenarios;
    const team = run.input.teams[0]!.id;
    expect(tryScenarioEdit(services, setTeamFte(team, 1_000_000))).toBe('not-computable');
    expect(tryScenarioEdit(services, setTeamFte(team, 9_999))).toBe(run.input.teams.reduce((s, t) => s + t.currentFte, 0) - run.input.teams[0]!.currentFte + 9_999 > 10_000 ? 'total-too-large' : null);
    services.store.update(inSlice('scenarios', () => before));
    // A total the formula cannot share in any step of 0.001 FTE or coarser (the engine's RangeError).
    expect(tryScenarioEdit(services, setTotalFte(77.0001))).toBe('not-computable');
    expect(services.store.getState().scenarios).toBe(before);
    expect(tryScenarioEdit(services, setTeamFte(team, 6))).toBeNull();
    expect(activeOf(services).teamFte[team]).toBe(6);
  });

  it('a scenario out of bounds that got in (a hand-edited project) is refused by the model, not thrown', () => {
    const state = planning();
    const team = run.input.teams[0]!.id;
    const leaky = inSlice('scenarios', loadScenarios([{ ...emptyScenario('s1', 'Leak'), totalFte: 77.0001 }], 's1'))(state);
    expect(selectPlannerOutcome(leaky, createSessionMemory())).toEqual({ model: null, refusal: 'not-computable' });
    const huge = inSlice('scenarios', loadScenarios([{ ...emptyScenario('s1', 'Huge'), teamFte: { [team]: 1e308 } }], 's1'))(state);
    expect(selectPlannerOutcome(huge, createSessionMemory())).toEqual({ model: null, refusal: 'team-too-large' });
    expect(selectPlannerModel(huge, createSessionMemory())).toBeNull();
    const many = inSlice('scenarios', loadScenarios([{ ...emptyScenario('s1', 'Many'), teamFte: Object.fromEntries(run.input.teams.map((t) => [t.id, 9_000])) }], 's1'))(state);
    expect(selectPlannerOutcome(many, createSessionMemory())).toEqual({ model: null, refusal: 'total-too-large' });
    expect(readScenarios([{ id: 's1', name: 'Huge', teamFte: { [team]: 1e308 } }], 'p.wijkzicht').problems).toHaveLength(1);
  });

  it('Formule toepassen writes into an untouched scenario, asks for one edited by hand, and can make a new one named after it', () => {
    const services = servicesOn(planning(), () => Promise.resolve(db));
    const handMade = activeOf(services);
    expect(handMade.handEdited).toBe(true);
    expect(applyFormula(services, 'ask', () => 'Formule')).toBe('needs-choice');
    expect(activeOf(services)).toBe(handMade);
    expect(applyFormula(services, 'new', () => 'Formule Sainte-Laguë')).toBe('created');
    const made = activeOf(services);
    expect(made).toMatchObject({ name: 'Formule Sainte-Laguë', handEdited: false });
    expect(services.store.getState().scenarios.list.find((s) => s.id === handMade.id)).toBe(handMade);
    expect(Object.keys(made.teamFte).sort()).toEqual(run.input.teams.map((t) => t.id).sort());
    // Not edited by hand: applied in place.
    expect(applyFormula(services, 'ask', () => 'x')).toBe('applied');
    expect(services.store.getState().scenarios.list).toHaveLength(2);
    expect(applyFormula(services, 'overwrite', () => 'x')).toBe('applied');
  });

  it('the map draws the scenario’s locations (an added one too) while the planner is open, the same object across FTE edits', () => {
    const memory = createSessionMemory();
    const state = inSlice('scenarios', addCentre({ id: 'added-1', name: 'Nieuw', team: run.input.teams[0]!.id, lon: 3.2, lat: 50.8 }))(planning());
    const drawn = selectPlannerMapCentres(state, memory)!;
    expect(drawn.centres.map((c) => c.id)).toEqual([...run.input.centres.map((c) => c.id), 'added-1']);
    expect(selectPlannerMapCentres(inSlice('scenarios', setTeamFte(run.input.teams[0]!.id, 9))(state), memory)).toBe(drawn);
    expect(selectPlannerMapCentres({ ...state, ui: { ...state.ui, panel: 'charts' } }, memory)).toBeNull();
  });
});
