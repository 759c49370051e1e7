import { ZipLimitError, unzipCapped } from '../formats/zip/unzip-capped';
import type { ProblemList } from '../problems';
import { baseName, extensionOf, type InputFile } from './input-file';

const BOUNDARY_EXTENSIONS = new Set(['shp', 'shx', 'dbf', 'prj', 'cpg', 'geojson', 'json']);
const TABLE_EXTENSIONS = new Set(['csv', 'tsv', 'txt', 'xlsx', 'parquet']);

export interface ClassifiedFiles {
  /** Shapefile parts, shapefile .zips and GeoJSON: for `readBoundaryFiles`. */
  readonly boundaries: readonly InputFile[];
  /** CSV/TSV/TXT/XLSX/Parquet, including those unpacked from a .zip (named `archive.zip/inner.txt`). */
  readonly tables: readonly InputFile[];
}

/**
 * Sorts the files a user gave into boundaries and tables. A .zip holding a shapefile goes to the boundary
 * reader as it is; a .zip holding tables (like Statbel's downloads) is unpacked. Anything else is reported.
 *
 * @example
 * classifyInputFiles([{ name: 'ggw7.shp', bytes }, { name: 'cijfers.csv', bytes }], problems)
 */
export function classifyInputFiles(files: readonly InputFile[], problems: ProblemList): ClassifiedFiles {
  const boundaries: InputFile[] = [];
  const tables: InputFile[] = [];
  for (const file of files) {
    const ext = extensionOf(file.name);
    if (ext === 'zip') {
      let entries: Record<string, Uint8Array>;
      try {
        entries = unzipCapped(file.bytes);
      } catch (error) {
        if (error instanceof ZipLimitError && error.aboutSize) {
          problems.error('zip-too-large', file.name, { params: { entry: error.entry ?? baseName(file.name) } });
          continue;
        }
        problems.error('import-file-unknown', file.name, { params: { name: `${baseName(file.name)} (${error instanceof Error ? error.message : String(error)})` } });
        continue;
      }
      const names = Object.keys(entries);
      if (names.some((n) => ['shp', 'geojson'].includes(extensionOf(n)))) {
        boundaries.push(file);
        continue;
      }
      const inner = names.filter((n) => TABLE_EXTENSIONS.has(extensionOf(n)));
      if (inner.length === 0) problems.error('import-file-unknown', file.name, { params: { name: baseName(file.name) } });
      for (const name of inner) tables.push({ name: `${baseName(file.name)}/${name}`, bytes: entries[name]! });
    } else if (BOUNDARY_EXTENSIONS.has(ext)) boundaries.push(file);
    else if (TABLE_EXTENSIONS.has(ext)) tables.push(file);
    else problems.error('import-file-unknown', file.name, { params: { name: baseName(file.name) } });
  }
  return { boundaries, tables };
}

