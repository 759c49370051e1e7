import { parquetMetadata } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { generatedFixtures } from '../../../fixtures/import/tables/generate-fixtures';
import { fixtureBytes } from '../../formats/table/helpers';

describe('table fixtures', () => {
  it('are what generate-fixtures.ts writes (run it after changing the script)', () => {
    for (const [name, bytes] of Object.entries(generatedFixtures())) {
      expect(Buffer.from(fixtureBytes(name)).equals(Buffer.from(bytes)), `${name} is out of date: npx tsx tests/fixtures/import/tables/generate-fixtures.ts`).toBe(true);
    }
  });

  it('use the compression their names say', () => {
    const codecs = (name: string) => new Set(parquetMetadata(fixtureBytes(name).slice().buffer).row_groups.flatMap((g) => g.columns.map((c) => c.meta_data?.codec)));
    expect(codecs('indicators-long.parquet')).toEqual(new Set(['SNAPPY']));
    expect(codecs('indicators-gzip.parquet')).toEqual(new Set(['GZIP']));
    expect(codecs('indicators-lzo.parquet')).toEqual(new Set(['LZO']));
  });
});
