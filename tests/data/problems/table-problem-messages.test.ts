import { describe, expect, it } from 'vitest';
import { describeProblem, formatProblem } from '../../../data/problems';
import { TABLE_MESSAGES } from '../../../data/problems/table-problem-messages';
import type { TableProblemCode } from '../../../data/problems/problem-codes';

/** Example params for every code, as the readers pass them (the Record type makes this list complete). */
const SAMPLES: Record<TableProblemCode, Record<string, string | number>> = {
  'table-empty': {},
  'table-no-rows': { columns: 'code, jaar, clients' },
  'table-format-unknown': { extension: 'dat' },
  'table-format-unsupported': { kind: 'xls' },
  'table-file-corrupt': { format: 'Parquet', detail: 'parquet file invalid' },
  'table-extension-mismatch': { extension: 'xlsx', format: 'CSV' },
  'table-sheet-unknown': { sheet: 'Cijfers 2024', sheets: 'Toelichting, Cijfers 2023' },
  'table-sheet-empty': { sheets: 'Blad1, Blad2' },
  'table-title-rows-skipped': { rows: '1, 2', header: 3 },
  'table-header-empty': { column: 'Kolom J' },
  'table-header-duplicate': { column: 'waarde', renamed: 'waarde (2)' },
  'table-row-short': { found: 1, expected: 2 },
  'table-row-long': { found: 3, expected: 2 },
  'table-single-column': { delimiter: '\t' },
  'table-decimal-ambiguous': { decimal: ',', example: '1.234' },
  'table-parquet-compression': { codec: 'LZO', column: 'sector', supported: 'UNCOMPRESSED, SNAPPY, GZIP, ZSTD' },
  'table-parquet-column-type': { column: 'extra', type: 'list' },
  'table-formula-no-value': { cell: 'H5' },
  'table-excel-error': { value: '#DIV/0!' },
  'table-column-unknown': { column: 'nis', columns: 'code, jaar' },
  'table-no-indicator-columns': {},
  'table-period-value-invalid': { value: 23 },
  'table-code-empty': {},
  'table-period-invalid': { value: 'twintig' },
  'table-indicator-empty': {},
  'table-value-not-number': { value: 'twaalf', decimal: ',' },
  'table-value-formula': { value: '=1+2' },
  'table-dash-marker': { count: 3, marker: '-' },
  'table-duplicate': { code: '34022A00-', period: 2023, indicator: 'clients', first: 2 },
  'table-duplicate-same': { code: '34022A00-', period: 2023, first: 2 },
  'table-option-invalid': { option: 'delimiter', value: '::', allowed: ', ; tab |' },
  'table-header-too-long': { column: 'Kolom 2', length: 300, max: 256, start: 'Aantal personen met een leefloon per sect…' },
  'table-too-many-columns': { found: '1000+', max: 1000 },
  'table-cell-too-long': { column: 'waarde', max: 32767 },
  'table-indicator-name-too-long': { column: 'indicator', length: 400, max: 256, start: 'leefloon leefloon leefloon leefloon leef…' },
};

describe('table problem messages', () => {
  it('say what is wrong and how to fix it, in Dutch and English, with every placeholder filled', () => {
    for (const code of Object.keys(TABLE_MESSAGES) as TableProblemCode[]) {
      const problem = { severity: 'error' as const, code, file: 'cijfers.csv', row: 4, field: 'clients', params: SAMPLES[code] };
      const nl = describeProblem(problem, 'nl');
      const en = describeProblem(problem, 'en');
      for (const text of [nl.message, nl.fix, en.message, en.fix]) {
        expect(text.length, `${code}: ${text}`).toBeGreaterThan(15);
        expect(text, code).not.toMatch(/undefined|NaN|\[object|\$\{|\{[a-zA-Z]+\}/);
      }
      expect(nl.message, code).not.toBe(en.message);
      expect(nl.fix, code).not.toBe(en.fix);
    }
  });

  it('write the size limits the way each language groups digits (32.767 in Dutch, 32,767 in English)', () => {
    const problem = { severity: 'error' as const, code: 'table-cell-too-long' as const, file: 'x.csv', row: 2, field: 'waarde', params: { column: 'waarde', max: 32767 } };
    expect(describeProblem(problem, 'nl').message).toBe('Een cel in kolom waarde bevat meer dan 32.767 tekens (de grens van Excel zelf); de tabel werd niet gelezen.');
    expect(describeProblem(problem, 'en').message).toBe("A cell in column waarde holds more than 32,767 characters (Excel's own limit); the table was not read.");
  });

  it('name the decimal mark in words and each unsupported kind of file', () => {
    const p = (code: TableProblemCode, params: Record<string, string | number>) => ({ severity: 'error' as const, code, file: 'x.csv', params });
    expect(describeProblem(p('table-value-not-number', { value: '1.5', decimal: ',' }), 'nl').message).toContain('een komma');
    expect(describeProblem(p('table-value-not-number', { value: '1,5', decimal: '.' }), 'en').fix).toContain('comma');
    const kinds = ['xls', 'ods', 'xlsb', 'html', 'zip'].map((kind) => describeProblem(p('table-format-unsupported', { kind }), 'en').message);
    expect(new Set(kinds).size).toBe(5);
    expect(describeProblem(p('table-format-unsupported', { kind: 'ods' }), 'nl').message).toContain('OpenDocument');
    expect(formatProblem({ severity: 'error', code: 'table-sheet-unknown', file: 'w.xlsx', params: { sheet: 'X', sheets: 'A, B' } }, 'nl')).toBe(
      'FOUT w.xlsx: De werkmap heeft geen werkblad met de naam "X". Oplossing: Kies een van de werkbladen: A, B.',
    );
  });
});
