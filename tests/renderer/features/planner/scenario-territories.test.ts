import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAnalysis, type AnalysisRun } from '../../../../data/analysis/run-analysis';
import type { Database } from '../../../../data/db/database';
import { openNodeDatabase } from '../../../../data/db/open-node-database';
import { loadPackageIntoDatabase } from '../../../../data/db/load-package-into-database';
import type { LoadedPackage } from '../../../../data/package';
import { readPackage } from '../../../../data/package/read-package';
import { createMemorySource } from '../../../../data/package/sources/memory-source';
import { openNodePackageSource } from '../../../../data/package/sources/node-folder-source';
import { planScenario, scenarioTerritory } from '../../../../renderer/features/planner/plan-scenario';
import { buildPlannerModel } from '../../../../renderer/features/planner/planner-model';
import { plannerTableCsv } from '../../../../renderer/features/planner/planner-exports';
import { buildScenarioTerritories } from '../../../../renderer/features/planner/scenario-territories';
import { emptyScenario, type Scenario } from '../../../../renderer/features/planner/state/scenario-slice';
import { createTranslator } from '../../../../renderer/shared/i18n/i18n';
import { KORTRIJK_DIR, hasKortrijk } from '../../../helpers/shared-data';
import { demoFiles } from '../../../helpers/package-copies';

const packages = [{ name: 'Demostad', dir: null as string | null }, ...(hasKortrijk ? [{ name: 'Kortrijk', dir: KORTRIJK_DIR }] : [])];

/** Σ over the base areas a team has in `run` (the run's own input, after the scenario's moves). */
const sumOver = (run: AnalysisRun, team: string, of: (a: AnalysisRun['input']['areas'][number]) => number | null) =>
  run.input.areas.reduce((s, a) => s + (a.team === team ? Math.max(of(a) ?? 0, 0) : 0), 0);

