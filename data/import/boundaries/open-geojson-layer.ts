import { decodeText } from '../../formats/text/decode-text';
import type { ProblemList } from '../../problems';
import { GEOMETRY_TYPES, convertGeometry } from '../../formats/geojson/convert-geometry';
import type { BoundaryField, BoundaryFieldType, BoundaryValue, DeclaredCrs, RawLayer } from './boundary-layer';

export { convertGeometry } from '../../formats/geojson/convert-geometry';
import { identifyGeojsonCrs } from './identify-geojson-crs';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

interface RawFeature {
  readonly properties: Record<string, unknown>;
  readonly geometry: unknown;
  /** Set when the array entry is not a GeoJSON Feature at all. */
  readonly notAFeature?: string;
}

/**
 * Opens a GeoJSON file as a boundary layer: a FeatureCollection (RFC 7946 or the 2008 version with a `crs`
 * member), a single Feature, or a bare geometry. Bytes are decoded as UTF-8 (a BOM is dropped; invalid
 * UTF-8 is read as Windows-1252 with an `encoding` warning). Field types are inferred over all features:
 * booleans, integers, numbers, or text when values are text or mixed (numbers then become text too, nested
 * objects become JSON text). Geometries are converted on demand.
 *
 * Returns null after reporting when the file is not JSON or not GeoJSON.
 *
 * @example
 * const layer = openGeojsonLayer('wijken.geojson', bytes, problems);
 * layer?.geometry(0); // { kind: 'polygons', type: 'Polygon', polygons: [[[[3.22, 50.76], …]]] }
 */
export function openGeojsonLayer(file: string, bytes: Uint8Array, problems: ProblemList): RawLayer | null {
  const decoded = decodeText(bytes);
  if (decoded.encoding !== 'utf-8') problems.warning('geojson-not-utf8', file);
  let json: unknown;
  try {
    json = JSON.parse(decoded.text);
  } catch (error) {
    problems.error('geojson-invalid-json', file, { params: { detail: error instanceof Error ? error.message : String(error) } });
    return null;
  }
  let raw: RawFeature[];
  if (isObject(json) && json.type === 'FeatureCollection' && Array.isArray(json.features)) {
    raw = json.features.map((f: unknown) =>
      isObject(f) && (f.type === 'Feature' || f.type === undefined) && 'geometry' in f
        ? { properties: isObject(f.properties) ? f.properties : {}, geometry: f.geometry }
        : { properties: isObject(f) && isObject(f.properties) ? f.properties : {}, geometry: null, notAFeature: isObject(f) ? `type ${String(f.type)}` : JSON.stringify(f)?.slice(0, 40) ?? 'undefined' },
    );
  } else if (isObject(json) && json.type === 'Feature') {
    raw = [{ properties: isObject(json.properties) ? json.properties : {}, geometry: json.geometry ?? null }];
  } else if (isObject(json) && typeof json.type === 'string' && GEOMETRY_TYPES.has(json.type)) {
    raw = [{ properties: {}, geometry: json }];
  } else {
    const type = isObject(json) ? (json.type === undefined ? 'missing' : JSON.stringify(json.type)) : Array.isArray(json) ? 'an array' : typeof json;
    problems.error('geojson-not-geojson', file, { params: { type } });
    return null;
  }

  const fields = inferFields(raw);
  const typeOf = new Map(fields.map((f) => [f.name, f.type]));
  const normalise = (value: unknown, type: BoundaryFieldType | undefined): BoundaryValue => {
    if (value === null || value === undefined) return null;
    if (type === 'string') return typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
    return value as BoundaryValue;
  };
  const declaredCrs: DeclaredCrs | null = (() => {
    if (!isObject(json) || json.crs === undefined || json.crs === null) return null;
    const id = identifyGeojsonCrs(json.crs);
    return id.ok ? { ok: true, code: id.code, name: id.name, source: 'geojson-crs' } : { ok: false, name: id.name, source: 'geojson-crs', file };
  })();

  return {
    file,
    format: 'geojson',
    fields,
    featureCount: raw.length,
    declaredCrs,
    value: (i, field) => normalise(raw[i]!.properties[field], typeOf.get(field)),
    properties(i) {
      const props = raw[i]!.properties;
      const out: Record<string, BoundaryValue> = {};
      for (const f of fields) out[f.name] = normalise(props[f.name], f.type);
      return out;
    },
    geometry(i) {
      const feature = raw[i]!;
      if (feature.notAFeature !== undefined) {
        return { kind: 'invalid', detail: `the entry is not a GeoJSON Feature (${feature.notAFeature})`, detailNl: `het element is geen GeoJSON Feature (${feature.notAFeature})` };
      }
      return convertGeometry(feature.geometry);
    },
    skipped: () => false,
  };
}

function inferFields(raw: readonly RawFeature[]): BoundaryField[] {
  const kinds = new Map<string, Set<string>>();
  for (const feature of raw) {
    for (const [key, value] of Object.entries(feature.properties)) {
      let set = kinds.get(key);
      if (set === undefined) kinds.set(key, (set = new Set()));
      if (value === null || value === undefined) continue;
      if (typeof value === 'number') set.add(Number.isInteger(value) ? 'integer' : 'number');
      else if (typeof value === 'boolean') set.add('boolean');
      else set.add('string');
    }
  }
  return [...kinds].map(([name, set]) => {
    let type: BoundaryFieldType = 'string';
    if (set.size === 1 && (set.has('boolean') || set.has('integer') || set.has('number'))) type = [...set][0] as BoundaryFieldType;
    else if (set.size === 2 && set.has('integer') && set.has('number')) type = 'number';
    return { name, type };
  });
}
