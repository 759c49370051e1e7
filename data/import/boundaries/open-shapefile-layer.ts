import { decodeText } from '../../formats/text/decode-text';
import type { ProblemList } from '../../problems';
import type { InputFile } from '../input-file';
import type { DeclaredCrs, RawLayer } from './boundary-layer';
import { identifyWktCrs } from '../../formats/wkt/identify-wkt-crs';
import { readDbf } from '../../formats/dbf/read-dbf';
import { readShp } from '../../formats/shp/read-shp';

/** The files of one shapefile, by extension; `name` is the display name of the .shp. */
export interface ShapefileParts {
  readonly name: string;
  readonly shp: InputFile;
  readonly shx?: InputFile;
  readonly dbf?: InputFile;
  readonly prj?: InputFile;
  /** QGIS's companion to the .prj (OGC WKT); used when there is no .prj. */
  readonly qpj?: InputFile;
  readonly cpg?: InputFile;
}

/**
 * Opens a shapefile (the .shp with its .shx, .dbf, .prj and .cpg siblings) as a boundary layer. A missing
 * .dbf is an error (no attributes, so no codes); a missing .shx a warning (records are found by walking the
 * .shp); a missing .prj leaves the coordinate system to the caller's rules. Shape and record counts that
 * differ are an error; the shorter count is read. Deleted .dbf records are left out with one warning.
 *
 * Returns null after reporting when the layer cannot be read at all.
 *
 * @example
 * const layer = openShapefileLayer({ name: 'ggw7.shp', shp, shx, dbf, prj, cpg }, problems);
 * layer?.properties(0); // { geoitem: '11001W01', naam: 'Aartselaar' }
 */
export function openShapefileLayer(parts: ShapefileParts, problems: ProblemList): RawLayer | null {
  const stem = parts.name.replace(/\.shp$/i, '');
  if (parts.dbf === undefined) {
    problems.error('shapefile-dbf-missing', parts.name, { params: { missing: `${baseOf(stem)}.dbf`, shp: baseOf(parts.name) } });
    return null;
  }
  if (parts.shx === undefined) problems.warning('shapefile-shx-missing', parts.name, { params: { missing: `${baseOf(stem)}.shx`, shp: baseOf(parts.name) } });
  const shp = readShp(parts.shp.bytes, parts.shx?.bytes);
  if (!shp.ok) {
    problems.error('shapefile-corrupt', parts.name, { params: { detail: shp.detail, detailNl: shp.detailNl } });
    return null;
  }
  const dbfName = displayName(parts, parts.dbf);
  const cpgName = parts.cpg ? displayName(parts, parts.cpg) : undefined;
  const cpg = parts.cpg ? decodeText(parts.cpg.bytes).text : undefined;
  const table = readDbf({ dbfName, bytes: parts.dbf.bytes, ...(cpg !== undefined ? { cpg } : {}), ...(cpgName !== undefined ? { cpgName } : {}) }, problems);
  if (table === null) return null;
  let count = shp.file.recordCount;
  if (table.recordCount !== count) {
    problems.error('shapefile-count-mismatch', parts.name, { params: { shapes: count, records: table.recordCount } });
    count = Math.min(count, table.recordCount);
  }
  let deleted = 0;
  for (let i = 0; i < count; i++) if (table.isDeleted(i)) deleted++;
  if (deleted > 0) problems.warning('dbf-records-deleted', dbfName, { params: { count: deleted } });

  const prj = parts.prj ?? parts.qpj;
  const declaredCrs: DeclaredCrs | null = (() => {
    if (prj === undefined) return null;
    const id = identifyWktCrs(decodeText(prj.bytes).text);
    return id.ok ? { ok: true, code: id.code, name: id.name, source: 'prj' } : { ok: false, name: id.name, source: 'prj', file: displayName(parts, prj) };
  })();
  const byName = new Map(table.fields.map((f) => [f.name, f]));
  const fields = table.fields.map((f) => ({ name: f.name, type: f.type }));

  return {
    file: parts.name,
    format: 'shapefile',
    fields,
    featureCount: count,
    declaredCrs,
    value(i, field) {
      const f = byName.get(field);
      return f === undefined ? null : table.value(i, f);
    },
    properties: (i) => table.record(i),
    geometry(i) {
      const shape = shp.file.shape(i);
      switch (shape.kind) {
        case 'null':
          return { kind: 'null' };
        case 'other':
          return { kind: 'not-polygon', type: shape.type };
        case 'corrupt':
          return { kind: 'invalid', detail: shape.detail, detailNl: shape.detailNl, corruptRecord: true };
        case 'rings':
          return shape.rings.length === 0 || shape.rings.every((r) => r.length === 0) ? { kind: 'empty', type: 'Polygon' } : { kind: 'esri-rings', rings: shape.rings };
      }
    },
    skipped: (i) => table.isDeleted(i),
  };
}

const baseOf = (name: string): string => name.split(/[\\/]/).pop() ?? name;

/** The display name of a sibling: beside the .shp's display name (same folder or archive). */
function displayName(parts: ShapefileParts, file: InputFile): string {
  const folder = parts.name.slice(0, parts.name.length - baseOf(parts.name).length);
  return folder + baseOf(file.name);
}
