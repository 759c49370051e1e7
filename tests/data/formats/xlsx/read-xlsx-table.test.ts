import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ProblemList } from '../../../../data/problems';
import { toLongIndicators } from '../../../../data/import/tables/to-long-indicators';
import { classifyNumberFormat, excelSerialToIso } from '../../../../data/formats/xlsx/xlsx-number-formats';
import { buildXlsx, inline, n, row, s } from '../../../fixtures/import/tables/xlsx-builder';
import { expectWellFormed, read, withCode } from '../table/helpers';

const SHEETS = ['Verborgen', 'Toelichting', 'Cijfers 2023', 'Lang'];

describe('readTableFile: XLSX', () => {
  it('reads the first visible sheet with data, skipping a notes sheet and the title rows', async () => {
    const { table, problems } = await read('workbook.xlsx');
    expect(table).not.toBeNull();
    expect(table!.sheet).toBe('Cijfers 2023');
    expect(table!.sheets).toEqual(SHEETS);
    expect(table!.detected).toEqual({ format: 'xlsx', decimal: ',', thousands: null });
    expect(table!.header).toEqual(['code', 'naam', 'jaar', 'leefloon', 'hulpvragen', 'peildatum', 'actief', 'totaal', 'Kolom J']);
    expect(withCode(problems, 'table-title-rows-skipped')).toMatchObject([{ sheet: 'Cijfers 2023', row: 3, params: { rows: '1', header: 3 } }]);
    expectWellFormed(problems);
  });

  it('reads shared, rich and inline strings, numbers, booleans, dates and cached formula results; row numbers as Excel shows them', async () => {
    const { table } = await read('workbook.xlsx');
    expect(table!.rowNumbers).toEqual([4, 5, 6, 8]);
    // Row 4: rich text without its phonetic run, a date (numFmt 14) as ISO text, TRUE, the cached result of D4+E4.
    expect(table!.rows[0]).toEqual(['34022A00-', 'Marke', 2023, 12, '<5', '2023-12-31', true, 12, null]);
    // Row 5: a numeric code cell, an inline string, a date-time format, FALSE, a formula without a cached value.
    expect(table!.rows[1]).toEqual([34022, 'Kortrijk', 2023, 1234.5, 7, '2024-01-01T12:00:00', false, null, null]);
  });

  it('places sparse cells by their reference and decodes entities', async () => {
    const { table } = await read('workbook.xlsx');
    expect(table!.rows[2]).toEqual(['34022B01-', 'Heule & Bissegem', 2023, null, 3, null, null, null, null]);
  });

  it('never evaluates formulas: text like =HYPERLINK stays text, error cells stay their text, a zero-padded code keeps its zeros', async () => {
    const { table } = await read('workbook.xlsx');
    expect(table!.rows[3]).toEqual(['01234', '=HYPERLINK("http://example.org","klik")', 2023, '#DIV/0!', '9', null, null, null, 5]);
  });

  it('warns about a formula without a cached value and a value in a column without header', async () => {
    const { problems } = await read('workbook.xlsx');
    expect(withCode(problems, 'table-formula-no-value')).toMatchObject([{ sheet: 'Cijfers 2023', row: 5, severity: 'warning', params: { cell: 'H5' } }]);
    expect(withCode(problems, 'table-header-empty')).toMatchObject([{ row: 3, params: { column: 'Kolom J' } }]);
  });

  it('turns the wide sheet into indicator rows: numeric code cell 34022 → "34022", an error cell → missing with a warning', async () => {
    const { table } = await read('workbook.xlsx');
    const problems = new ProblemList();
    const rows = toLongIndicators(table!, { codeColumn: 'code', period: { column: 'jaar' }, layout: { kind: 'wide', indicatorColumns: ['leefloon', 'hulpvragen'] } }, problems);
    expect(rows.map((r) => [r.code, r.indicator, r.value, r.suppressed, r.row])).toEqual([
      ['34022A00-', 'leefloon', 12, false, 4],
      ['34022A00-', 'hulpvragen', null, true, 4],
      ['34022', 'leefloon', 1234.5, false, 5],
      ['34022', 'hulpvragen', 7, false, 5],
      ['34022B01-', 'leefloon', null, false, 6],
      ['34022B01-', 'hulpvragen', 3, false, 6],
      ['01234', 'leefloon', null, false, 8],
      ['01234', 'hulpvragen', 9, false, 8],
    ]);
    expect(problems.items).toMatchObject([{ code: 'table-excel-error', severity: 'warning', sheet: 'Cijfers 2023', row: 8, field: 'leefloon', params: { value: '#DIV/0!' } }]);
    expectWellFormed(problems);
  });

  it('reads a sheet chosen by name (case and spaces forgiven)', async () => {
    const { table, problems } = await read('workbook.xlsx', { sheet: 'lang ' });
    expect(problems.items).toEqual([]);
    expect(table!.sheet).toBe('Lang');
    expect(table!.header).toEqual(['code', 'jaar', 'indicator', 'waarde']);
    expect(table!.rows).toHaveLength(4);
    const hidden = await read('workbook.xlsx', { sheet: 'Verborgen' });
    expect(hidden.table!.rows).toEqual([[1, 2]]);
  });

  it('reports an unknown sheet with the list of sheets, and returns null', async () => {
    const { table, problems } = await read('workbook.xlsx', { sheet: 'Cijfers 2024' });
    expect(table).toBeNull();
    expect(problems.items).toMatchObject([{ code: 'table-sheet-unknown', severity: 'error', params: { sheet: 'Cijfers 2024', sheets: SHEETS.join(', ') } }]);
    expectWellFormed(problems);
  });

  it('reports a chosen sheet with only a title as having no rows', async () => {
    const { table, problems } = await read('workbook.xlsx', { sheet: 'Toelichting' });
    expect(table).toBeNull();
    expect(problems.items).toMatchObject([{ code: 'table-no-rows', sheet: 'Toelichting' }]);
  });

  it('reads namespace-prefixed parts (OpenXML SDK) and the 1904 date system', async () => {
    const bytes = buildXlsx({
      prefix: 'x',
      date1904: true,
      sharedStrings: ['code', 'datum', 'waarde', '34022A00-'],
      numFmtIds: [0, 14],
      sheets: [{ name: 'Blad1', rowsXml: [row(1, [s('A1', 0), s('B1', 1), s('C1', 2)]), row(2, [s('A2', 3), n('B2', 0, 1), inline('C2', '1.234,5')])].join('') }],
    });
    const { table, problems } = await read({ name: 'export.xlsx', bytes });
    expect(problems.items).toEqual([]);
    expect(table!.rows).toEqual([['34022A00-', '1904-01-01', '1.234,5']]);
    // Numbers typed as text are read with the decimal mark they show.
    expect(table!.detected).toMatchObject({ decimal: ',', thousands: '.' });
  });

  it('reports an empty workbook', async () => {
    const bytes = buildXlsx({ sheets: [{ name: 'Blad1', rowsXml: '' }, { name: 'Blad2', rowsXml: '<row r="1"/>' }] });
    const { table, problems } = await read({ name: 'leeg.xlsx', bytes });
    expect(table).toBeNull();
    expect(problems.items).toMatchObject([{ code: 'table-sheet-empty', severity: 'error', params: { sheets: 'Blad1, Blad2' } }]);
    expectWellFormed(problems);
  });

  it('reports a damaged workbook, a zip that is no workbook, an .ods, an old .xls and an HTML "Excel export" clearly', async () => {
    const workbook = (await import('../table/helpers')).fixtureBytes('workbook.xlsx');
    const truncated = await read({ name: 'kapot.xlsx', bytes: workbook.slice(0, 1500) });
    expect(truncated.table).toBeNull();
    expect(truncated.problems.items).toMatchObject([{ code: 'table-file-corrupt', severity: 'error', params: { format: 'Excel (.xlsx)' } }]);

    const notWorkbook = await read({ name: 'map.xlsx', bytes: zipSync({ 'readme.txt': strToU8('hallo') }) });
    expect(notWorkbook.problems.items).toMatchObject([{ code: 'table-format-unsupported', params: { kind: 'zip' } }]);

    const ods = await read({ name: 'cijfers.xlsx', bytes: zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'), 'content.xml': strToU8('<office:document-content/>') }) });
    expect(ods.problems.items).toMatchObject([{ code: 'table-format-unsupported', params: { kind: 'ods' } }]);

    const xls = await read({ name: 'oud.xls', bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]) });
    expect(xls.problems.items).toMatchObject([{ code: 'table-format-unsupported', params: { kind: 'xls' } }]);

    const html = await read({ name: 'export.xls', bytes: strToU8('<html><body><table><tr><td>code</td></tr></table></body></html>') });
    expect(html.problems.items).toMatchObject([{ code: 'table-format-unsupported', params: { kind: 'html' } }]);

    const garbage = await read({ name: 'cijfers.xlsx', bytes: new Uint8Array([1, 2, 0, 4, 5, 0, 7]) });
    expect(garbage.problems.items).toMatchObject([{ code: 'table-file-corrupt', params: { format: 'XLSX' } }]);

    for (const r of [truncated, notWorkbook, ods, xls, html, garbage]) {
      expect(r.table).toBeNull();
      expectWellFormed(r.problems);
    }
  });

  it('reads a CSV that was saved with an .xlsx name, with a warning', async () => {
    const { table, problems } = await read({ name: 'cijfers.xlsx', bytes: strToU8('code;waarde\n34022A00-;1,5\n') });
    expect(table!.detected.format).toBe('csv');
    expect(withCode(problems, 'table-extension-mismatch')).toMatchObject([{ severity: 'warning', params: { extension: 'xlsx', format: 'CSV' } }]);
    expectWellFormed(problems);
  });
});

