import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rerunAnalysis } from '../../../../data/analysis/rerun-analysis';
import { runAnalysis, type AnalysisRun } from '../../../../data/analysis/run-analysis';
import type { Database } from '../../../../data/db/database';
import { openNodeDatabase } from '../../../../data/db/open-node-database';
import { loadPackageIntoDatabase } from '../../../../data/db/load-package-into-database';
import { readPackage } from '../../../../data/package/read-package';
import { createMemorySource } from '../../../../data/package/sources/memory-source';
import { openNodePackageSource } from '../../../../data/package/sources/node-folder-source';
import { findBestNewSites, findConstraintViolations, formulaTargets, planScenario, scenarioCentres } from '../../../../renderer/features/planner/plan-scenario';
import { emptyScenario } from '../../../../renderer/features/planner/state/scenario-slice';
import { KORTRIJK_DIR, hasKortrijk } from '../../../helpers/shared-data';
import { demoFiles } from '../../../helpers/package-copies';

const packages = [{ name: 'Demostad', dir: null as string | null }, ...(hasKortrijk ? [{ name: 'Kortrijk', dir: KORTRIJK_DIR }] : [])];

describe.each(packages)('planning a scenario on $name', ({ dir }) => {
  let db: Database;
  let run: AnalysisRun;
  beforeAll(async () => {
    const pkg = (await readPackage(dir ? await openNodePackageSource(dir) : createMemorySource('demo', demoFiles()))).pkg!;
    db = await openNodeDatabase();
    await loadPackageIntoDatabase(db, pkg);
    run = await runAnalysis(db, pkg, { level: pkg.baseLevel, period: 2024 });
  }, 60_000);
  afterAll(() => db.close());

  it('an empty scenario reproduces the baseline exactly', () => {
    const planned = planScenario(run, emptyScenario('s', 'S'));
    expect(planned.result.teams).toEqual(run.result.teams);
    expect(planned.result.areas).toEqual(run.result.areas);
    expect(rerunAnalysis(run, {}).result.coverage).toEqual(run.result.coverage);
  });

  it('moving 2 FTE changes both teams’ caseload per FTE and nothing else about them', () => {
    const [a, b] = run.input.teams.filter((t) => t.currentFte >= 3 && t.dossiers !== null && !run.dossiersSuppressed.has(t.id));
    const scenario = { ...emptyScenario('s', 'S'), teamFte: { [a!.id]: a!.currentFte - 2, [b!.id]: b!.currentFte + 2 } };
    const planned = planScenario(run, scenario).result.teams;
    const pa = planned.find((t) => t.id === a!.id)!;
    const pb = planned.find((t) => t.id === b!.id)!;
    expect(pa.caseloadNow).toBeCloseTo(a!.dossiers! / (a!.currentFte - 2), 9);
    expect(pb.caseloadNow).toBeCloseTo(b!.dossiers! / (b!.currentFte + 2), 9);
    expect(pa.needShare).toBe(run.result.teams.find((t) => t.id === a!.id)!.needShare);
  });

  it('apply formula: targets add up to the chosen total and respect minimum and maximum change', () => {
    const scenario = { ...emptyScenario('s', 'S'), totalFte: 77, minimum: 3, maxChange: 4 };
    const targets = formulaTargets(run, scenario);
    expect(Object.values(targets).reduce((x, y) => x + y, 0)).toBeCloseTo(77, 6);
    expect(findConstraintViolations(run, { ...scenario, teamFte: targets }).filter((v) => v.kind === 'below-minimum')).toEqual([]);
    const broken = { ...scenario, teamFte: { [run.input.teams[0]!.id]: 0 } };
    expect(findConstraintViolations(run, broken).map((v) => v.kind)).toContain('below-minimum');
  });

  it('a best new site covers more persons in need, and closing every centre leaves no coverage', () => {
    const walk = run.settings.travelModes[0]!;
    const [site] = findBestNewSites(run, emptyScenario('s', 'S'), 1, walk.radius, (n) => `Nieuw: ${n}`);
    expect(site!.name).toMatch(/^Nieuw: /);
    const before = run.result.coverage[0]!;
    const after = planScenario(run, { ...emptyScenario('s', 'S'), added: [site!] }).result.coverage[0]!;
    expect(after.needCovered).toBeGreaterThan(before.needCovered);
    // p-median: the new site lowers the need-weighted distance to the nearest location.
    const [median] = findBestNewSites(run, emptyScenario('s', 'S'), 1, walk.radius, (n) => n, 'p-median');
    const weighted = (r: AnalysisRun) => r.result.areas.reduce((sum, a, i) => sum + (a.nearestCentre?.distance ?? 0) * Math.max(r.input.areas[i]!.need ?? 0, 0), 0);
    expect(weighted(planScenario(run, { ...emptyScenario('s', 'S'), added: [median!] }))).toBeLessThan(weighted(run));
    const closed = { ...emptyScenario('s', 'S'), closed: run.input.centres.map((c) => c.id) };
    expect(scenarioCentres(run, closed)).toEqual([]);
  });
});
