import type { Position } from 'geojson';
import type { RawGeometry } from './raw-geometry';

export const GEOMETRY_TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection']);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Converts a GeoJSON geometry to what the boundary checks work on, validating the coordinate structure
 * without recursion (a position nested 200,000 arrays deep is described, not walked). Used by the importer
 * and by the package reader: one structure check for both.
 *
 * @example
 * convertGeometry({ type: 'Polygon', coordinates: [[[3.2, 50.8], [3.3, 50.8], [3.3, 50.9], [3.2, 50.8]]] });
 * // { kind: 'polygons', type: 'Polygon', polygons: [[[[3.2, 50.8], …]]] }
 * convertGeometry({ type: 'Polygon', coordinates: [5] }).kind; // 'invalid'
 */
export function convertGeometry(geometry: unknown): RawGeometry {
  if (geometry === null || geometry === undefined) return { kind: 'null' };
  if (!isObject(geometry) || typeof geometry.type !== 'string') {
    return { kind: 'invalid', detail: 'the geometry is not an object with a type', detailNl: 'de geometrie is geen object met een type' };
  }
  const type = geometry.type;
  if (type === 'GeometryCollection') {
    const parts = geometry.geometries;
    return Array.isArray(parts) && parts.length === 0 ? { kind: 'empty', type } : { kind: 'not-polygon', type };
  }
  if (type !== 'Polygon' && type !== 'MultiPolygon') {
    return GEOMETRY_TYPES.has(type) ? { kind: 'not-polygon', type } : { kind: 'invalid', detail: `unknown geometry type ${type}`, detailNl: `onbekend geometrietype ${type}` };
  }
  const coordinates = geometry.coordinates;
  if (!Array.isArray(coordinates)) return { kind: 'invalid', detail: 'coordinates is not an array', detailNl: 'coordinates is geen array' };
  if (coordinates.length === 0) return { kind: 'empty', type };
  const polygons: Position[][][] = [];
  const list = type === 'Polygon' ? [coordinates] : coordinates;
  for (let p = 0; p < list.length; p++) {
    const rings = list[p] as unknown;
    if (!Array.isArray(rings)) return invalid(`polygon ${p} is not an array of rings`, `polygoon ${p} is geen array van ringen`);
    if (rings.length === 0) return { kind: 'empty', type };
    const polygon: Position[][] = [];
    for (let r = 0; r < rings.length; r++) {
      const ring = rings[r] as unknown;
      if (!Array.isArray(ring)) return invalid(`ring ${r} is not an array of positions`, `ring ${r} is geen array van posities`);
      const out: Position[] = new Array(ring.length);
      for (let k = 0; k < ring.length; k++) {
        const position = ring[k] as unknown;
        const x = Array.isArray(position) ? position[0] : undefined;
        const y = Array.isArray(position) ? position[1] : undefined;
        if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) {
          const shown = describeShallow(position);
          return invalid(`position ${shown} in ring ${r} is not a pair of numbers`, `positie ${shown} in ring ${r} is geen paar getallen`);
        }
        out[k] = [x, y];
      }
      polygon.push(out);
    }
    polygons.push(polygon);
  }
  return { kind: 'polygons', type, polygons };
}

function invalid(detail: string, detailNl: string): RawGeometry {
  return { kind: 'invalid', detail, detailNl };
}

/** A value for a message, without walking into it: `[3.2, "x"]`, `an array of 3`, `"abc"`, `null`. */
function describeShallow(value: unknown): string {
  if (Array.isArray(value)) {
    const flat = value.length <= 3 && value.every((v) => v === null || typeof v !== 'object');
    return flat ? `[${value.map((v) => (typeof v === 'string' ? JSON.stringify(v.slice(0, 20)) : String(v))).join(', ')}]` : `an array of ${value.length}`;
  }
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 40));
  if (value !== null && typeof value === 'object') return 'an object';
  return String(value);
}
