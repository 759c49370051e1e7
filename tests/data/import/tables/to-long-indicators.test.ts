import { describe, expect, it } from 'vitest';
import { ProblemList } from '../../../../data/problems';
import type { RawTable } from '../../../../data/import/tables/read-table-file';
import { codeText, periodYear, toLongIndicators, type TableMapping } from '../../../../data/import/tables/to-long-indicators';
import { expectWellFormed, read, readText, withCode } from '../../formats/table/helpers';

async function longOf(name: string, mapping: TableMapping) {
  const { table } = await read(name);
  const problems = new ProblemList();
  return { table: table!, rows: toLongIndicators(table!, mapping, problems), problems };
}

const wide = (codeColumn: string, period: TableMapping['period'], indicatorColumns: string[]): TableMapping => ({ codeColumn, period, layout: { kind: 'wide', indicatorColumns } });

describe('toLongIndicators', () => {
  it('turns a wide Belgian table into one row per area and indicator, reading 1.234,5 as 1234.5', async () => {
    const { rows, problems } = await longOf('belgian-wide.csv', wide('sector', { column: 'jaar' }, ['leefloon', 'gemiddeld inkomen', 'aandeel 65+ (%)']));
    expect(problems.items).toEqual([]);
    expect(rows).toHaveLength(9);
    expect(rows.slice(0, 3)).toEqual([
      { code: '34022A00-', period: 2023, indicator: 'leefloon', value: 12, suppressed: false, row: 2 },
      { code: '34022A00-', period: 2023, indicator: 'gemiddeld inkomen', value: 1234.5, suppressed: false, row: 2 },
      { code: '34022A00-', period: 2023, indicator: 'aandeel 65+ (%)', value: 18.2, suppressed: false, row: 2 },
    ]);
    expect(rows[3]).toMatchObject({ code: '34022A01-', indicator: 'leefloon', value: null, suppressed: true, row: 3 });
    expect(rows[4]!.value).toBe(21456.75);
    expect(rows[6]).toMatchObject({ code: '34022A020', value: 7 });
  });

  it('reads a long table; 1.204 in a file without decimals is a thousand; markers are missing, never zero', async () => {
    const { rows, problems } = await longOf('long.csv', { codeColumn: 'area_code', period: { column: 'period' }, layout: { kind: 'long', indicatorColumn: 'indicator', valueColumn: 'value' } });
    expect(problems.items).toEqual([]);
    expect(rows.map((r) => [r.code, r.period, r.indicator, r.value, r.suppressed, r.row])).toEqual([
      ['34022A00-', 2022, 'leefloon', 12, false, 2],
      ['34022A00-', 2022, 'hulpvragen', 40, false, 3],
      ['34022A00-', 2023, 'leefloon', null, true, 4],
      ['34022A00-', 2023, 'hulpvragen', 38, false, 5],
      ['34022B01-', 2022, 'leefloon', 0, false, 6],
      ['34022B01-', 2022, 'hulpvragen', 1204, false, 7],
      ['34022B01-', 2023, 'leefloon', null, true, 8],
      ['34022B01-', 2023, 'hulpvragen', null, false, 9],
    ]);
  });

  it('reads every suppression marker as suppressed, empty and NA as plainly missing, 0 as zero', async () => {
    const { rows, problems } = await longOf('markers.csv', wide('code', { column: 'jaar' }, ['clients']));
    expect(rows.map((r) => [r.value, r.suppressed])).toEqual([
      [null, true], // <5
      [null, true], // < 5
      [null, true], // x
      [null, true], // X
      [null, true], // .
      [null, true], // -
      [null, true], // *
      [null, true], // c
      [null, false], // empty
      [0, false], // 0
      [null, false], // NA
      [12, false],
    ]);
    expect(rows.filter((r) => r.suppressed).every((r) => r.value === null)).toBe(true);
    // `-` can mean zero in some sources: said once per column, with how to turn it into 0.
    expect(problems.items).toMatchObject([{ code: 'table-dash-marker', severity: 'warning', field: 'clients', row: 7, params: { count: 1, marker: '-' } }]);
    expectWellFormed(problems);
  });

  it('reports text in a numeric column by file, row, column and text, and leaves the value out', async () => {
    const { rows, problems } = await longOf('text-in-number.csv', wide('code', { column: 'jaar' }, ['clients', 'dossiers']));
    expect(problems.items.map((p) => [p.code, p.severity, p.file, p.row, p.field, p.params?.value])).toEqual([
      ['table-value-not-number', 'error', 'text-in-number.csv', 3, 'clients', 'twaalf'],
      ['table-value-not-number', 'error', 'text-in-number.csv', 5, 'clients', '3 personen'],
    ]);
    // n.v.t. (not applicable) is a missing value; the bad cells are left out, not zero.
    expect(rows.map((r) => [r.row, r.indicator, r.value])).toEqual([
      [2, 'clients', 12],
      [2, 'dossiers', 4],
      [3, 'dossiers', 5],
      [4, 'clients', 7],
      [4, 'dossiers', null],
      [5, 'dossiers', 6],
    ]);
    expectWellFormed(problems);
  });

  it('treats formula-like cells as data: -12 is a number, =1+2 is reported and never computed, a HYPERLINK code stays text', async () => {
    const { rows, problems } = await longOf('formulas.csv', wide('naam', { column: 'jaar' }, ['clients', 'saldo']));
    expect(rows.map((r) => [r.code, r.indicator, r.value])).toEqual([
      ['=HYPERLINK("http://x";"klik")', 'clients', 12],
      ['=HYPERLINK("http://x";"klik")', 'saldo', -12],
      ['@SUM(A1)', 'saldo', 7],
      ['+naam', 'clients', -3],
      ['+naam', 'saldo', -1.5],
    ]);
    expect(problems.items).toMatchObject([{ code: 'table-value-formula', severity: 'error', row: 3, field: 'clients', params: { value: '=1+2' } }]);
    expect(rows.some((r) => r.value === 3)).toBe(false);
    expectWellFormed(problems);
  });

  it('keeps leading zeros in codes and takes one period for the whole file', async () => {
    const { rows } = await longOf('leading-zeros.csv', wide('code', { value: 2024 }, ['clients']));
    expect(rows.map((r) => [r.code, r.period, r.value])).toEqual([
      ['01234', 2024, 5],
      ['00012', 2024, 6],
      ['34022', 2024, 7],
    ]);
  });

  it('reads numbers with the decimal mark the table records (the user can override it)', async () => {
    const { table } = await read('us.csv');
    const mapping = wide('code', { column: 'year' }, ['clients', 'income']);
    expect(toLongIndicators(table!, mapping, new ProblemList()).map((r) => r.value)).toEqual([1234, 1234.5, 56, 0.25]);
    const belgianReading: RawTable = { ...table!, detected: { ...table!.detected, decimal: ',', thousands: '.' } };
    const problems = new ProblemList();
    const values = toLongIndicators(belgianReading, mapping, problems).map((r) => r.value);
    // Read the Belgian way, "1,234" is one point two three four and "1234.5" is no number.
    expect(values).toEqual([1.234, 56]);
    expect(withCode(problems, 'table-value-not-number').map((p) => p.params?.value)).toEqual(['1234.5', '0.25']);
    expect(withCode(problems, 'table-value-not-number')[0]!.params!.decimal).toBe(',');
  });

  it('skips rows without a code (a total row) with a warning, and reports bad periods and empty indicator names', async () => {
    const { table } = await readText('rommel.csv', 'code;jaar;indicator;waarde\n34022A00-;2023;leefloon;4\n;2023;leefloon;99\n34022A01-;twintig;leefloon;3\n34022A02-;2023;;5\n34022A03-;2023-01-01;leefloon;6\n');
    const problems = new ProblemList();
    const rows = toLongIndicators(table!, { codeColumn: 'code', period: { column: 'jaar' }, layout: { kind: 'long', indicatorColumn: 'indicator', valueColumn: 'waarde' } }, problems);
    expect(rows.map((r) => [r.code, r.period, r.value])).toEqual([
      ['34022A00-', 2023, 4],
      ['34022A03-', 2023, 6],
    ]);
    expect(problems.items.map((p) => [p.code, p.severity, p.row, p.field])).toEqual([
      ['table-code-empty', 'warning', 3, 'code'],
      ['table-period-invalid', 'error', 4, 'jaar'],
      ['table-indicator-empty', 'error', 5, 'indicator'],
    ]);
    expect(problems.items[1]!.params).toEqual({ value: 'twintig' });
    expectWellFormed(problems);
  });

  it('reports the same area, period and indicator twice, naming the first row', async () => {
    const { table } = await readText('dubbel.csv', 'code;jaar;clients\n34022A00-;2023;4\n34022A01-;2023;5\n34022A00-;2023;6\n');
    const problems = new ProblemList();
    const rows = toLongIndicators(table!, wide('code', { column: 'jaar' }, ['clients']), problems);
    expect(rows).toHaveLength(2);
    expect(problems.items).toMatchObject([{ code: 'table-duplicate', severity: 'error', row: 4, params: { code: '34022A00-', period: 2023, indicator: 'clients', first: 2 } }]);
    expectWellFormed(problems);
  });

  it('keeps an exact repeated row once with a warning, and still refuses a repeat that disagrees', async () => {
    const { table } = await readText('herhaald.csv', 'code;jaar;clients;inkomen\n34022A00-;2023;4;1,5\n34022A01-;2023;5;2\n34022A00-;2023;4;1,5\n34022A00-;2023;4;9\n');
    const problems = new ProblemList();
    const rows = toLongIndicators(table!, wide('code', { column: 'jaar' }, ['clients', 'inkomen']), problems);
    expect(rows.map((r) => [r.code, r.indicator, r.value, r.row])).toEqual([
      ['34022A00-', 'clients', 4, 2],
      ['34022A00-', 'inkomen', 1.5, 2],
      ['34022A01-', 'clients', 5, 3],
      ['34022A01-', 'inkomen', 2, 3],
    ]);
    expect(problems.items).toMatchObject([
      { code: 'table-duplicate-same', severity: 'warning', row: 4, params: { code: '34022A00-', period: 2023, first: 2 } },
      { code: 'table-duplicate', severity: 'error', row: 5, field: 'inkomen', params: { indicator: 'inkomen', first: 2 } },
    ]);
    expectWellFormed(problems);
  });

  it('treats a repeated suppressed cell as the same value, and a number against a marker as a conflict', async () => {
    const { table } = await readText('lang.csv', 'code;jaar;indicator;waarde\nA1;2023;clients;<5\nA1;2023;clients;<5\nA1;2023;clients;3\n');
    const problems = new ProblemList();
    const rows = toLongIndicators(table!, { codeColumn: 'code', period: { column: 'jaar' }, layout: { kind: 'long', indicatorColumn: 'indicator', valueColumn: 'waarde' } }, problems);
    expect(rows).toMatchObject([{ code: 'A1', value: null, suppressed: true, row: 2 }]);
    expect(problems.items.map((p) => [p.code, p.row])).toEqual([
      ['table-duplicate-same', 3],
      ['table-duplicate', 4],
    ]);
  });

  it('reports mapping mistakes and yields nothing', async () => {
    const { table } = await read('us.csv');
    const cases: [TableMapping, string][] = [
      [wide('nis', { column: 'year' }, ['clients']), 'table-column-unknown'],
      [wide('code', { column: 'jaar' }, ['clients']), 'table-column-unknown'],
      [{ codeColumn: 'code', period: { value: 2023 }, layout: { kind: 'long', indicatorColumn: 'name', valueColumn: 'waarde' } }, 'table-column-unknown'],
      [wide('code', { value: 23 }, ['clients']), 'table-period-value-invalid'],
      [wide('code', { value: 2023.5 }, ['clients']), 'table-period-value-invalid'],
      [wide('code', { column: 'year' }, []), 'table-no-indicator-columns'],
    ];
    for (const [mapping, code] of cases) {
      const problems = new ProblemList();
      expect(toLongIndicators(table!, mapping, problems)).toEqual([]);
      expect(problems.items.map((p) => p.code)).toEqual([code]);
      expect(problems.items[0]!.severity).toBe('error');
      expectWellFormed(problems);
    }
    const problems = new ProblemList();
    toLongIndicators(table!, wide('nis', { column: 'year' }, ['clients']), problems);
    expect(problems.items[0]!.params).toEqual({ column: 'nis', columns: 'code, name, year, clients, income' });
  });
});

describe('codeText and periodYear', () => {
  it('keep codes as text', () => {
    expect(codeText(34022)).toBe('34022');
    expect(codeText(' 01234 ')).toBe('01234');
    expect(codeText(1e20)).toBe('100000000000000000000');
    expect(codeText(null)).toBeNull();
    expect(codeText('  ')).toBeNull();
  });
  it('read years from numbers, text and ISO dates', () => {
    expect(periodYear(2024)).toBe(2024);
    expect(periodYear('2024')).toBe(2024);
    expect(periodYear('2024.0')).toBe(2024);
    expect(periodYear('2024-06-30')).toBe(2024);
    expect(periodYear(2024.5)).toBeUndefined();
    expect(periodYear('2024-2025')).toBeUndefined();
    expect(periodYear('24')).toBeUndefined();
    expect(periodYear(true)).toBeUndefined();
  });
});
