import { describe, expect, it, vi } from 'vitest';
import { describeProblem } from '../../../data/problems';
import type * as BoundaryReader from '../../../data/import/boundaries/read-boundary-files';

// A reader bug, simulated: the boundary reader and the XLSX reader throw as a bug would.
vi.mock('../../../data/import/boundaries/read-boundary-files', async (original) => ({
  ...(await original<typeof BoundaryReader>()),
  readBoundaryFiles: () => {
    throw new TypeError("Cannot read properties of undefined (reading 'map')");
  },
}));
vi.mock('../../../data/formats/xlsx/read-xlsx-table', () => ({
  readXlsxTable: () => {
    throw new RangeError('Maximum call stack size exceeded');
  },
}));

const { readImportInputs } = await import('../../../data/import/read-import-inputs');

describe('readImportInputs: a reader that throws', () => {
  it('becomes import-read-crashed naming the file, with no internal text, and the other files are still read', async () => {
    const csv = { name: 'cijfers.csv', bytes: new TextEncoder().encode('code;waarde\nA;1\nB;2\n') };
    const xlsx = { name: 'werkboek.xlsx', bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]) };
    const geojson = { name: 'wijken.geojson', bytes: new TextEncoder().encode('{"type":"FeatureCollection","features":[]}') };
    const inputs = await readImportInputs([geojson, xlsx, csv]);
    expect(inputs.problems.filter((p) => p.severity === 'error')).toEqual([
      { severity: 'error', code: 'import-read-crashed', file: 'wijken.geojson', params: { name: 'wijken.geojson' } },
      { severity: 'error', code: 'import-read-crashed', file: 'werkboek.xlsx', params: { name: 'werkboek.xlsx' } },
    ]);
    expect(inputs.tables.map((t) => t.table.file)).toEqual(['cijfers.csv']);
    const texts = inputs.problems.flatMap((p) => (['nl', 'en'] as const).map((l) => describeProblem(p, l).message));
    expect(texts.join(' ')).not.toMatch(/Cannot read|Maximum call stack|undefined/);
    expect(texts).toContain('wijken.geojson kon niet gelezen worden: de inhoud bracht de lezer tot stilstand.');
  });
});
