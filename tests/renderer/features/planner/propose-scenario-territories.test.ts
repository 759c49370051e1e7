import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANALYSED_PACKAGES, openAnalysedPackage } from '../../../helpers/analysed-packages';
import { type AnalysisRun } from '../../../../data/analysis/run-analysis';
import type { Database } from '../../../../data/db/database';
import type { LoadedPackage } from '../../../../data/package';
import { assignPointsToPolygons } from '../../../../geo/geometry';
import { baseAdjacencyOf } from '../../../../renderer/features/organise/use-base-adjacency';
import { planScenario } from '../../../../renderer/features/planner/plan-scenario';
import { proposeScenarioTerritories } from '../../../../renderer/features/planner/propose-scenario-territories';
import { emptyScenario } from '../../../../renderer/features/planner/state/scenario-slice';

describe.each(ANALYSED_PACKAGES)('proposing territories for a scenario on $name', ({ dir }) => {
  let db: Database;
  let pkg: LoadedPackage;
  let run: AnalysisRun;
  beforeAll(async () => {
    ({ db, pkg, run } = await openAnalysedPackage(dir));
  }, 60_000);
  afterAll(() => db.close());

  const options = { balance: 'personsInNeed' as const, tolerance: 0.15, keepWijken: false, minChange: false };

  it('balances persons in need within ±15 %, keeps every location in its team, and the scenario’s need shares follow', () => {
    const proposal = proposeScenarioTerritories(pkg, run, emptyScenario('s', 'S'), baseAdjacencyOf(pkg), options);
    if (!proposal.ok) throw new Error(`refused: ${proposal.reason}`);
    expect(proposal.report.toleranceMet).toBe(true);
    expect(proposal.report.worstDeviation).toBeLessThanOrEqual(0.15 + 1e-9);
    // The diff is from today: only areas whose team changes, as many as the report counts.
    for (const [code, team] of Object.entries(proposal.territory)) expect(run.input.areas.find((a) => a.code === code)!.team).not.toBe(team);
    expect(Object.keys(proposal.territory)).toHaveLength(proposal.changedAreas);
    const planned = planScenario(run, { ...emptyScenario('p', 'P'), territory: proposal.territory });
    const base = pkg.levels.find((l) => l.level === pkg.baseLevel)!.areas;
    const at = assignPointsToPolygons(run.input.centres.map((c) => ({ id: c.id, position: c.position })), base, (f) => f.properties.code);
    for (const c of run.input.centres) if (c.team !== null && at.has(c.id)) expect(planned.input.areas.find((a) => a.code === at.get(c.id))!.team, c.id).toBe(c.team);
    // The scenario's need per team is the proposal's balanced total: the engine and the proposal agree.
    const mean = planned.result.totals.need / planned.result.teams.filter((t) => t.need > 0).length;
    for (const t of planned.result.teams.filter((t) => t.need > 0)) expect(Math.abs(t.need / mean - 1), t.id).toBeLessThanOrEqual(0.15 + 1e-9);
    const residents = run.input.areas.filter((a) => proposal.territory[a.code]).reduce((s, a) => s + (a.population ?? 0), 0);
    expect(proposal.changedResidents).toBe(residents);
  });

  it('starts from the scenario: proposing again on the applied proposal with few changes wanted changes little', () => {
    const first = proposeScenarioTerritories(pkg, run, emptyScenario('s', 'S'), baseAdjacencyOf(pkg), options);
    if (!first.ok) throw new Error('refused');
    const again = proposeScenarioTerritories(pkg, run, { ...emptyScenario('p', 'P'), territory: first.territory }, baseAdjacencyOf(pkg), { ...options, minChange: true });
    if (!again.ok) throw new Error('refused');
    expect(again.report.toleranceMet).toBe(true);
    expect(again.changedAreas).toBeLessThan(Math.max(first.changedAreas, 1));
  });

  it('refuses, naming the team, when a team has no location in the scenario', () => {
    const team = run.input.teams.find((t) => run.input.centres.some((c) => c.team === t.id))!;
    const closed = run.input.centres.filter((c) => c.team === team.id).map((c) => c.id);
    const proposal = proposeScenarioTerritories(pkg, run, { ...emptyScenario('s', 'S'), closed }, baseAdjacencyOf(pkg), options);
    expect(proposal).toEqual({ ok: false, reason: 'no-location', teams: [team.name] });
  });
});
