import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../data/db/database';
import { openNodeDatabase } from '../../../data/db/open-node-database';
import { loadPackageIntoDatabase } from '../../../data/db/load-package-into-database';
import type { LoadedPackage } from '../../../data/package/model';
import { readPackage } from '../../../data/package/read-package';
import { createMemorySource } from '../../../data/package/sources/memory-source';
import { openNodePackageSource } from '../../../data/package/sources/node-folder-source';
import { queryAreaIndicatorValues } from '../../../data/queries/area-indicator-values';
import { queryTeamFte } from '../../../data/queries/team-fte-summary';
import { KORTRIJK_DIR, hasKortrijk } from '../../helpers/shared-data';
import { demoFiles } from '../../helpers/package-copies';

/** The same sums computed independently in plain JS from the package's own tables. */
function sumByArea(pkg: LoadedPackage, level: string, indicator: string, period: number): Map<string, number> {
  const parentOf = pkg.assignments.find((a) => a.level === level)!.parentOf;
  const sums = new Map<string, number>();
  const col = (n: string) => pkg.indicators.columns.get(n)!;
  const [codes, periods, ids, values] = [col('area_code'), col('period'), col('indicator'), col('value')];
  for (let i = 0; i < pkg.indicators.rowCount; i++) {
    if (ids[i] !== indicator || periods[i] !== period || values[i] === null) continue;
    const area = parentOf.get(String(codes[i]));
    if (area !== undefined) sums.set(area, (sums.get(area) ?? 0) + (values[i] as number));
  }
  return sums;
}

const packages = [{ name: 'Demostad', dir: null as string | null }, ...(hasKortrijk ? [{ name: 'Kortrijk', dir: KORTRIJK_DIR }] : [])];

describe.each(packages)('queryAreaIndicatorValues on $name', ({ dir }) => {
  let db: Database;
  let pkg: LoadedPackage;
  beforeAll(async () => {
    const result = await readPackage(dir ? await openNodePackageSource(dir) : createMemorySource('demo', demoFiles()));
    pkg = result.pkg!;
    db = await openNodeDatabase();
    await loadPackageIntoDatabase(db, pkg);
  });
  afterAll(() => db.close());

  it.each(['sector', 'wijk', 'deelgemeente', 'municipality', 'team'])('sums counts to the %s level and recomputes the rate from the sums', async (level) => {
    const period = pkg.periods[pkg.periods.length - 1]!;
    const rows = await queryAreaIndicatorValues(db, { level, indicator: 'est_poverty_persons', period, denominator: 'population' });
    const expectedCounts = sumByArea(pkg, level, 'est_poverty_persons', period);
    const expectedPopulation = sumByArea(pkg, level, 'population', period);
    expect(rows).toHaveLength(pkg.levels.find((l) => l.level === level)!.areas.features.length);
    for (const row of rows) {
      expect(row.count).toBeCloseTo(expectedCounts.get(row.code)!, 6);
      expect(row.denominator).toBeCloseTo(expectedPopulation.get(row.code)!, 6);
    }
    // Parts add up to the whole: every level sums to the municipality total.
    const total = [...sumByArea(pkg, 'municipality', 'est_poverty_persons', period).values()][0]!;
    expect(rows.reduce((s, r) => s + (r.count ?? 0), 0)).toBeCloseTo(total, 6);
  });

  it('returns every area of the level, with null for an indicator nobody reported', async () => {
    const rows = await queryAreaIndicatorValues(db, { level: 'wijk', indicator: 'no-such-indicator', period: 2024, denominator: null });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.count === null && r.reported === 0 && r.baseAreas > 0)).toBe(true);
  });

  it('sums FTE per team', async () => {
    const fte = await queryTeamFte(db);
    const latest = Math.max(...fte.map((r) => r.period));
    const sw = fte.filter((r) => r.period === latest && r.profile === 'maatschappelijk_werker').reduce((s, r) => s + r.fte, 0);
    expect(sw).toBe(77);
    expect(fte.filter((r) => r.period === latest).reduce((s, r) => s + r.fte, 0)).toBe(178);
  });
});
