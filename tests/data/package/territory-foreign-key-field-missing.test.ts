import { describe, expect, it } from 'vitest';
import { readPackage } from '../../../data/package/read-package';
import { createMemorySource } from '../../../data/package/sources/memory-source';
import { demoFiles } from '../../helpers/package-copies';

describe('team territories whose foreign key names a field the schema lacks (fuzz, seed 16, case 13308: "Cannot read properties of undefined (reading \'0\')" in readTerritories)', () => {
  it('is a located column-missing error, not a TypeError', async () => {
    const files = demoFiles();
    const descriptor = JSON.parse(files.get('datapackage.json')!) as { resources: { role: string; schema: { fields: { name: string }[] } }[] };
    const territories = descriptor.resources.find((r) => r.role === 'team-territories')!;
    territories.schema.fields = territories.schema.fields.filter((f) => f.name !== 'team_id'); // the foreign key to teams stays
    files.set('datapackage.json', JSON.stringify(descriptor));
    const result = await readPackage(createMemorySource('demo', files));
    expect(result.ok).toBe(false);
    expect(result.problems.filter((p) => p.severity === 'error')).toMatchObject([{ code: 'column-missing', file: 'sector_team.csv', params: { column: 'team_id' } }]);
  });
});
