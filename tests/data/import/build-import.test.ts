import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { guessLevel, knownBoundaryCredit } from '../../../data/import/boundary-areas';
import { buildImport } from '../../../data/import/build-import';
import { slug } from '../../../data/import/slug';
import type { InputFile } from '../../../data/import/input-file';
import { readImportInputs } from '../../../data/import/read-import-inputs';
import { runImport, verifyImport } from '../../../data/import/run-import';
import { readPackage } from '../../../data/package/read-package';
import { createMemorySource } from '../../../data/package/sources/memory-source';
import { PROJECT_ROOT } from '../../helpers/shared-data';

const FIXTURES = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'import');
const fixture = (relative: string, as?: string): InputFile => ({ name: as ?? path.basename(relative), bytes: new Uint8Array(readFileSync(path.join(FIXTURES, relative))) });
const text = (name: string, content: string): InputFile => ({ name, bytes: new TextEncoder().encode(content) });

/** Three square areas in WGS84 with codes A1, A2, A3. */
function squares(codes = ['A1', 'A2', 'A3']): InputFile {
  const features = codes.map((code, i) => ({
    type: 'Feature',
    properties: { code, naam: `Gebied ${code}` },
    geometry: { type: 'Polygon', coordinates: [[[3 + i * 0.01, 50], [3.01 + i * 0.01, 50], [3.01 + i * 0.01, 50.01], [3 + i * 0.01, 50.01], [3 + i * 0.01, 50]]] },
  }));
  return text('gebieden.geojson', JSON.stringify({ type: 'FeatureCollection', features }));
}

describe('guessLevel and slug', () => {
  it('recognises Statbel code shapes', () => {
    expect(guessLevel(['34022W01', '34022W14'])).toBe('wijk');
    expect(guessLevel(['11002P01', '11002Q03', '34022W01'])).toBe('wijk');
    expect(guessLevel(['34022A00-', '34022A021'])).toBe('sector');
    expect(guessLevel(['34022', '11001'])).toBe('municipality');
    expect(guessLevel(['34022B', '34022Z'])).toBe('deelgemeente');
    expect(guessLevel(['A1', 'A2'])).toBe('area');
  });
  it('knows the credit the Flemish and Statbel boundary files ask for', () => {
    expect(knownBoundaryCredit('export/ggw7.shp')).toMatch(/^Wijken voor omgevingsanalyse ©/);
    expect(knownBoundaryCredit('gemeente.shp')).toMatch(/^Statbel/);
    expect(knownBoundaryCredit('TF_PSNL_INC_TAX_MUNTY.zip')).toMatch(/^Statbel/);
    expect(knownBoundaryCredit('mijn-wijken.geojson')).toBeNull();
  });
  it('makes identifiers from headers', () => {
    expect(slug('Gemiddeld netto-inkomen (€)')).toBe('gemiddeld_netto_inkomen');
    expect(slug('Aandeel 65+')).toBe('aandeel_65');
    expect(slug('2024')).toBe('x_2024');
  });
});

