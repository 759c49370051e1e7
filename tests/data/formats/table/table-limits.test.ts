import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../../data/formats/csv/parse-csv';
import { TABLE_LIMITS } from '../../../../data/formats/table/table-limits';
import { toLongIndicators } from '../../../../data/import/tables/to-long-indicators';
import { describeProblem, ProblemList } from '../../../../data/problems';
import { buildXlsx, inline, n, row } from '../../../fixtures/import/tables/xlsx-builder';
import { expectWellFormed, read, readText } from './helpers';

const MAX_CELL = TABLE_LIMITS.cellChars;
const columnLetter = (i: number): string => (i < 26 ? String.fromCharCode(65 + i) : `${columnLetter(Math.floor(i / 26) - 1)}${String.fromCharCode(65 + (i % 26))}`);

describe('table size limits (issue 15.5): refused with a located problem, without building the huge strings', () => {
  it('huge-csv-header-is-refused: a 5 MB header name stops the parser at the cell limit; table-header-too-long on row 1, column 2 (nl, en)', async () => {
    const { table, problems } = await readText('kop.csv', `code;${'x'.repeat(5_000_000)}\n11001;1\n`);
    expect(table).toBeNull();
    expect(problems.items).toMatchObject([{ severity: 'error', code: 'table-header-too-long', file: 'kop.csv', row: 1, field: 'Kolom 2', params: { max: 256 } }]);
    expect(describeProblem(problems.items[0]!, 'nl').message).toBe('De naam van Kolom 2 in de kopregel is langer dan 256 tekens; de tabel werd niet gelezen.');
    expect(describeProblem(problems.items[0]!, 'en').message).toBe('The name of Kolom 2 in the header is longer than 256 characters; the table was not read.');
    expectWellFormed(problems);
  });

  it('csv-header-name-over-256-characters-is-refused, naming the column and how the name starts; 256 characters is still read', async () => {
    const long = `Aantal ${'personen '.repeat(40)}`.trim();
    const { table, problems } = await readText('kop.csv', `code;${long}\n11001;1\n`);
    expect(table).toBeNull();
    expect(problems.items).toMatchObject([{ code: 'table-header-too-long', row: 1, field: 'Kolom 2', params: { column: 'Kolom 2', length: long.length, max: 256, start: `${long.slice(0, 40)}…` } }]);
    expect(describeProblem(problems.items[0]!, 'nl').message).toContain('(ze begint met "Aantal personen');
    expectWellFormed(problems);
    const ok = await readText('kop.csv', `code;${'k'.repeat(256)}\n11001;1\n`);
    expect(ok.table!.header).toEqual(['code', 'k'.repeat(256)]);
  });

  it('csv-row-over-1000-columns-is-refused: table-too-many-columns at the row, whether the header or a data row is that wide', async () => {
    const wide = Array.from({ length: 1_001 }, (_, i) => `k${i}`).join(';');
    const header = await readText('breed.csv', `${wide}\n${Array.from({ length: 1_001 }, () => '1').join(';')}\n`);
    expect(header.table).toBeNull();
    expect(header.problems.items).toMatchObject([{ code: 'table-too-many-columns', row: 1, params: { found: '1000+', max: 1000 } }]);
    expect(describeProblem(header.problems.items[0]!, 'nl').message).toBe('De tabel heeft 1000+ kolommen; Wijkzicht leest er hoogstens 1.000, dus de tabel werd niet gelezen.');
    expectWellFormed(header.problems);
    const body = await readText('breed.csv', `code;waarde\n11001;1\n11002;${';'.repeat(2_000_000)}\n`);
    expect(body.table).toBeNull();
    expect(body.problems.items).toMatchObject([{ code: 'table-too-many-columns', row: 3 }]);
    const exactly = await readText('breed.csv', `${Array.from({ length: 1_000 }, (_, i) => `k${i}`).join(';')}\n${Array.from({ length: 1_000 }, () => '1').join(';')}\n`);
    expect(exactly.table!.header).toHaveLength(1_000);
  });

  it('huge-csv-cell-is-refused: a 16 MB value cell is table-cell-too-long at its row and column name; a cell of exactly 32,767 characters is read', async () => {
    const { table, problems } = await readText('cel.csv', `code;waarde\n11001;1\n11002;"${'x'.repeat(16 * 1024 * 1024)}"\n`);
    expect(table).toBeNull();
    expect(problems.items).toMatchObject([{ code: 'table-cell-too-long', row: 3, field: 'waarde', params: { column: 'waarde', max: MAX_CELL } }]);
    expect(describeProblem(problems.items[0]!, 'en').message).toContain('more than 32,767 characters');
    expectWellFormed(problems);
    const ok = await readText('cel.csv', `code;waarde\n11001;${'x'.repeat(MAX_CELL)}\n`);
    expect(ok.table!.rows[0]![1]).toHaveLength(MAX_CELL);
  });

  it('parse-csv-stops-at-a-limit: returns the records before it, `limit` and an error in both languages (the package reader reports it as csv-syntax)', () => {
    const parsed = parseCsv('a,b\n1,2\n3,xxxxxx\n5,6\n', ',', { headerChars: 256, columns: 10, cellChars: 5 });
    expect(parsed.records.map((r) => r.fields)).toEqual([['1', '2']]);
    expect(parsed.limit).toEqual({ kind: 'cell', line: 3, column: 1, max: 5 });
    expect(parsed.error).toEqual({ line: 3, message: 'field 2 on line 3 is longer than 5 characters', messageNl: 'veld 2 op regel 3 is langer dan 5 tekens' });
    const columns = parseCsv('a,b,c\n', ',', { headerChars: 256, columns: 2, cellChars: 5 });
    expect(columns.limit).toEqual({ kind: 'columns', line: 1, column: 2, max: 2 });
    expect(columns.header).toEqual([]);
  });

  it('xlsx-header-over-256-characters-is-refused, naming the column by its letter and the sheet', async () => {
    const bytes = buildXlsx({ sheets: [{ name: 'Blad1', rowsXml: [row(1, [inline('A1', 'code'), inline('B1', 'n'.repeat(300))]), row(2, [inline('A2', '11001'), n('B2', 1)])].join('') }] });
    const { table, problems } = await read({ name: 'kop.xlsx', bytes });
    expect(table).toBeNull();
    expect(problems.items).toMatchObject([{ code: 'table-header-too-long', sheet: 'Blad1', row: 1, field: 'Kolom B', params: { length: 300, max: 256 } }]);
    expectWellFormed(problems);
  });

  it('xlsx-cell-over-32767-characters-is-refused at its row and column name', async () => {
    const bytes = buildXlsx({ sheets: [{ name: 'Blad1', rowsXml: [row(1, [inline('A1', 'code'), inline('B1', 'toelichting')]), row(2, [inline('A2', '11001'), inline('B2', 'y'.repeat(MAX_CELL + 1))])].join('') }] });
    const { table, problems } = await read({ name: 'cel.xlsx', bytes });
    expect(table).toBeNull();
    expect(problems.items).toMatchObject([{ code: 'table-cell-too-long', sheet: 'Blad1', row: 2, field: 'toelichting', params: { max: MAX_CELL } }]);
  });

  it('xlsx-row-over-1000-columns-is-refused', async () => {
    const cells = Array.from({ length: 1_001 }, (_, i) => n(`${columnLetter(i)}2`, i));
    const bytes = buildXlsx({ sheets: [{ name: 'Blad1', rowsXml: [row(1, [inline('A1', 'code'), inline('B1', 'waarde')]), row(2, cells)].join('') }] });
    const { table, problems } = await read({ name: 'breed.xlsx', bytes });
    expect(table).toBeNull();
    expect(problems.items).toMatchObject([{ code: 'table-too-many-columns', row: 1, params: { found: 1_001, max: 1_000 } }]);
    expect(describeProblem(problems.items[0]!, 'en').message).toBe('The table has 1,001 columns; Wijkzicht reads at most 1,000, so the table was not read.');
  });

  it('long-table-indicator-name-over-256-characters-is-skipped: table-indicator-name-too-long at its row, the other rows kept', async () => {
    const name = 'leefloon '.repeat(40);
    const { table } = await readText('lang.csv', `code;jaar;indicator;waarde\n11001;2024;leefloon;3\n11001;2024;${name};4\n`);
    const problems = new ProblemList();
    const rows = toLongIndicators(table!, { codeColumn: 'code', period: { column: 'jaar' }, layout: { kind: 'long', indicatorColumn: 'indicator', valueColumn: 'waarde' } }, problems);
    expect(rows.map((r) => r.indicator)).toEqual(['leefloon']);
    expect(problems.items).toMatchObject([{ code: 'table-indicator-name-too-long', row: 3, field: 'indicator', params: { column: 'indicator', max: 256 } }]);
    expect(describeProblem(problems.items[0]!, 'nl').message).toContain('De indicatornaam in kolom indicator is langer dan 256 tekens');
    expectWellFormed(problems);
  });
});
