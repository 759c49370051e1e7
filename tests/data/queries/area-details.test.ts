import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSuppressionPlan, type SuppressionPlan } from '../../../data/analysis/build-suppression-plan';
import type { Database } from '../../../data/db/database';
import { openNodeDatabase } from '../../../data/db/open-node-database';
import { loadPackageIntoDatabase } from '../../../data/db/load-package-into-database';
import type { LoadedPackage } from '../../../data/package/model';
import { readPackage } from '../../../data/package/read-package';
import { createMemorySource } from '../../../data/package/sources/memory-source';
import { hiddenCellKey, hiddenCellsAt, queryAreaDetails, type AreaDetailRow } from '../../../data/queries/area-details';
import { demoFiles, pathOfRole } from '../../helpers/package-copies';

async function open(files = demoFiles()): Promise<{ pkg: LoadedPackage; db: Database }> {
  const result = await readPackage(createMemorySource('demo', files));
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
  const db = await openNodeDatabase();
  await loadPackageIntoDatabase(db, result.pkg);
  return { pkg: result.pkg, db };
}

async function plansOf(db: Database, pkg: LoadedPackage): Promise<SuppressionPlan[]> {
  const plans: SuppressionPlan[] = [];
  for (const d of pkg.definitions.filter((x) => x.sensitive)) for (const period of pkg.periods) plans.push(await buildSuppressionPlan(db, pkg, { indicator: d.id, period }));
  return plans;
}

/** Raw sums per `level|code|indicator|period`, straight from the table, to check the query against. */
async function rawCounts(db: Database): Promise<Map<string, number | null>> {
  const rows = await db.query<{ level: string; area_code: string; indicator: string; period: number; count: number | null }>(`SELECT level, area_code, indicator, period, count FROM indicator_rates`);
  return new Map(rows.map((r) => [`${r.level}|${r.area_code}|${r.indicator}|${r.period}`, r.count] as const));
}

