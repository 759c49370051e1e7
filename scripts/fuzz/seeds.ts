import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { generateDemoPackage } from '../../data/demo';
import { createProject, serializeProject } from '../../data/project';

/** One file of a fuzz case (a case is one or more files: a package folder has many). */
export interface FuzzFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export const READERS = ['geojson', 'shapefile-zip', 'dbf', 'csv', 'xlsx', 'parquet', 'datapackage-folder', 'datapackage-zip', 'project'] as const;
export type ReaderName = (typeof READERS)[number];

/** Valid inputs per reader, each of which the reader accepts (tests check it): what mutations start from. */
export type Seeds = Readonly<Record<ReaderName, readonly (readonly FuzzFile[])[]>>;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixture = (relative: string, name = path.basename(relative)): FuzzFile => ({ name, bytes: new Uint8Array(readFileSync(path.join(ROOT, 'tests/fixtures/import', relative))) });
const text = (name: string, content: string): FuzzFile => ({ name, bytes: new TextEncoder().encode(content) });

/** A zip of the files, as a user would make it. */
export function zipFiles(name: string, files: readonly FuzzFile[]): FuzzFile {
  return { name, bytes: zipSync(Object.fromEntries(files.map((f) => [f.name, f.bytes])), { level: 6, mtime: new Date('2024-01-01T00:00:00Z') }) };
}

/**
 * The seeds: the Demostad package from the repo's own generator (its GeoJSON, the package as a folder and
 * as a zip, a project made on it) and the small import fixtures (shapefile, DBF, CSV, XLSX, Parquet).
 */
export function buildSeeds(): Seeds {
  const demo = [...generateDemoPackage().files].map(([name, content]) => text(name, content));
  const shapefile = ['shp', 'shx', 'dbf', 'prj', 'cpg'].map((ext) => fixture(`boundaries/lambert72/wijken.${ext}`));
  const project = { ...createProject({ path: 'demostad', name: 'Demostad', contentHash: 'ab'.repeat(32) }, 'nl', new Date('2024-06-30T12:00:00Z')), scenarios: [{ id: 's1', name: 'Basis', teamFte: { t1: 12.5 } }], activeScenarioId: 's1' };
  return {
    geojson: [[demo.find((f) => f.name === 'areas/wijken.geojson')!].map((f) => ({ ...f, name: 'wijken.geojson' })), [fixture('boundaries/geojson/lambert2008-3812.geojson')]],
    'shapefile-zip': [[fixture('boundaries/lambert72.zip')], [zipFiles('wijken.zip', shapefile)]],
    dbf: [[fixture('boundaries/lambert72/wijken.dbf')], [fixture('boundaries/cp1252-ldid/wijken.dbf')]],
    csv: [[fixture('tables/long.csv')], [fixture('tables/belgian-wide.csv')], [fixture('tables/quoted.csv')]],
    xlsx: [[fixture('tables/workbook.xlsx')]],
    parquet: [[fixture('tables/indicators-long.parquet')], [fixture('tables/indicators-gzip.parquet')]],
    'datapackage-folder': [demo],
    'datapackage-zip': [[zipFiles('demostad.zip', demo)]],
    project: [[text('demostad.wijkzicht', serializeProject(project))]],
  };
}
