import { parquetMetadata } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { findParquetPageProblem } from '../../../../data/formats';
import { expectWellFormed, fixtureBytes, read } from '../table/helpers';
import { hangingParquet807 } from './hanging-parquet';

const problemOf = (bytes: Uint8Array) => {
  const buffer = bytes.slice().buffer;
  return findParquetPageProblem(buffer, parquetMetadata(buffer));
};

describe('Parquet page headers are checked before hyparquet decodes them', () => {
  it('the 807-byte Parquet with a negative level length (it hung hyparquet forever) is refused as table-file-corrupt, at once', async () => {
    const bytes = hangingParquet807();
    expect(bytes).toHaveLength(807);
    const started = Date.now();
    const { table, problems } = await read({ name: 'kapot-807.parquet', bytes });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(table).toBeNull();
    expect(problems.items).toMatchObject([{ code: 'table-file-corrupt', file: 'kapot-807.parquet', params: { format: 'Parquet', detail: 'the level lengths of a page do not fit in the page (column jaar, byte 96)' } }]);
    expectWellFormed(problems);
  });

  it('finds nothing wrong in the valid fixtures (SNAPPY, GZIP)', () => {
    expect(problemOf(fixtureBytes('indicators-long.parquet'))).toBeNull();
    expect(problemOf(fixtureBytes('indicators-gzip.parquet'))).toBeNull();
  });

  it('names the column and byte of a page that runs past its column, or whose size is negative', () => {
    const whole = fixtureBytes('indicators-long.parquet');
    // Bytes 99 and 101 are the sizes (zigzag varints) in the header of the `jaar` data page at byte 96.
    const changed = (at: number, value: number) => {
      const bytes = whole.slice();
      bytes[at] = value;
      return problemOf(bytes);
    };
    expect(changed(101, 0x7e)).toBe('a page runs past the end of its column (column jaar, byte 96)');
    expect(changed(99, 0x7f)).toBe('a page size is negative or not a whole number (column jaar, byte 96)');
    expect(changed(104, 0x7f)).toBe('a page counts a negative number of values (column jaar, byte 96)');
  });
});