describe('buildImport: mapping a table onto boundaries', () => {
  it('builds a package the reader opens, with suppressed cells flagged and never zero', async () => {
    const csv = text('cijfers.csv', 'code;jaar;clienten;inkomen\r\nA1;2024;12;1.234,5\r\na2 ;2024;<5;2.000,0\r\nA3;2024;7;\r\n');
    const outcome = await runImport([squares(), csv], {}, { boundaries: { codeField: 'code', nameField: 'naam', level: 'wijk' } });
    expect(outcome.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(outcome.ok).toBe(true);
    expect(outcome.report.matching).toMatchObject({ matchedCodes: 3, exact: 2, normalised: 1, unmatchedInTableCount: 0, unmatchedAreasCount: 0 });
    const indicators = outcome.files!.get('indicators.csv')!;
    expect(indicators).toContain('A2,2024,clienten,,suppressed');
    expect(indicators).toContain('A1,2024,inkomen,1234.5,');
    const read = await readPackage(createMemorySource('import', outcome.files!));
    expect(read.ok).toBe(true);
    expect(read.pkg!.levels[0]!.areas.features.map((f) => f.properties.name)).toEqual(['Gebied A1', 'Gebied A2', 'Gebied A3']);
    const flags = read.pkg!.indicators.columns.get('flag')!;
    expect(flags.filter((f) => f === 'suppressed')).toHaveLength(1);
  });

  it('refuses duplicate area codes, naming the feature and the first one', async () => {
    const inputs = await readImportInputs([squares(['A1', 'A2', 'A1'])]);
    const outcome = buildImport(inputs, { boundaries: { codeField: 'code' } });
    expect(outcome.ok).toBe(false);
    expect(outcome.files).toBeNull();
    expect(outcome.problems).toContainEqual(expect.objectContaining({ code: 'import-code-duplicate', feature: 2, field: 'code', params: expect.objectContaining({ code: 'A1', first: 0 }) }));
  });

  it('says so when no code of the table matches, and names both sides', async () => {
    const inputs = await readImportInputs([squares(), text('t.csv', 'gebied,waarde\nX1,3\nX2,4\n')]);
    const outcome = buildImport(inputs, { boundaries: { codeField: 'code' }, mappings: { 't.csv': { codeColumn: 'gebied', period: { value: 2023 }, layout: { kind: 'wide', indicatorColumns: ['waarde'] } } } });
    expect(outcome.ok).toBe(false);
    expect(outcome.problems).toContainEqual(expect.objectContaining({ code: 'import-nothing-matched', params: expect.objectContaining({ column: 'gebied', tableExamples: 'X1, X2', areaExamples: 'A1, A2, A3' }) }));
  });

  it('reports unmatched codes on both sides with counts and example rows', async () => {
    const inputs = await readImportInputs([squares(), text('t.csv', 'code,jaar,n\nA1,2024,5\nZZ,2024,6\nZZ,2023,7\n')]);
    const outcome = buildImport(inputs, { boundaries: { codeField: 'code' } });
    expect(outcome.ok).toBe(true);
    expect(outcome.report.matching!.unmatchedInTable).toEqual([{ code: 'ZZ', count: 2, rows: [3, 4] }]);
    expect(outcome.report.matching!.unmatchedAreas).toEqual(['A2', 'A3']);
    expect(outcome.problems.map((p) => p.code)).toEqual(expect.arrayContaining(['import-codes-unmatched-table', 'import-codes-unmatched-areas']));
  });

  it('refuses two values for one area, period and indicator (after matching codes)', async () => {
    const inputs = await readImportInputs([squares(), text('t.csv', 'code,jaar,n\nA1,2024,5\na1,2024,6\n')]);
    const outcome = buildImport(inputs, { boundaries: { codeField: 'code' } });
    expect(outcome.ok).toBe(false);
    expect(outcome.problems).toContainEqual(expect.objectContaining({ code: 'import-value-duplicate', file: 't.csv', row: 3 }));
  });

  it('keeps a value given twice the same way (two spellings of one code) once, with a warning', async () => {
    const inputs = await readImportInputs([squares(), text('t.csv', 'code,jaar,n\nA1,2024,5\na1,2024,5\nA2,2024,4\n')]);
    const outcome = buildImport(inputs, { boundaries: { codeField: 'code' } });
    expect(outcome.ok).toBe(true);
    expect(outcome.problems).toContainEqual(expect.objectContaining({ code: 'import-value-duplicate-same', severity: 'warning', file: 't.csv', row: 3, params: expect.objectContaining({ code: 'A1', first: 2 }) }));
    expect(outcome.files!.get('indicators.csv')!.match(/^A1,2024,n,/gm)).toHaveLength(1);
  });

  it('gives a count the population indicator as its denominator, unless the user says otherwise', async () => {
    const inputs = await readImportInputs([squares(), text('t.csv', 'code,jaar,inwoners,leefloners,inkomen_gemiddeld\nA1,2024,1000,12,1500.5\nA2,2024,800,9,1400.25\nA3,2024,1200,30,1300.75\n')]);
    const byId = (outcome: ReturnType<typeof buildImport>) => new Map(outcome.report.indicators.map((d) => [d.id, d]));
    const plain = byId(buildImport(inputs, { boundaries: { codeField: 'code' } }));
    expect(plain.get('leefloners')).toMatchObject({ kind: 'count', denominator: 'inwoners' });
    expect(plain.get('inwoners')!.denominator).toBeNull();
    expect(plain.get('inkomen_gemiddeld')!.denominator).toBeNull();
    const chosen = byId(buildImport(inputs, { boundaries: { codeField: 'code' }, definitions: { leefloners: { denominator: null } } }));
    expect(chosen.get('leefloners')!.denominator).toBeNull();
    const withoutPopulation = await readImportInputs([squares(), text('t.csv', 'code,jaar,leefloners\nA1,2024,12\nA2,2024,9\nA3,2024,30\n')]);
    expect(buildImport(withoutPopulation, { boundaries: { codeField: 'code' } }).report.indicators[0]!.denominator).toBeNull();
  });

  it('names a code column that does not exist, with the ones that do', async () => {
    const outcome = buildImport(await readImportInputs([squares()]), { boundaries: { codeField: 'nis' } });
    expect(outcome.problems).toContainEqual(expect.objectContaining({ code: 'import-field-missing', field: 'nis', params: expect.objectContaining({ available: 'code, naam' }) }));
  });

  it('takes one boundary layer per import', async () => {
    const second = { ...squares(['B1']), name: 'andere.geojson' };
    const outcome = buildImport(await readImportInputs([squares(), second]), { boundaries: {} });
    expect(outcome.problems).toContainEqual(expect.objectContaining({ code: 'import-several-boundaries' }));
  });

  it('reports files it does not know and a missing boundary layer', async () => {
    const outcome = buildImport(await readImportInputs([text('notes.docx', 'x'), text('t.csv', 'code,n\nA1,1\n')]), { boundaries: {} });
    expect(outcome.ok).toBe(false);
    expect(outcome.problems.map((p) => p.code)).toEqual(expect.arrayContaining(['import-file-unknown', 'import-no-boundaries']));
  });

  it('applies the user’s definition changes (label, denominator, sensitivity)', async () => {
    const inputs = await readImportInputs([squares(), text('t.csv', 'code,jaar,inwoners,clienten\nA1,2024,1000,12\nA2,2024,800,9\nA3,2024,1200,30\n')]);
    const outcome = await verifyImport(
      buildImport(inputs, { boundaries: { codeField: 'code' }, definitions: { clienten: { labelNl: 'Cliënten', denominator: 'inwoners', sensitive: true }, inwoners: { kind: 'count' } } }),
    );
    expect(outcome.ok).toBe(true);
    expect(outcome.report.indicators.find((d) => d.id === 'clienten')).toMatchObject({ labelNl: 'Cliënten', denominator: 'inwoners', sensitive: true });
    expect(outcome.files!.get('indicator_definitions.csv')).toContain('clienten,Cliënten');
  });

  it('keeps formula-looking text as data and neutralises it only on the way out', async () => {
    const geo = JSON.parse(new TextDecoder().decode(squares().bytes));
    geo.features[0].properties.naam = '=HYPERLINK("x")';
    const outcome = await runImport([text('g.geojson', JSON.stringify(geo)), text('t.csv', 'code,jaar,n\nA1,2024,5\n')], {}, { boundaries: { codeField: 'code', nameField: 'naam' } });
    expect(outcome.ok).toBe(true);
    const read = await readPackage(createMemorySource('x', outcome.files!));
    expect(read.pkg!.levels[0]!.areas.features[0]!.properties.name).toBe('=HYPERLINK("x")');
  });

  it('reads the fixture shapefile in Lambert 72 as a .zip and maps a Belgian CSV onto it', async () => {
    const layerProbe = await readImportInputs([fixture('boundaries/lambert72.zip')]);
    const codeField = layerProbe.boundary!.fields[0]!.name;
    const codes = layerProbe.boundary!.features.map((f) => String(f.properties[codeField]));
    const csv = text('cijfers.csv', `\ufeffcode;aantal\r\n${codes.map((c, i) => `${c};${(i + 1) * 1000},5`).join('\r\n')}\r\n`);
    const outcome = await runImport([fixture('boundaries/lambert72.zip'), csv], {}, { boundaries: { codeField }, mappings: { 'cijfers.csv': { codeColumn: 'code', period: { value: 2024 }, layout: { kind: 'wide', indicatorColumns: ['aantal'] } } } });
    expect(outcome.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(outcome.report.boundaries).toMatchObject({ crs: 'EPSG:31370', crsSource: 'prj', areas: codes.length });
    expect(outcome.files!.get('indicators.csv')).toContain(',2024,aantal,1000.5,');
  });
});
