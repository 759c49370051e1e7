import { describe, expect, it } from 'vitest';
import { addFiles, closeImport, initialImportState, openImport, removeFile, setFilter, setTableMapping } from '../../../../../renderer/features/import/state/import-slice';

const file = (name: string) => ({ name, bytes: new Uint8Array([1]) });

describe('import slice', () => {
  it('keeps the filter field while the prefix is still being typed (regression: the field was lost)', () => {
    let s = openImport(initialImportState);
    s = setFilter({ field: 'geoitem', prefix: '' })(s);
    expect(s.readOptions.filter).toBeUndefined();
    expect(s.filterDraft).toEqual({ field: 'geoitem', prefix: '' });
    s = setFilter({ field: s.filterDraft.field, prefix: '34022' })(s);
    expect(s.readOptions.filter).toEqual({ field: 'geoitem', prefix: '34022' });
  });
  it('replaces a file of the same name and forgets what was read', () => {
    let s = addFiles([file('a.csv'), file('b.shp')])(openImport(initialImportState));
    s = { ...s, inputs: { boundary: null, otherBoundaries: [], tables: [], problems: [] } };
    s = addFiles([file('a.csv')])(s);
    expect(s.files.map((f) => f.name)).toEqual(['b.shp', 'a.csv']);
    expect(s.inputs).toBeNull();
    expect(removeFile('b.shp')(s).files.map((f) => f.name)).toEqual(['a.csv']);
  });
  it('changing a mapping drops the built outcome; closing resets everything', () => {
    const s = { ...openImport(initialImportState), outcome: { ok: true, files: null, report: { boundaries: null, tables: [], matching: null, indicators: [], periods: [] }, problems: [] } };
    expect(setTableMapping('t.csv', { codeColumn: 'c', period: { value: 2024 }, layout: { kind: 'wide', indicatorColumns: [] } })(s).outcome).toBeNull();
    expect(closeImport(s)).toEqual(initialImportState);
  });
});
