import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../data/db/database';
import { openNodeDatabase } from '../../../data/db/open-node-database';
import { ANALYSIS_VIEW_STATEMENTS } from '../../../data/queries/analysis-views';

/**
 * Parts sum to the whole, for any hierarchy and any values: the indicator_rates view is loaded with random
 * sectors assigned to random wijken and one municipality, and every level's counts and rates are checked
 * against sums computed here.
 */
describe('indicator_rates: aggregation property', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openNodeDatabase();
  });
  afterAll(() => db.close());

  it('sums counts (never averages rates) at every level, and the levels agree', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ wijk: fc.integer({ min: 0, max: 4 }), population: fc.integer({ min: 0, max: 3000 }), count: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }) }), { minLength: 1, maxLength: 25 }),
        async (sectors) => {
          const codes = sectors.map((_, i) => `s${i}`);
          await db.replaceTable('indicators', [
            { name: 'area_code', type: 'string', values: [...codes, ...codes] },
            { name: 'period', type: 'integer', values: [...codes, ...codes].map(() => 2024) },
            { name: 'indicator', type: 'string', values: [...codes.map(() => 'n'), ...codes.map(() => 'population')] },
            { name: 'value', type: 'number', values: [...sectors.map((s) => s.count), ...sectors.map((s) => s.population)] },
            { name: 'flag', type: 'string', values: [...codes, ...codes].map(() => null) },
          ]);
          await db.replaceTable('indicator_definitions', [
            { name: 'id', type: 'string', values: ['n', 'population'] },
            { name: 'denominator', type: 'string', values: ['population', null] },
          ]);
          await db.replaceTable('analysis_roles', [
            { name: 'role', type: 'string', values: ['population', 'households'] },
            { name: 'value', type: 'string', values: ['population', 'households'] },
          ]);
          const hierarchy = codes.flatMap((c, i) => [
            [c, 'sector', c],
            [c, 'wijk', `w${sectors[i]!.wijk}`],
            [c, 'municipality', 'm'],
          ]);
          await db.replaceTable('area_hierarchy', ['base_code', 'level', 'area_code'].map((name, k) => ({ name, type: 'string' as const, values: hierarchy.map((h) => h[k]!) })));
          await db.exec(ANALYSIS_VIEW_STATEMENTS[0]!);
          await db.exec(ANALYSIS_VIEW_STATEMENTS[1]!);
          const rows = await db.query<{ level: string; area_code: string; count: number | null; denominator_count: number | null; rate_per_1000: number | null }>(
            `SELECT level, area_code, count, denominator_count, rate_per_1000 FROM indicator_rates WHERE indicator = 'n'`,
          );
          const sum = (pick: (i: number) => boolean) => {
            const members = sectors.map((s, i) => ({ s, i })).filter((x) => pick(x.i) && x.s.count !== null);
            if (members.length === 0) return { count: null, den: null };
            return { count: members.reduce((a, x) => a + x.s.count!, 0), den: members.reduce((a, x) => a + x.s.population, 0) };
          };
          for (const r of rows) {
            const expected = r.level === 'sector' ? sum((i) => codes[i] === r.area_code) : r.level === 'wijk' ? sum((i) => `w${sectors[i]!.wijk}` === r.area_code) : sum(() => true);
            expect(r.count).toBe(expected.count);
            expect(r.denominator_count).toBe(expected.den);
            if (expected.count !== null && expected.den) expect(r.rate_per_1000).toBeCloseTo((1000 * expected.count) / expected.den, 9);
          }
          const total = rows.find((r) => r.level === 'municipality')?.count ?? null;
          const wijken = rows.filter((r) => r.level === 'wijk' && r.count !== null).reduce((a, r) => a + r.count!, 0);
          const parts = rows.filter((r) => r.level === 'sector' && r.count !== null).reduce((a, r) => a + r.count!, 0);
          if (total !== null) {
            expect(wijken).toBe(total);
            expect(parts).toBe(total);
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
