import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../../../data/formats/csv/detect-delimiter';
import { expectWellFormed, read, readText, withCode } from '../table/helpers';

describe('readTableFile: CSV', () => {
  it('reads a Belgian Excel CSV: semicolons, decimal comma, thousands point, BOM, CRLF', async () => {
    const { table, problems } = await read('belgian-wide.csv');
    expect(problems.items).toEqual([]);
    expect(table).not.toBeNull();
    expect(table!.detected).toEqual({ format: 'csv', delimiter: ';', decimal: ',', thousands: '.', encoding: 'utf-8', bom: true, lineEnding: 'crlf' });
    expect(table!.header).toEqual(['sector', 'naam', 'jaar', 'leefloon', 'gemiddeld inkomen', 'aandeel 65+ (%)']);
    expect(table!.rows[1]).toEqual(['34022A01-', 'Begijnhof; Groeninge', '2023', '<5', '21.456,75', '22,0']);
    expect(table!.rowNumbers).toEqual([2, 3, 4]);
  });

  it('reads Windows-1252 (é, €) and warns that the file is not UTF-8', async () => {
    const { table, problems } = await read('belgian-cp1252.csv');
    expect(table!.detected).toMatchObject({ encoding: 'windows-1252', bom: false, lineEnding: 'crlf', delimiter: ';', decimal: ',', thousands: '.' });
    expect(table!.header).toEqual(['code', 'omschrijving', 'bedrag (€)']);
    expect(table!.rows.map((r) => r[1])).toEqual(['Kortrijk centrum é', 'Heule Café']);
    expect(withCode(problems, 'encoding')).toHaveLength(1);
    expect(withCode(problems, 'encoding')[0]!.severity).toBe('warning');
    expectWellFormed(problems);
  });

  it('reads a US CSV: commas, decimal point, thousands comma in quotes', async () => {
    const { table, problems } = await read('us.csv');
    expect(problems.items).toEqual([]);
    expect(table!.detected).toMatchObject({ delimiter: ',', decimal: '.', thousands: ',', lineEnding: 'lf', bom: false, encoding: 'utf-8' });
    expect(table!.rows).toEqual([
      ['11001', 'Aartselaar', '2023', '1,234', '1234.5'],
      ['11002', 'Antwerpen, stad', '2023', '56', '0.25'],
    ]);
  });

  it('reads TSV (tab, with a decimal comma)', async () => {
    const { table, problems } = await read('tabs.tsv');
    expect(problems.items).toEqual([]);
    expect(table!.detected).toMatchObject({ delimiter: '\t', decimal: ',' });
    expect(table!.header).toEqual(['code', 'jaar', 'dossiers', 'aandeel']);
    expect(table!.rows[0]).toEqual(['34022A00-', '2023', '15', '12,5']);
  });

  it('reads pipe-separated text (Statbel) with a decimal point', async () => {
    const { table, problems } = await read('pipe.txt');
    expect(problems.items).toEqual([]);
    expect(table!.detected).toMatchObject({ delimiter: '|', decimal: '.', lineEnding: 'crlf' });
    expect(table!.rows[1]).toEqual(['2023', '34002', '12000.5', 'Anzegem']);
  });

  it('keeps separators, doubled quotes and line breaks inside quoted fields, with the line each row starts on', async () => {
    const { table, problems } = await read('quoted.csv');
    expect(problems.items).toEqual([]);
    expect(table!.detected.delimiter).toBe(',');
    expect(table!.rows.map((r) => r[1])).toEqual(['Centrum, oud\nmet nieuwe lijn', 'Zegt "hallo"', 'gewoon']);
    expect(table!.rowNumbers).toEqual([2, 4, 5]);
  });

  it('keeps codes as text with their leading zeros', async () => {
    const { table } = await read('leading-zeros.csv');
    expect(table!.rows.map((r) => r[0])).toEqual(['01234', '00012', '34022']);
  });

  it('keeps formula-like text as text (never evaluated)', async () => {
    const { table } = await read('formulas.csv');
    expect(table!.rows[0]![1]).toBe('=HYPERLINK("http://x";"klik")');
    expect(table!.rows[1]!.slice(1, 5)).toEqual(['@SUM(A1)', '2023', '=1+2', '+7']);
  });

  it('resolves 1.234 per file: thousands in a file without decimals, a decimal where other values use points', async () => {
    const belgian = await read('ambiguous.csv');
    expect(belgian.table!.detected).toMatchObject({ delimiter: ';', decimal: ',', thousands: '.' });
    // No value decides, so the file's convention did, and the user is told.
    const warning = withCode(belgian.problems, 'table-decimal-ambiguous');
    expect(warning).toHaveLength(1);
    expect(warning[0]!.params).toEqual({ decimal: ',', example: '1.234' });
    expectWellFormed(belgian.problems);

    const points = await read('points-semicolon.csv');
    expect(points.table!.detected).toMatchObject({ delimiter: ';', decimal: '.', thousands: null });
    expect(withCode(points.problems, 'table-decimal-ambiguous')).toEqual([]);
  });

  it('lets the user override the delimiter and the decimal mark', async () => {
    const { table, problems } = await read('ambiguous.csv', { decimal: '.' });
    expect(table!.detected).toMatchObject({ decimal: '.', thousands: null });
    expect(problems.items).toEqual([]);
    const forced = await read('us.csv', { delimiter: ';' });
    expect(forced.table!.header).toEqual(['code,name,year,clients,income']);
    // The user chose the separator: no single-column warning.
    expect(withCode(forced.problems, 'table-single-column')).toEqual([]);
  });

  it('accepts separator and decimal names from the command line, and reports unusable ones', async () => {
    const tab = await read('tabs.tsv', { delimiter: 'tab', decimal: 'komma' as ',' });
    expect(tab.table!.detected).toMatchObject({ delimiter: '\t', decimal: ',' });
    expect(tab.problems.items).toEqual([]);
    const bad = await read('belgian-wide.csv', { delimiter: '::', decimal: 'x' as ',' });
    expect(bad.table!.detected).toMatchObject({ delimiter: ';', decimal: ',' });
    expect(withCode(bad.problems, 'table-option-invalid').map((p) => p.params)).toEqual([
      { option: 'delimiter', value: '::', allowed: ', ; tab |' },
      { option: 'decimal', value: 'x', allowed: ', .' },
    ]);
    expectWellFormed(bad.problems);
  });

  it('skips title rows and rows of separators above the header, with a warning', async () => {
    const { table, problems } = await read('title-rows.csv');
    expect(table!.header).toEqual(['code', 'jaar', 'leefloon']);
    expect(table!.rowNumbers).toEqual([4, 5]);
    const warning = withCode(problems, 'table-title-rows-skipped');
    expect(warning).toHaveLength(1);
    expect(warning[0]).toMatchObject({ row: 3, params: { rows: '1', header: 3 } });
    expectWellFormed(problems);
  });

  it("obeys Excel's sep= hint on the first line, keeping line numbers", async () => {
    const { table, problems } = await readText('hint.csv', 'sep=;\r\ncode;naam\r\n34022A00-;Centrum, oud\r\n');
    expect(problems.items).toEqual([]);
    expect(table!.detected.delimiter).toBe(';');
    expect(table!.header).toEqual(['code', 'naam']);
    expect(table!.rows).toEqual([['34022A00-', 'Centrum, oud']]);
    expect(table!.rowNumbers).toEqual([3]);
  });

  it('reads CR-only line ends and UTF-16 (Excel "Unicode text")', async () => {
    const cr = await readText('oud-mac.csv', 'code;waarde\r34022A00-;1,5\r34022A01-;2\r');
    expect(cr.table!.detected.lineEnding).toBe('cr');
    expect(cr.table!.rowNumbers).toEqual([2, 3]);
    const text = 'code\twaarde\r\n34022A00-\t1,5\r\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes[2 + i * 2] = text.charCodeAt(i);
    const utf16 = await read({ name: 'unicode.txt', bytes });
    expect(utf16.table!.detected).toMatchObject({ encoding: 'utf-16le', bom: true, delimiter: '\t', decimal: ',' });
    expect(utf16.table!.rows).toEqual([['34022A00-', '1,5']]);
  });

  it('reports an empty file, a whitespace-only file and a header-only file, and returns null', async () => {
    const empty = await read('empty.csv');
    expect(empty.table).toBeNull();
    expect(empty.problems.items.map((p) => [p.code, p.severity])).toEqual([['table-empty', 'error']]);
    const blank = await readText('leeg.csv', ' \r\n\r\n');
    expect(blank.table).toBeNull();
    expect(withCode(blank.problems, 'table-empty')).toHaveLength(1);
    const headerOnly = await read('header-only.csv');
    expect(headerOnly.table).toBeNull();
    expect(headerOnly.problems.items).toMatchObject([{ code: 'table-no-rows', severity: 'error', params: { columns: 'code, jaar, clients' } }]);
    expectWellFormed(headerOnly.problems);
  });

  it('reports rows with too many values (error) and too few (warning) by line number', async () => {
    const { table, problems } = await readText('scheef.csv', 'code,waarde\n34022A00-,1,5\n34022A01-\n34022A02-,7,\n');
    expect(withCode(problems, 'table-row-long')).toMatchObject([{ row: 2, severity: 'error', params: { found: 3, expected: 2 } }]);
    expect(withCode(problems, 'table-row-short')).toMatchObject([{ row: 3, severity: 'warning', params: { found: 1, expected: 2 } }]);
    // A trailing empty field (Excel writes them) is no problem.
    expect(problems.items.filter((p) => p.row === 4)).toEqual([]);
    expect(table!.rows).toEqual([
      ['34022A00-', '1'],
      ['34022A01-', null],
      ['34022A02-', '7'],
    ]);
    expectWellFormed(problems);
  });

  it('reports an unclosed quote with the line it opened on', async () => {
    const { problems } = await readText('quote.csv', 'code;naam\n34022A00-;"Centrum\n34022A01-;Noord\n');
    expect(withCode(problems, 'csv-syntax')).toMatchObject([{ row: 2, severity: 'error' }]);
  });

  it('names unnamed columns that have values, drops empty ones, and renames duplicates', async () => {
    const { table, problems } = await readText('kolommen.csv', 'code;;waarde;waarde;\n34022A00-;;1;2;x\n');
    expect(table!.header).toEqual(['code', 'waarde', 'waarde (2)', 'Kolom 5']);
    expect(table!.rows[0]).toEqual(['34022A00-', '1', '2', 'x']);
    expect(withCode(problems, 'table-header-duplicate')).toMatchObject([{ params: { column: 'waarde', renamed: 'waarde (2)' } }]);
    expect(withCode(problems, 'table-header-empty')).toMatchObject([{ params: { column: 'Kolom 5' } }]);
    expectWellFormed(problems);
  });

  it('warns when only one column is found', async () => {
    const { table, problems } = await readText('codes.csv', 'code\n34022A00-\n34022A01-\n');
    expect(table!.header).toEqual(['code']);
    expect(withCode(problems, 'table-single-column')).toHaveLength(1);
    expectWellFormed(problems);
  });
});