describe('XLSX number formats', () => {
  it('classifies built-in and custom formats', () => {
    expect(classifyNumberFormat(0, undefined)).toEqual({ kind: 'plain' });
    expect(classifyNumberFormat(14, undefined)).toEqual({ kind: 'date' });
    expect(classifyNumberFormat(20, undefined)).toEqual({ kind: 'time' });
    expect(classifyNumberFormat(22, undefined)).toEqual({ kind: 'datetime' });
    expect(classifyNumberFormat(164, 'dd/mm/yyyy')).toEqual({ kind: 'date' });
    expect(classifyNumberFormat(164, '[$-813]d mmmm yyyy')).toEqual({ kind: 'date' });
    expect(classifyNumberFormat(164, 'h:mm:ss')).toEqual({ kind: 'time' });
    expect(classifyNumberFormat(164, '[h]:mm')).toEqual({ kind: 'time' });
    expect(classifyNumberFormat(164, '00000')).toEqual({ kind: 'zeros', width: 5 });
    expect(classifyNumberFormat(164, '#,##0.00 "m²";[Red]-#,##0.00')).toEqual({ kind: 'plain' });
    expect(classifyNumberFormat(164, '0.00%')).toEqual({ kind: 'plain' });
    expect(classifyNumberFormat(164, 'General')).toEqual({ kind: 'plain' });
  });
  it('turns serials into ISO dates in both date systems', () => {
    expect(excelSerialToIso(45291, 'date', false)).toBe('2023-12-31');
    expect(excelSerialToIso(1, 'date', false)).toBe('1900-01-01');
    expect(excelSerialToIso(61, 'date', false)).toBe('1900-03-01');
    expect(excelSerialToIso(0, 'date', true)).toBe('1904-01-01');
    expect(excelSerialToIso(45292.75, 'datetime', false)).toBe('2024-01-01T18:00:00');
    expect(excelSerialToIso(0.5, 'time', false)).toBe('12:00:00');
  });
});
