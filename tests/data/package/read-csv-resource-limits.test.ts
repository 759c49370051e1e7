import { describe, expect, it } from 'vitest';
import type { ResourceDescriptor } from '../../../data/package/descriptor';
import { readCsvResource } from '../../../data/package/read-csv-resource';
import { describeProblem, ProblemList } from '../../../data/problems';

const resource: ResourceDescriptor = {
  name: 'indicators',
  role: 'indicators',
  path: 'indicators.csv',
  format: 'csv',
  schema: { fields: [{ name: 'code', type: 'string' }, { name: 'value', type: 'number' }], primaryKey: [], foreignKeys: [], missingValues: [''] },
  sources: [],
};

describe('package CSV resources and the table size limits', () => {
  it('package-csv-with-a-huge-cell-is-csv-syntax-at-its-line: reading stops there (nl, en), the rows before it stay', () => {
    const problems = new ProblemList();
    const table = readCsvResource(resource, new TextEncoder().encode(`code,value\nA,1\nB,"${'9'.repeat(5_000_000)}"\nC,3\n`), problems);
    expect(problems.items).toMatchObject([{ severity: 'error', code: 'csv-syntax', file: 'indicators.csv', row: 3 }]);
    expect(describeProblem(problems.items[0]!, 'en').message).toContain('field 2 on line 3 is longer than 32767 characters');
    expect(describeProblem(problems.items[0]!, 'nl').message).toContain('veld 2 op regel 3 is langer dan 32767 tekens');
    expect(table!.rowCount).toBe(1);
  });
});