describe('detectDelimiter', () => {
  it('chooses by consistent field counts outside quotes', () => {
    expect(detectDelimiter('code;waarde\n11001;1,5\n11002;2,5\n')).toMatchObject({ delimiter: ';', fields: 2, consistency: 1 });
    expect(detectDelimiter('a,b,c\n"x;y",1,2\n"p;q",3,4\n')).toMatchObject({ delimiter: ',', fields: 3 });
    expect(detectDelimiter('a|b\n1|2\n')).toMatchObject({ delimiter: '|' });
    expect(detectDelimiter('code\twaarde\n1\t2,5\n3\t4,5\n')).toMatchObject({ delimiter: '\t' });
    // Equally consistent separators: the one that gives more fields.
    expect(detectDelimiter('a,b;c;d\n1,2;3;4\n')).toMatchObject({ delimiter: ';', fields: 3 });
    expect(detectDelimiter('a;b,c,d\n1;2,3,4\n')).toMatchObject({ delimiter: ',', fields: 3 });
  });
  it('tolerates a title line and prefers tab for .tsv files on a tie', () => {
    expect(detectDelimiter('Titel\na;b\n1;2\n3;4\n')).toMatchObject({ delimiter: ';', consistency: 0.75 });
    expect(detectDelimiter('a\tb|c\n1\t2|3\n', '\t').delimiter).toBe('\t');
  });
});
