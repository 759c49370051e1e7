import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rerunAnalysis } from '../../../data/analysis/rerun-analysis';
import { runAnalysis, type AnalysisRun } from '../../../data/analysis/run-analysis';
import type { Database } from '../../../data/db/database';
import { loadPackageIntoDatabase } from '../../../data/db/load-package-into-database';
import { openNodeDatabase } from '../../../data/db/open-node-database';
import { readPackage } from '../../../data/package/read-package';
import { createMemorySource } from '../../../data/package/sources/memory-source';
import { demoFiles } from '../../helpers/package-copies';

/** Regression: a team given 4,75 FTE (staff total 17,25 or any total not a whole number of 0,5) broke the charts, planner and CLI. */
describe('FTE that is not a whole number of half FTE', () => {
  let db: Database;
  let run: AnalysisRun;
  beforeAll(async () => {
    const pkg = (await readPackage(createMemorySource('demo', demoFiles()))).pkg!;
    db = await openNodeDatabase();
    await loadPackageIntoDatabase(db, pkg);
    run = await runAnalysis(db, pkg, { level: pkg.baseLevel, period: 2024 });
  }, 60_000);
  afterAll(() => db.close());

  it('is shared out in quarter steps, keeping the total', () => {
    const [first] = run.result.teams;
    const planned = rerunAnalysis(run, { teamFte: new Map([[first!.id, first!.currentFte + 0.25]]) });
    const total = planned.result.teams.reduce((s, t) => s + t.currentFte, 0);
    expect(planned.result.teams.reduce((s, t) => s + t.allocatedFte, 0)).toBeCloseTo(total, 9);
    for (const t of planned.result.teams) expect((t.allocatedFte * 4) % 1).toBeCloseTo(0, 9);
  });
});
