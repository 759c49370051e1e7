import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAnalysis, type AnalysisRun } from '../../../data/analysis/run-analysis';
import type { Database } from '../../../data/db/database';
import { openNodeDatabase } from '../../../data/db/open-node-database';
import { loadPackageIntoDatabase } from '../../../data/db/load-package-into-database';
import type { LoadedPackage } from '../../../data/package/model';
import { readPackage, TEAM_LEVEL } from '../../../data/package/read-package';
import { createMemorySource } from '../../../data/package/sources/memory-source';
import { openNodePackageSource } from '../../../data/package/sources/node-folder-source';
import { KORTRIJK_DIR, hasKortrijk } from '../../helpers/shared-data';
import { demoFiles } from '../../helpers/package-copies';

const packages = [{ name: 'Demostad', dir: null as string | null }, ...(hasKortrijk ? [{ name: 'Kortrijk', dir: KORTRIJK_DIR }] : [])];

/**
 * Regression: "Personeel tegenover nood, per team" gave Noord 11,1 % of the need at wijk level and 23,6 % at
 * sector level, because a team's figures were summed from whole areas of the chosen level, each given to the
 * team of most of its population. A team's figures are now those of its base areas at every level.
 */
describe.each(packages)('team figures of $name are the same at every map level', ({ dir }) => {
  let db: Database;
  let pkg: LoadedPackage;
  let base: AnalysisRun;
  beforeAll(async () => {
    pkg = (await readPackage(dir ? await openNodePackageSource(dir) : createMemorySource('demo', demoFiles()))).pkg!;
    db = await openNodeDatabase();
    await loadPackageIntoDatabase(db, pkg);
    base = await runAnalysis(db, pkg, { level: pkg.baseLevel, period: 2024 });
  }, 60_000);
  afterAll(() => db.close());

  it('need, shares, FTE targets, caseload, known clients and reach per team, and the totals', async () => {
    const coarser = pkg.levels.filter((l) => l.level !== pkg.baseLevel);
    expect(coarser.length).toBeGreaterThanOrEqual(2);
    for (const level of coarser) {
      const run = await runAnalysis(db, pkg, { level: level.level, period: 2024 });
      expect(run.result.areas).toHaveLength(level.areas.features.length);
      expect(run.result.teams, level.level).toEqual(base.result.teams);
      expect(run.result.totals, level.level).toEqual(base.result.totals);
      expect([...run.teamClients], level.level).toEqual([...base.teamClients]);
      expect(run.input.teams).toEqual(base.input.teams);
    }
  }, 120_000);

  it('known clients per team agree with the database at the team level, and none of 1–4 is shown', async () => {
    const clients = base.input.roles.clients;
    if (!clients) return expect(pkg.definitions.some((d) => d.id === 'clients')).toBe(false);
    const rows = await db.query<{ area_code: string; count: number | null }>('SELECT area_code, count FROM indicator_rates WHERE level = ? AND indicator = ? AND period = 2024', [TEAM_LEVEL, clients]);
    const sql = new Map(rows.map((r) => [r.area_code, r.count] as const));
    let shown = 0;
    for (const [team, figures] of base.teamClients) {
      if (figures.clients === null) continue;
      shown++;
      expect(figures.clients, team).toBe(sql.get(team));
      expect(figures.clients === 0 || figures.clients >= 5, team).toBe(true);
      const need = base.result.teams.find((t) => t.id === team)!.need;
      expect(figures.reach).toBeCloseTo(figures.clients / need, 12);
    }
    expect(shown).toBeGreaterThan(0);
  });
});
