import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { ProblemList } from '../../../../data/problems';
import { guessTableMapping } from '../../../../data/import/tables/guess-table-mapping';
import { toLongIndicators } from '../../../../data/import/tables/to-long-indicators';
import { expectWellFormed, fixtureBytes, read } from '../table/helpers';

const EXPECTED_ROWS = [
  ['34022A00-', 2024, 'leefloon', 12, '2024-06-30'],
  ['34022A00-', 2024, 'aandeel_pct', 3.5, '2024-06-30'],
  ['34022B01-', 2024, 'leefloon', null, '2024-06-30'],
  ['34022B01-', 2024, 'aandeel_pct', 0, '2024-06-30'],
  ['01234', 2024, 'leefloon', 7, '2024-06-30'],
  ['01234', 2024, 'aandeel_pct', 8.25, '2024-06-30'],
];

describe('readTableFile: Parquet', () => {
  it('reads a SNAPPY Parquet file in long layout: INT64 as numbers, timestamps as ISO dates, codes as text', async () => {
    const { table, problems } = await read('indicators-long.parquet');
    expect(problems.items).toEqual([]);
    expect(table!.detected).toEqual({ format: 'parquet', decimal: '.', thousands: null });
    expect(table!.header).toEqual(['sector', 'jaar', 'indicator', 'waarde', 'bijgewerkt']);
    expect(table!.rows).toEqual(EXPECTED_ROWS);
    expect(table!.rowNumbers).toEqual([2, 3, 4, 5, 6, 7]);
  });

  it('guesses the long layout and yields indicator rows; a null value is missing, not zero', async () => {
    const { table } = await read('indicators-long.parquet');
    const guess = guessTableMapping(table!);
    expect(guess.mapping).toEqual({ codeColumn: 'sector', period: { column: 'jaar' }, layout: { kind: 'long', indicatorColumn: 'indicator', valueColumn: 'waarde' } });
    const problems = new ProblemList();
    const rows = toLongIndicators(table!, guess.mapping, problems);
    expect(problems.items).toEqual([]);
    expect(rows).toHaveLength(6);
    expect(rows[2]).toEqual({ code: '34022B01-', period: 2024, indicator: 'leefloon', value: null, suppressed: false, row: 4 });
    expect(rows[3]!.value).toBe(0);
    expect(rows[4]!.code).toBe('01234');
  });

  it('reads GZIP pages through hyparquet-compressors', async () => {
    const { table, problems } = await read('indicators-gzip.parquet');
    expect(problems.items).toEqual([]);
    expect(table!.rows).toEqual(EXPECTED_ROWS);
  });

  it('reports an unsupported compression (LZO) by column, and returns null', async () => {
    const { table, problems } = await read('indicators-lzo.parquet');
    expect(table).toBeNull();
    expect(problems.items).toHaveLength(1);
    expect(problems.items[0]).toMatchObject({ code: 'table-parquet-compression', severity: 'error', field: 'sector', params: { codec: 'LZO', column: 'sector' } });
    expect(String(problems.items[0]!.params!.supported)).toContain('ZSTD');
    expectWellFormed(problems);
  });

  it('reports a damaged file (cut short, or only the marker) clearly', async () => {
    const whole = fixtureBytes('indicators-long.parquet');
    for (const bytes of [whole.slice(0, 300), new Uint8Array([0x50, 0x41, 0x52, 0x31, 1, 2, 3])]) {
      const { table, problems } = await read({ name: 'kapot.parquet', bytes });
      expect(table).toBeNull();
      expect(problems.items).toMatchObject([{ code: 'table-file-corrupt', severity: 'error', params: { format: 'Parquet' } }]);
      expectWellFormed(problems);
    }
    const notParquet = await read({ name: 'cijfers.parquet', bytes: new Uint8Array([0, 1, 2, 3, 0, 0]) });
    expect(notParquet.problems.items).toMatchObject([{ code: 'table-file-corrupt', params: { format: 'Parquet' } }]);
    expectWellFormed(notParquet.problems);
  });

  it('reports a Parquet file without rows', async () => {
    const bytes = new Uint8Array(parquetWriteBuffer({ columnData: [{ name: 'code', data: [], type: 'STRING' }, { name: 'waarde', data: [], type: 'DOUBLE' }] }));
    const { table, problems } = await read({ name: 'leeg.parquet', bytes });
    expect(table).toBeNull();
    expect(problems.items).toMatchObject([{ code: 'table-no-rows', params: { columns: 'code, waarde' } }]);
  });

  it('turns nested values into text with a warning', async () => {
    const bytes = new Uint8Array(parquetWriteBuffer({ columnData: [{ name: 'code', data: ['34022A00-'], type: 'STRING' }, { name: 'extra', data: [{ a: 1 }], type: 'JSON' }] }));
    const { table, problems } = await read({ name: 'nested.parquet', bytes });
    expect(table!.rows).toEqual([['34022A00-', '{"a":1}']]);
    expect(problems.items).toMatchObject([{ code: 'table-parquet-column-type', severity: 'warning', field: 'extra' }]);
    expectWellFormed(problems);
  });
});