describe('queryAreaDetails on Demostad', () => {
  let db: Database;
  let pkg: LoadedPackage;
  let plans: SuppressionPlan[];
  let raw: Map<string, number | null>;
  beforeAll(async () => {
    ({ pkg, db } = await open());
    plans = await plansOf(db, pkg);
    raw = await rawCounts(db);
  });
  afterAll(() => db.close());

  const codesOf = (level: string) => pkg.levels.find((l) => l.level === level)!.areas.features.map((f) => f.properties.code);

  it('returns every indicator in every period for the asked areas, with rates that are Σ numerator ÷ Σ denominator', async () => {
    const [code] = codesOf('wijk');
    const rows = await queryAreaDetails(db, { level: 'wijk', codes: [code!], baseLevel: pkg.baseLevel, hidden: hiddenCellsAt(plans, 'wijk') });
    expect(rows).toHaveLength(pkg.definitions.length * pkg.periods.length);
    const poverty = rows.find((r) => r.indicator === 'est_poverty_persons' && r.period === 2024)!;
    const population = rows.find((r) => r.indicator === 'population' && r.period === 2024)!;
    expect(poverty.status).toBe('shown');
    expect(poverty.count).toBe(raw.get(`wijk|${code}|est_poverty_persons|2024`));
    expect(poverty.rate).toBeCloseTo((1000 * poverty.count!) / population.count!, 9);
    expect(poverty.ranked).toBe(codesOf('wijk').length);
  });

  it('ranks 1 = highest, by rate where there is a denominator and by count otherwise', async () => {
    const codes = codesOf('wijk');
    const rows = await queryAreaDetails(db, { level: 'wijk', codes, baseLevel: pkg.baseLevel, hidden: [] });
    for (const indicator of ['est_poverty_persons', 'population']) {
      const list = rows.filter((r) => r.indicator === indicator && r.period === 2024);
      const key = (r: AreaDetailRow) => (indicator === 'population' ? r.count! : r.rate!);
      const sorted = [...list].sort((a, b) => key(b) - key(a));
      expect(sorted[0]!.rank).toBe(1);
      expect(sorted.map((r) => r.rank)).toEqual([...sorted.map((r) => r.rank)].sort((a, b) => a! - b!));
    }
  });

  it('never returns a count, rate or rank of a hidden cell, and ranks over the shown values only', async () => {
    const hidden = hiddenCellsAt(plans, 'sector');
    expect(hidden.length).toBeGreaterThan(0);
    const codes = codesOf('sector');
    const rows = await queryAreaDetails(db, { level: 'sector', codes, baseLevel: pkg.baseLevel, hidden });
    const hiddenSet = new Set(hidden);
    const sensitive = new Set(pkg.definitions.filter((d) => d.sensitive).map((d) => d.id));
    let small = 0;
    for (const r of rows) {
      const truth = raw.get(`sector|${r.code}|${r.indicator}|${r.period}`);
      if (sensitive.has(r.indicator) && truth !== null && truth !== undefined && truth >= 1 && truth <= 4) {
        small++;
        expect(r.status).toBe('suppressed');
      }
      if (hiddenSet.has(hiddenCellKey(r.indicator, r.period, r.code))) {
        expect(r).toMatchObject({ status: 'suppressed', count: null, rate: null, rank: null });
      }
      if (r.status !== 'shown') expect([r.count, r.rate, r.rank]).toEqual([null, null, null]);
    }
    expect(small).toBeGreaterThan(0);
    // Ranks of a sensitive indicator run 1…N over the shown areas, N = the number shown.
    const leefloon = rows.filter((r) => r.indicator === 'leefloon_persons' && r.period === 2024);
    const shown = leefloon.filter((r) => r.rank !== null);
    expect(shown.length).toBeLessThan(leefloon.length);
    for (const r of leefloon) expect(r.ranked).toBe(shown.length);
    expect(Math.max(...shown.map((r) => r.rank!))).toBeLessThanOrEqual(shown.length);
  });

  it('hides a rate whose denominator cell is hidden', async () => {
    const [code] = codesOf('wijk');
    // Pretend the population of that wijk were hidden: the rates per resident must go too.
    const rows = await queryAreaDetails(db, { level: 'wijk', codes: [code!], baseLevel: pkg.baseLevel, hidden: [hiddenCellKey('population', 2024, code!)] });
    const poverty = rows.find((r) => r.indicator === 'est_poverty_persons' && r.period === 2024)!;
    expect(poverty).toMatchObject({ status: 'shown', rate: null, rank: null });
    expect(poverty.count).not.toBeNull();
  });

  it('passes codes as values, not SQL', async () => {
    const rows = await queryAreaDetails(db, { level: "wijk' OR 1=1 --", codes: ["x' OR 1=1 --"], baseLevel: pkg.baseLevel, hidden: ["'; DROP TABLE indicators; --"] });
    expect(rows).toEqual([]);
    expect((await db.query(`SELECT count(*) AS n FROM indicators`))[0]!.n).toBeGreaterThan(0);
  });
});

describe('queryAreaDetails with a value the source withheld', () => {
  it('hides the sum of every area the withheld base area is part of', async () => {
    const files = demoFiles();
    const file = pathOfRole(files, 'indicators');
    const lines = files.get(file)!.trimEnd().split('\n');
    const target = lines.findIndex((l) => /,2024,est_poverty_persons,\d+$/.test(l));
    const [code] = lines[target]!.split(',');
    const descriptor = JSON.parse(files.get('datapackage.json')!) as { resources: { role: string; schema: { fields: { name: string; type: string }[] } }[] };
    descriptor.resources.find((r) => r.role === 'indicators')!.schema.fields.push({ name: 'flag', type: 'string' });
    files.set('datapackage.json', JSON.stringify(descriptor));
    files.set(file, [`${lines[0]},flag`, ...lines.slice(1).map((l, i) => (i + 1 === target ? `${l.split(',').slice(0, 3).join(',')},,suppressed` : `${l},`))].join('\n') + '\n');
    const { pkg, db } = await open(files);
    try {
      const wijk = pkg.assignments.find((a) => a.level === 'wijk')!.parentOf.get(code!)!;
      for (const [level, area] of [
        ['sector', code!],
        ['wijk', wijk],
      ] as const) {
        const rows = await queryAreaDetails(db, { level, codes: [area], baseLevel: pkg.baseLevel, hidden: [] });
        expect(rows.find((r) => r.indicator === 'est_poverty_persons' && r.period === 2024)).toMatchObject({ status: 'withheld', count: null, rate: null, rank: null });
      }
    } finally {
      await db.close();
    }
  });
});
