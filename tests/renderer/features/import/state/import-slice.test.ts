import { describe, expect, it } from 'vitest';
import {
  addFiles,
  chooseOnto,
  closeImport,
  fileKindOf,
  initialImportState,
  offerMunicipality,
  openImport,
  previewBuilt,
  removeFile,
  setFilter,
  setTableMapping,
  type ChosenFile,
} from '../../../../../renderer/features/import/state/import-slice';
import type { MunicipalityImportOutcome } from '../../../../../data/import';

const file = (name: string, kind?: ChosenFile['kind']): ChosenFile => ({ name, bytes: new Uint8Array([1]), ...(kind ? { kind } : {}) });
const names = (s: { files: readonly ChosenFile[] }) => s.files.map((f) => f.name);
const noInputs = { boundary: null, otherBoundaries: [], tables: [], problems: [] };
const mechelen = { nis: '12025', name: 'Mechelen' };

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
    s = { ...s, inputs: noInputs };
    s = addFiles([file('a.csv')])(s);
    expect(names(s)).toEqual(['b.shp', 'a.csv']);
    expect(s.inputs).toBeNull();
    expect(removeFile('b.shp')(s).files.map((f) => f.name)).toEqual(['a.csv']);
  });
  it('choosing a table again replaces the earlier tables, and keeps the boundaries (issue 13.7)', () => {
    let s = addFiles([file('wijken.shp'), file('wijken.dbf'), file('cijfers.csv'), file('dossiers.xlsx')])(openImport(initialImportState));
    s = addFiles([file('cijfers-v2.csv')])(s);
    expect(names(s)).toEqual(['wijken.shp', 'wijken.dbf', 'cijfers-v2.csv']);
    // Tables chosen together all stay.
    s = addFiles([file('armoede.csv'), file('clienten.csv')])(s);
    expect(names(s)).toEqual(['wijken.shp', 'wijken.dbf', 'armoede.csv', 'clienten.csv']);
  });
  it('choosing other boundaries replaces the earlier set; a missing part of the same shapefile completes it', () => {
    let s = addFiles([file('wijken.shp'), file('wijken.shx'), file('cijfers.csv')])(openImport(initialImportState));
    s = addFiles([file('wijken.prj'), file('WIJKEN.dbf')])(s);
    expect(names(s)).toEqual(['wijken.shp', 'wijken.shx', 'cijfers.csv', 'wijken.prj', 'WIJKEN.dbf']);
    s = addFiles([file('sectoren.geojson')])(s);
    expect(names(s)).toEqual(['cijfers.csv', 'sectoren.geojson']);
    // A zipped shapefile is boundaries once looked into; a file of unknown kind is only replaced by its name.
    s = addFiles([file('ggw7.zip', 'boundary'), file('notities.docx')])(s);
    expect(names(s)).toEqual(['cijfers.csv', 'ggw7.zip', 'notities.docx']);
    s = addFiles([file('statbel.zip', 'table')])(s);
    expect(names(s)).toEqual(['ggw7.zip', 'notities.docx', 'statbel.zip']);
  });
  it('knows a file’s kind from its extension, or from what was found in a .zip', () => {
    expect([fileKindOf(file('a.PRJ')), fileKindOf(file('a.geojson')), fileKindOf(file('a.txt')), fileKindOf(file('a.zip')), fileKindOf(file('a.zip', 'table'))]).toEqual([
      'boundary',
      'boundary',
      'table',
      'other',
      'table',
    ]);
  });
  it('offers the open built-in municipality and takes it, until the user chooses boundaries of their own', () => {
    let s = addFiles([file('cijfers.csv')])(openImport(initialImportState));
    s = offerMunicipality(mechelen)(s);
    expect(s.offer).toEqual(mechelen);
    expect(s.onto).toEqual(mechelen);
    s = chooseOnto(false)({ ...s, inputs: noInputs });
    expect(s.onto).toBeNull();
    expect(s.inputs).toBeNull();
    // The same offer again (the wizard re-rendering) keeps the choice; another package's offer resets it.
    expect(offerMunicipality({ ...mechelen })(s)).toBe(s);
    expect(offerMunicipality(null)(chooseOnto(true)(s))).toMatchObject({ offer: null, onto: null });
    expect(chooseOnto(true)(offerMunicipality(null)(s)).onto).toBeNull();
    // Reopening the wizard forgets the offer (the open package may have changed); closing resets everything.
    expect(openImport(closeImport(s)).offer).toBeNull();
  });
  it('keeps a preview only for the inputs and mappings it was made from', () => {
    const inputs = noInputs;
    const s = { ...openImport(initialImportState), inputs };
    const outcome = { ok: true } as unknown as MunicipalityImportOutcome;
    expect(previewBuilt({ inputs, mappings: undefined, outcome })(s).preview?.outcome).toBe(outcome);
    expect(previewBuilt({ inputs: { ...noInputs }, mappings: undefined, outcome })(s).preview).toBeNull();
    expect(previewBuilt({ inputs, mappings: {}, outcome })(s).preview).toBeNull();
  });
  it('changing a mapping drops the built outcome; closing resets everything', () => {
    const s = { ...openImport(initialImportState), outcome: { ok: true, files: null, report: { boundaries: null, tables: [], matching: null, indicators: [], periods: [] }, problems: [] } };
    expect(setTableMapping('t.csv', { codeColumn: 'c', period: { value: 2024 }, layout: { kind: 'wide', indicatorColumns: [] } })(s).outcome).toBeNull();
    expect(closeImport(s)).toEqual(initialImportState);
  });
});
