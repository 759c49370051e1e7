import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AnalysisRun } from '../../../../data/analysis/run-analysis';
import type { Database } from '../../../../data/db/database';
import type { LoadedPackage } from '../../../../data/package/model';
import { inSlice, type AppState } from '../../../../renderer/app/app-state';
import { createServices, type Services } from '../../../../renderer/app/services';
import { ensurePlannerRun } from '../../../../renderer/features/planner/planner-commands';
import { selectPlannerModel, selectScenarioFte } from '../../../../renderer/features/planner/planner-model';
import { createScenario, setTeamFte } from '../../../../renderer/features/planner/state/scenario-slice';
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
});
