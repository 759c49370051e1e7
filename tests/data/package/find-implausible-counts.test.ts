import { describe, expect, it } from 'vitest';
import { findImplausibleCounts } from '../../../data/package/find-implausible-counts';
import type { IndicatorDefinition } from '../../../data/package/model';
import { readPackage } from '../../../data/package/read-package';
import { createMemorySource } from '../../../data/package/sources/memory-source';
import type { TypedTable } from '../../../data/package/type-table';
import { formatProblem } from '../../../data/problems';
import { demoFiles, pathOfRole } from '../../helpers/package-copies';

const definition = (id: string, kind: string, denominator: string | null): IndicatorDefinition =>
  ({ id, labelNl: id, labelEn: id, unit: 'persons', kind, denominator, polarity: 'higher_worse', sensitive: false, source: 'test', synthetic: true }) as IndicatorDefinition;

function table(rows: [string, number, string, number | null][]): TypedTable {
  return {
    file: 'indicators.csv',
    fields: [],
    columns: new Map<string, (string | number | null)[]>([
      ['area_code', rows.map((r) => r[0])],
      ['period', rows.map((r) => r[1])],
      ['indicator', rows.map((r) => r[2])],
      ['value', rows.map((r) => r[3])],
    ]),
    origin: rows.map((_, i) => i + 2),
    originKind: 'row',
    rowCount: rows.length,
  };
}

const definitions = [definition('population', 'count', null), definition('poverty', 'count', 'population'), definition('share', 'percentage', 'population')];

describe('findImplausibleCounts (issue 15.8: a count larger than the area population × 10)', () => {
  it('finds a count more than 10 times its denominator, per indicator with its rows and first example', () => {
    const found = findImplausibleCounts(
      table([
        ['A', 2024, 'population', 600],
        ['A', 2024, 'poverty', 9000],
        ['B', 2024, 'population', 1000],
        ['B', 2024, 'poverty', 180],
        ['C', 2024, 'population', 50],
        ['C', 2024, 'poverty', 501],
      ]),
      definitions,
    );
    expect(found).toEqual([{ indicator: 'poverty', denominator: 'population', rows: [3, 7], example: { row: 3, area: 'A', period: '2024', value: 9000, base: 600 } }]);
  });
  it('leaves alone exactly 10 times, a zero or missing denominator, other periods, and non-count kinds', () => {
    const found = findImplausibleCounts(
      table([
        ['A', 2024, 'population', 100],
        ['A', 2024, 'poverty', 1000],
        ['B', 2024, 'population', 0],
        ['B', 2024, 'poverty', 40],
        ['C', 2023, 'population', 10],
        ['C', 2024, 'poverty', 500],
        ['D', 2024, 'population', 10],
        ['D', 2024, 'share', 5000],
        ['E', 2024, 'population', 10],
        ['E', 2024, 'poverty', null],
      ]),
      definitions,
    );
    expect(found).toEqual([]);
  });
  it('checks its input', () => {
    expect(() => findImplausibleCounts(table([]), definitions, 0)).toThrow(RangeError);
  });
});

describe('readPackage warns of an implausible count, naming file, row and field, and keeps the values', () => {
  it('Demostad with one poverty count multiplied by 1,000 (per 1,000 typed as a count)', async () => {
    const files = demoFiles();
    const path = pathOfRole(files, 'indicators');
    const lines = files.get(path)!.split('\n');
    const header = lines[0]!.split(',');
    const [ci, cv] = [header.indexOf('indicator'), header.indexOf('value')];
    const counts = (await readPackage(createMemorySource('demo', files))).pkg!.definitions.filter((d) => d.kind === 'count' && d.denominator);
    const target = counts[0]!;
    const at = lines.findIndex((l, i) => i > 0 && l.split(',')[ci] === target.id && l.split(',')[cv] !== '');
    const fields = lines[at]!.split(',');
    fields[cv] = String(Number(fields[cv]) * 1000 + 1_000_000);
    lines[at] = fields.join(',');
    files.set(path, lines.join('\n'));
    const result = await readPackage(createMemorySource('demo', files));
    expect(result.ok).toBe(true);
    const warnings = result.problems.filter((p) => p.code === 'value-implausible');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ severity: 'warning', file: path, row: at + 1, field: 'value' });
    expect(formatProblem(warnings[0]!, 'nl')).toMatch(new RegExp(`${target.id} is meer dan 10 keer ${target.denominator}.* in 1 rij`));
  });
  it('the generated Demostad package as it is: no warning', async () => {
    const result = await readPackage(createMemorySource('demo', demoFiles()));
    expect(result.problems.filter((p) => p.code === 'value-implausible')).toEqual([]);
  });
});