describe.each(packages)('a scenario with territory changes on $name', ({ dir }) => {
  let db: Database;
  let pkg: LoadedPackage;
  let run: AnalysisRun;
  /** An area whose dossier count is shown, with its team and another team to give it to. */
  let shownMove: { code: string; from: string; to: string };
  let hiddenMove: { code: string; from: string; to: string } | null;
  beforeAll(async () => {
    pkg = (await readPackage(dir ? await openNodePackageSource(dir) : createMemorySource('demo', demoFiles()))).pkg!;
    db = await openNodeDatabase();
    await loadPackageIntoDatabase(db, pkg);
    run = await runAnalysis(db, pkg, { level: pkg.baseLevel, period: 2024 });
    const other = (team: string) => run.input.teams.find((t) => t.id !== team && !run.dossiersSuppressed.has(t.id) && t.currentFte > 0)!.id;
    const shown = run.input.areas.find((a) => a.team !== null && !run.dossiersSuppressed.has(a.team) && !run.baseSuppressed.dossiers.has(a.code) && (a.dossiers ?? 0) >= 5 && (a.need ?? 0) > 0)!;
    shownMove = { code: shown.code, from: shown.team!, to: other(shown.team!) };
    const hidden = run.input.areas.find((a) => a.team !== null && run.baseSuppressed.dossiers.has(a.code));
    hiddenMove = hidden ? { code: hidden.code, from: hidden.team!, to: other(hidden.team!) } : null;
  }, 60_000);
  afterAll(() => db.close());

  const withMove = (m: { code: string; to: string }): Scenario => ({ ...emptyScenario('s', 'Gebieden'), territory: { [m.code]: m.to } });

  it('keeps only real changes: areas or teams the run does not know and an area given its own team are left out', () => {
    const scenario = { ...emptyScenario('s', 'S'), territory: { [shownMove.code]: shownMove.to, nowhere: shownMove.to, [run.input.areas.find((a) => a.code !== shownMove.code)!.code]: 'no-such-team' } };
    expect([...scenarioTerritory(run, scenario)]).toEqual([[shownMove.code, shownMove.to]]);
    expect(planScenario(run, { ...emptyScenario('s', 'S'), territory: { [shownMove.code]: shownMove.from } }).result.teams).toEqual(run.result.teams);
  });

  it('moves the area, and both teams’ population, need and need share, target, dossiers and caseload follow from the base areas', () => {
    const planned = planScenario(run, withMove(shownMove));
    expect(planned.input.areas.find((a) => a.code === shownMove.code)!.team).toBe(shownMove.to);
    expect(planned.result.areas.find((a) => a.code === shownMove.code)!.team).toBe(shownMove.to);
    const area = run.input.areas.find((a) => a.code === shownMove.code)!;
    for (const team of [shownMove.from, shownMove.to]) {
      const before = run.result.teams.find((t) => t.id === team)!;
      const after = planned.result.teams.find((t) => t.id === team)!;
      const sign = team === shownMove.to ? 1 : -1;
      expect(after.need).toBeCloseTo(sumOver(planned, team, (a) => a.need), 6);
      expect(after.need).toBeCloseTo(before.need + sign * area.need!, 6);
      expect(after.population).toBeCloseTo(sumOver(planned, team, (a) => a.population), 6);
      expect(after.dossiers).toBe(before.dossiers! + sign * area.dossiers!);
      expect(after.caseloadNow).toBeCloseTo(after.dossiers! / after.currentFte, 9);
      expect(after.needShare).not.toBeCloseTo(before.needShare, 6);
      expect(after.targetShare).not.toBeCloseTo(before.targetShare, 6);
    }
    // The other teams keep their figures (their dossiers; shares move only with the total, which stays).
    for (const t of run.result.teams.filter((t) => t.id !== shownMove.from && t.id !== shownMove.to)) expect(planned.result.teams.find((x) => x.id === t.id)!.dossiers).toBe(t.dossiers);
  });

  it('gives the table, the compare rows and the CSV the scenario’s caseloads against today’s', () => {
    const model = buildPlannerModel(run, withMove(shownMove), null);
    const row = model.teams.find((r) => r.id === shownMove.to)!;
    expect(row.caseloadScenario).not.toBeNull();
    expect(row.caseloadScenario).toBeGreaterThan(row.caseloadCompare!);
    const csv = plannerTableCsv(model, { language: 'en', t: createTranslator('en') });
    expect(csv).toContain(String(Math.round(row.caseloadScenario! * 10) / 10));
  });

  it('draws the scenario’s territories: the moved area lies in its new team’s shape, today’s shapes without changes', () => {
    const today = buildScenarioTerritories(pkg, run);
    expect(today.territories.features.map((f) => f.properties.code).sort()).toEqual(run.input.teams.filter((t) => run.input.areas.some((a) => a.team === t.id)).map((t) => t.id).sort());
    const shapes = buildScenarioTerritories(pkg, planScenario(run, withMove(shownMove)));
    const count = (code: string, s: typeof shapes) => s.territories.features.find((f) => f.properties.code === code)!.geometry;
    expect(count(shownMove.to, shapes)).not.toEqual(count(shownMove.to, today));
    expect(shapes.labels.features).toHaveLength(shapes.territories.features.length);
  });

  it('hides the caseload of both teams when an area with a hidden dossier count moves, so comparing never gives the count back', () => {
    if (!hiddenMove) return expect(run.baseSuppressed.dossiers.size).toBe(0);
    const model = buildPlannerModel(run, withMove(hiddenMove), null);
    for (const team of [hiddenMove.from, hiddenMove.to]) {
      const row = model.teams.find((r) => r.id === team)!;
      expect(row.caseloadScenario, team).toBeNull();
      expect(model.planned.dossiersSuppressed.has(team)).toBe(true);
    }
    // Today's side is untouched by the scenario's rule.
    expect(model.teams.find((r) => r.id === hiddenMove!.from)!.caseloadCompare).not.toBeNull();
  });
});
