import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportOutcome } from '../../../data/import/import-types';
import type { InputFile } from '../../../data/import/input-file';
import { runImport } from '../../../data/import/run-import';
import { writePackageToDisk } from '../../../data/import/write-package-to-disk';
import type { LoadedPackage } from '../../../data/package/model';
import { readPackage } from '../../../data/package/read-package';
import { createMemorySource } from '../../../data/package/sources/memory-source';
import { openNodePackageSource } from '../../../data/package/sources/node-folder-source';
import { measureArea } from '../../../geo/measure/measure-area';
import { PROJECT_ROOT, SHARED_DIR } from '../../helpers/shared-data';

const RAW = path.join(SHARED_DIR, 'data', 'raw');
const GEBIEDSNIVEAUS = path.join(RAW, 'gebiedsniveaus');
const STATBEL_ZIP = path.join(RAW, 'statbel', 'TF_PSNL_INC_TAX_MUNTY.zip');
const WIJKEN = path.join(SHARED_DIR, 'data', 'kortrijk', 'areas', 'wijken.geojson');
const hasRaw = existsSync(path.join(GEBIEDSNIVEAUS, 'ggw7.shp')) && existsSync(STATBEL_ZIP);
if (!hasRaw) console.warn(`[wijkzicht tests] ${RAW} is absent: the import integration tests on real files are SKIPPED.`);

const file = (full: string): InputFile => ({ name: path.basename(full), bytes: new Uint8Array(readFileSync(full)) });
const layerFiles = (layer: string) => ['shp', 'shx', 'dbf', 'prj', 'cpg'].map((ext) => file(path.join(GEBIEDSNIVEAUS, `${layer}.${ext}`)));
const CSV = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'import', 'kortrijk-wijken-belgisch-FICTIEF.csv');

/** Everything a reopened package says, in a comparable form. */
function snapshot(pkg: LoadedPackage) {
  const col = (n: string) => pkg.indicators.columns.get(n)!;
  return {
    levels: pkg.levels.map((l) => ({ level: l.level, areas: l.areas.features.map((f) => ({ code: f.properties.code, name: f.properties.name, geometry: f.geometry })) })),
    indicators: col('area_code').map((c, i) => [c, col('period')[i], col('indicator')[i], col('value')[i], col('flag')[i]]),
    definitions: pkg.definitions,
    periods: pkg.periods,
  };
}

describe.skipIf(!hasRaw)('import of the raw Flanders wijken shapefile with a Belgian-Excel CSV (Kortrijk)', () => {
  let outcome: ImportOutcome;
  beforeAll(async () => {
    outcome = await runImport([...layerFiles('ggw7'), file(CSV)], { filter: { field: 'geoitem', prefix: '34022' } }, { boundaries: { codeField: 'geoitem', nameField: 'naam' }, package: { title: 'Kortrijk wijken (test)' } });
  });

  it('gives the 14 Kortrijk wijken as level wijk, from Lambert 72 stated in the .prj', () => {
    expect(outcome.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(outcome.report.boundaries).toMatchObject({ crs: 'EPSG:31370', crsSource: 'prj', featuresInFile: 2767, selected: 14, areas: 14, refused: 0, level: 'wijk' });
    // The wijken licence asks for this credit; it becomes the package's attribution.
    expect(JSON.parse(outcome.files!.get('datapackage.json')!).sources[0].title).toMatch(/^Wijken voor omgevingsanalyse ©/);
  });

  it('matches the same areas as the shared Kortrijk wijken, within 0.5 % of area', async () => {
    const pkg = (await readPackage(createMemorySource('import', outcome.files!))).pkg!;
    const ours = pkg.levels.find((l) => l.level === 'wijk')!.areas.features;
    const shared = JSON.parse(readFileSync(WIJKEN, 'utf8')) as { features: { properties: { code: string }; geometry: Parameters<typeof measureArea>[0] }[] };
    expect(ours.map((f) => f.properties.code)).toEqual(shared.features.map((f) => f.properties.code).sort());
    for (const f of shared.features) {
      const mine = ours.find((o) => o.properties.code === f.properties.code)!;
      expect(Math.abs(measureArea(mine.geometry) / measureArea(f.geometry) - 1)).toBeLessThan(0.005);
    }
  });

  it('reads the Belgian CSV: decimal comma, thousands dots, Windows-1252, suppressed markers, a lower-case code', () => {
    expect(outcome.report.tables[0]).toMatchObject({ format: 'csv', delimiter: ';', decimal: ',', thousands: '.', encoding: 'windows-1252' });
    expect(outcome.report.matching).toMatchObject({ matchedCodes: 14, normalised: 1, unmatchedInTableCount: 1 });
    expect(outcome.report.matching!.unmatchedInTable[0]!.code).toBe('34022W99');
    const csv = outcome.files!.get('indicators.csv')!;
    expect(csv).toContain('34022W01,2024,gemiddeld_netto_inkomen,1912.5,');
    expect(csv).toContain('34022W05,2024,leefloongerechtigden,,suppressed');
    expect(csv).toContain('34022W07,2024,leefloongerechtigden,,suppressed');
    expect(csv).toContain('34022W04,2024,aandeel_werkzoekenden,5.9,');
    expect(outcome.report.indicators.find((d) => d.id === 'leefloongerechtigden')!.sensitive).toBe(true);
  });

  it.each(['folder', 'zip'])('saves as a %s that reopens identically', async (kind) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'wz-roundtrip-'));
    try {
      const target = path.join(dir, kind === 'zip' ? 'kortrijk.zip' : 'kortrijk');
      await writePackageToDisk(outcome.files!, target);
      const reopened = await readPackage(await openNodePackageSource(target));
      const inMemory = await readPackage(createMemorySource('import', outcome.files!));
      expect(reopened.ok).toBe(true);
      expect(snapshot(reopened.pkg!)).toEqual(snapshot(inMemory.pkg!));
      await expect(writePackageToDisk(outcome.files!, target)).rejects.toThrow(/already exists/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!hasRaw)('import of the Statbel fiscal-income zip as municipality indicators', () => {
  let outcome: ImportOutcome;
  beforeAll(async () => {
    outcome = await runImport([...layerFiles('gemeente'), file(STATBEL_ZIP)], {}, { boundaries: { codeField: 'geoitem', nameField: 'naam', level: 'municipality' } });
  }, 60_000);

  it('reads the pipe-separated text inside the zip and matches NIS codes to the 2025 municipalities', () => {
    expect(outcome.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(outcome.ok).toBe(true);
    const table = outcome.report.tables[0]!;
    expect(table).toMatchObject({ file: 'TF_PSNL_INC_TAX_MUNTY.zip/TF_PSNL_INC_TAX_MUNTY.txt', delimiter: '|', decimal: '.' });
    expect(table.rows).toBeGreaterThan(5000);
    expect(outcome.report.periods).toEqual([2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013]);
    // Brussels and Wallonia, and the municipalities merged since 2013, have no 2025 Flemish boundary.
    expect(outcome.report.matching!.matchedCodes).toBeGreaterThan(250);
    expect(outcome.report.matching!.unmatchedInTableCount).toBeGreaterThan(200);
    expect(outcome.problems.map((p) => p.code)).toContain('import-codes-unmatched-table');
  });

  it('keeps the published figures exactly (Aartselaar 2005; Kortrijk 2013)', () => {
    const csv = outcome.files!.get('indicators.csv')!;
    expect(csv).toContain('11001,2005,ms_nbr_non_zero_inc,8065,');
    expect(csv).toMatch(/\n34022,2013,ms_nbr_non_zero_inc,\d+,/);
  });
});
