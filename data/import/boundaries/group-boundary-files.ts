import { ZipLimitError, unzipCapped } from '../../formats/zip/unzip-capped';
import type { ProblemList } from '../../problems';
import { baseName, extensionOf, type InputFile } from '../input-file';
import type { ShapefileParts } from './open-shapefile-layer';

export type BoundaryFileGroup =
  | { readonly kind: 'shapefile'; readonly parts: ShapefileParts }
  | { readonly kind: 'geojson'; readonly name: string; readonly file: InputFile };

const SHAPEFILE_PARTS = new Set(['shp', 'shx', 'dbf', 'prj', 'qpj', 'cpg']);
const GEOJSON = new Set(['geojson', 'json']);
/** Companions of a shapefile that carry nothing Wijkzicht needs (spatial indexes, metadata, styles). */
const IGNORED = new Set(['xml', 'sbn', 'sbx', 'qix', 'fix', 'qmd', 'cst', 'atx', 'ain', 'aih', 'ixs', 'mxs', 'qml', 'sld', 'lyr', 'lyrx']);
/** Refuse archives whose boundary files would exceed this once unpacked (zip bombs). */

/**
 * Groups chosen files into layers: a .shp with its siblings of the same name (case-insensitive, same folder),
 * each .geojson/.json on its own, and the contents of each .zip (grouped the same way, named
 * `archive.zip/inner/path`). Shapefile companions that are not needed (.sbn, .shp.xml, …) are skipped; other
 * loose files are reported as unsupported, while unrelated files inside a .zip (a readme, a licence) are
 * passed over. Siblings without their .shp are reported.
 *
 * @example
 * groupBoundaryFiles([{ name: 'ggw7.shp', bytes }, { name: 'ggw7.dbf', bytes }, { name: 'ggw7.prj', bytes }], problems);
 * // [{ kind: 'shapefile', parts: { name: 'ggw7.shp', shp, dbf, prj } }]
 */
export function groupBoundaryFiles(files: readonly InputFile[], problems: ProblemList): BoundaryFileGroup[] {
  return group(files, problems, false);
}

function group(files: readonly InputFile[], problems: ProblemList, insideZip: boolean): BoundaryFileGroup[] {
  const groups: BoundaryFileGroup[] = [];
  const stems = new Map<string, Map<string, InputFile>>();
  const order: string[] = [];
  for (const file of files) {
    const extension = extensionOf(file.name);
    if (extension === 'zip' && !insideZip) {
      groups.push(...unzip(file, problems));
    } else if (GEOJSON.has(extension)) {
      groups.push({ kind: 'geojson', name: file.name, file });
    } else if (SHAPEFILE_PARTS.has(extension)) {
      const stem = file.name.slice(0, file.name.length - extension.length - 1).toLowerCase();
      let parts = stems.get(stem);
      if (parts === undefined) {
        stems.set(stem, (parts = new Map()));
        order.push(stem);
      }
      parts.set(extension, file);
    } else if (!insideZip && !IGNORED.has(extension)) {
      problems.error('boundary-file-unsupported', file.name, { params: { extension: extension || '(none)' } });
    }
  }
  for (const stem of order) {
    const parts = stems.get(stem)!;
    const shp = parts.get('shp');
    if (shp === undefined) {
      const present = [...parts.values()].map((f) => baseName(f.name)).join(', ');
      const base = baseName([...parts.values()][0]!.name).replace(/\.[^.]*$/, '');
      problems.error('shapefile-shp-missing', [...parts.values()][0]!.name, { params: { present, base } });
      continue;
    }
    const pick = (ext: string) => parts.get(ext);
    groups.push({
      kind: 'shapefile',
      parts: {
        name: shp.name,
        shp,
        ...optional('shx', pick('shx')),
        ...optional('dbf', pick('dbf')),
        ...optional('prj', pick('prj')),
        ...optional('qpj', pick('qpj')),
        ...optional('cpg', pick('cpg')),
      },
    });
  }
  return groups;
}

const optional = <K extends string>(key: K, file: InputFile | undefined): Partial<Record<K, InputFile>> =>
  file === undefined ? {} : ({ [key]: file } as Record<K, InputFile>);

function unzip(archive: InputFile, problems: ProblemList): BoundaryFileGroup[] {
  const names: string[] = [];
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipCapped(archive.bytes, {
      filter: (name) => {
        names.push(name);
        const extension = extensionOf(name);
        return SHAPEFILE_PARTS.has(extension) || GEOJSON.has(extension);
      },
    });
  } catch (error) {
    if (error instanceof ZipLimitError && error.aboutSize) problems.error('zip-too-large', archive.name, { params: { entry: error.entry ?? baseName(archive.name) } });
    else problems.error('zip-unreadable', archive.name, { params: { detail: error instanceof Error ? error.message : String(error) } });
    return [];
  }
  const inner = Object.entries(entries).map(([name, bytes]) => ({ name: `${archive.name}/${name}`, bytes }));
  const groups = group(inner, problems, true);
  if (groups.length === 0 && !inner.some((f) => SHAPEFILE_PARTS.has(extensionOf(f.name)))) {
    problems.error('zip-no-layer', archive.name, { params: { entries: names.slice(0, 8).join(', ') + (names.length > 8 ? ', …' : '') } });
  }
  return groups;
}
