import type { Position } from 'geojson';

/** What one shapefile record holds, as far as an areas layer is concerned. */
export type ShpShape =
  | { readonly kind: 'null' }
  /** A polygon record (types 5, 15, 25) with its rings as stored (x, y only); `rings` may be empty. */
  | { readonly kind: 'rings'; readonly rings: Position[][] }
  /** A record of another geometry type (points, lines, multipatch). */
  | { readonly kind: 'other'; readonly type: string }
  | { readonly kind: 'corrupt'; readonly detail: string; readonly detailNl: string };

export interface ShpFile {
  /** The shape type in the file header, as a name (`Polygon`, `PolygonZ`, `Point`, …). */
  readonly shapeType: string;
  /** The file's bounding box from its header: [minX, minY, maxX, maxY]. */
  readonly bbox: readonly [number, number, number, number];
  readonly recordCount: number;
  /** Whether the record offsets came from the .shx index or from walking the .shp. */
  readonly indexedBy: 'shx' | 'scan';
  /** Reads record `i` (0-based). */
  shape(i: number): ShpShape;
}

export type ShpReadResult = { readonly ok: true; readonly file: ShpFile } | { readonly ok: false; readonly detail: string; readonly detailNl: string };

const SHAPE_TYPES: Record<number, string> = {
  0: 'Null',
  1: 'Point',
  3: 'LineString',
  5: 'Polygon',
  8: 'MultiPoint',
  11: 'PointZ',
  13: 'LineStringZ',
  15: 'PolygonZ',
  18: 'MultiPointZ',
  21: 'PointM',
  23: 'LineStringM',
  25: 'PolygonM',
  28: 'MultiPointM',
  31: 'MultiPatch',
};

const POLYGON_TYPES = new Set([5, 15, 25]);

/**
 * Opens an ESRI shapefile's geometry (.shp, with its .shx index when there is one) for reading records on
 * demand, so a caller that filters on attributes first only decodes the shapes it keeps. Polygon records
 * (type 5, and PolygonZ/PolygonM 15/25 whose z and m values are ignored) give their rings as stored;
 * null shapes (type 0) and other types are reported as such, and a record whose lengths do not add up as
 * corrupt. Without .shx the records are found by walking the .shp. Byte order as in the ESRI white paper
 * (big-endian record headers, little-endian content).
 *
 * @example
 * const result = readShp(shpBytes, shxBytes);
 * if (result.ok) result.file.shape(0); // { kind: 'rings', rings: [[[x, y], …]] }
 */
export function readShp(shp: Uint8Array, shx: Uint8Array | undefined): ShpReadResult {
  if (shp.length < 100) return { ok: false, detail: 'the .shp is shorter than its 100-byte header', detailNl: 'de .shp is korter dan haar kop van 100 bytes' };
  const view = new DataView(shp.buffer, shp.byteOffset, shp.byteLength);
  const fileCode = view.getInt32(0, false);
  const version = view.getInt32(28, true);
  if (fileCode !== 9994 || version !== 1000) {
    return { ok: false, detail: `it is not a shapefile (file code ${fileCode}, version ${version})`, detailNl: `het is geen shapefile (bestandscode ${fileCode}, versie ${version})` };
  }
  const typeCode = view.getInt32(32, true);
  const shapeType = SHAPE_TYPES[typeCode] ?? `type ${typeCode}`;
  const bbox = [view.getFloat64(36, true), view.getFloat64(44, true), view.getFloat64(52, true), view.getFloat64(60, true)] as const;
  const end = Math.min(shp.length, view.getInt32(24, false) * 2 || shp.length);

  let offsets: number[];
  let indexedBy: 'shx' | 'scan';
  if (shx !== undefined && shx.length >= 100 && new DataView(shx.buffer, shx.byteOffset, shx.byteLength).getInt32(0, false) === 9994) {
    const index = new DataView(shx.buffer, shx.byteOffset, shx.byteLength);
    const count = Math.floor((shx.length - 100) / 8);
    offsets = new Array<number>(count);
    for (let i = 0; i < count; i++) offsets[i] = index.getInt32(100 + i * 8, false) * 2;
    indexedBy = 'shx';
  } else {
    offsets = [];
    for (let at = 100; at + 8 <= end; ) {
      offsets.push(at);
      const length = view.getInt32(at + 4, false) * 2;
      if (length < 0) break;
      at += 8 + length;
    }
    indexedBy = 'scan';
  }

  const shape = (i: number): ShpShape => {
    const at = offsets[i];
    if (at === undefined) throw new RangeError(`record ${i} is out of range (${offsets.length} records)`);
    if (at < 100 || at + 12 > shp.length) return corrupt(`the record starts outside the file (byte ${at})`, `het record begint buiten het bestand (byte ${at})`);
    const length = view.getInt32(at + 4, false) * 2;
    const start = at + 8;
    if (length < 4 || start + length > shp.length) return corrupt(`the record length ${length} runs past the end of the file`, `de recordlengte ${length} loopt voorbij het einde van het bestand`);
    const type = view.getInt32(start, true);
    if (type === 0) return { kind: 'null' };
    if (!POLYGON_TYPES.has(type)) return { kind: 'other', type: SHAPE_TYPES[type] ?? `type ${type}` };
    if (length < 44) return corrupt('the polygon record is shorter than its header', 'het polygoonrecord is korter dan zijn kop');
    const numParts = view.getInt32(start + 36, true);
    const numPoints = view.getInt32(start + 40, true);
    const pointsAt = start + 44 + 4 * numParts;
    if (numParts < 0 || numPoints < 0 || 44 + 4 * numParts + 16 * numPoints > length) {
      return corrupt(`${numParts} parts and ${numPoints} points do not fit in ${length} bytes`, `${numParts} delen en ${numPoints} punten passen niet in ${length} bytes`);
    }
    const rings: Position[][] = [];
    for (let p = 0; p < numParts; p++) {
      const first = view.getInt32(start + 44 + 4 * p, true);
      const last = p + 1 < numParts ? view.getInt32(start + 48 + 4 * p, true) : numPoints;
      if (first < 0 || last > numPoints || first > last) return corrupt(`part ${p} points outside the record (${first}–${last} of ${numPoints})`, `deel ${p} wijst buiten het record (${first}–${last} van ${numPoints})`);
      const ring: Position[] = new Array(last - first);
      for (let k = first, j = 0; k < last; k++, j++) {
        const o = pointsAt + 16 * k;
        const x = view.getFloat64(o, true);
        const y = view.getFloat64(o + 8, true);
        if (!Number.isFinite(x) || !Number.isFinite(y)) return corrupt(`point ${k} is not a pair of finite numbers (${x}, ${y})`, `punt ${k} is geen paar eindige getallen (${x}, ${y})`);
        ring[j] = [x, y];
      }
      rings.push(ring);
    }
    return { kind: 'rings', rings };
  };

  return { ok: true, file: { shapeType, bbox, recordCount: offsets.length, indexedBy, shape } };
}

function corrupt(detail: string, detailNl: string): ShpShape {
  return { kind: 'corrupt', detail, detailNl };
}
