import { fixtureBytes } from '../table/helpers';

/**
 * The 807-byte Parquet file that hung hyparquet 1.31.5 forever: the repo's own fixture
 * indicators-long.parquet (written by hyparquet-writer, tests/fixtures/import/tables/generate-fixtures.ts)
 * with one byte of a page header changed (offset 112: 0x04 → 0xCF), which makes the definition-level
 * length of the `jaar` column's data page -1384. Found by the fuzzer (scripts/fuzz.ts).
 */
export function hangingParquet807(): Uint8Array {
  const bytes = fixtureBytes('indicators-long.parquet').slice();
  bytes[112] = 0xcf;
  return bytes;
}
