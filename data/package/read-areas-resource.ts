import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { ResourceDescriptor } from './descriptor';
import { decodeText } from '../formats/text/decode-text';
import type { AreaLevel, AreaProperties } from './model';
import type { ProblemList } from '../problems';
import { typeTable, type TypedTable } from './type-table';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function firstOutOfRange(geometry: Polygon | MultiPolygon): Position | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const polygon of polygons) for (const ring of polygon) for (const p of ring) {
    const [lon, lat] = p;
    if (typeof lon !== 'number' || typeof lat !== 'number' || !(Math.abs(lon) <= 180) || !(Math.abs(lat) <= 90)) return p;
  }
  return null;
}

/**
 * Reads an `areas` resource: a GeoJSON FeatureCollection of Polygon/MultiPolygon features in WGS84 whose
 * properties follow the resource schema. The primary key (default `code`) becomes `properties.code`,
 * `name` becomes `properties.name`. Features with no geometry, a non-polygon geometry or projected
 * coordinates are reported (with feature index and code) and left out.
 */
export function readAreasResource(resource: ResourceDescriptor, bytes: Uint8Array, problems: ProblemList): AreaLevel | null {
  const file = resource.path;
  let json: unknown;
  try {
    json = JSON.parse(decodeText(bytes).text);
  } catch (error) {
    problems.error('geojson-structure', file, { params: { detail: `invalid JSON (${error instanceof Error ? error.message : String(error)})` } });
    return null;
  }
  if (!isObject(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    problems.error('geojson-structure', file, { params: { detail: isObject(json) ? `type is ${String(json.type)}` : 'not an object' } });
    return null;
  }
  const codeField = resource.schema.primaryKey[0] ?? 'code';
  for (const required of [codeField, 'name']) {
    if (!resource.schema.fields.some((f) => f.name === required)) {
      problems.error('column-missing', file, { field: required, params: { column: required, where: 'required in schema.fields of an areas resource' } });
      return null;
    }
  }
  const kept = keepPolygonFeatures(json.features as unknown[], codeField, file, problems);
  const table = typeTable(
    file,
    resource.schema,
    [...propertiesOf(kept, resource, codeField, problems)],
    kept.map((k) => ({ origin: k.index, get: (column: string) => k.props[column] })),
    'feature',
    problems,
  );
  if (!table) return null;
  return { level: resource.level!, resource, areas: { type: 'FeatureCollection', features: toAreaFeatures(kept, table, resource, codeField) } };
}

/** A feature that passed the geometry checks, with its index in the file and its raw properties. */
interface KeptFeature {
  readonly index: number;
  readonly feature: Feature<Polygon | MultiPolygon>;
  readonly props: Record<string, unknown>;
}

/** The features with a polygon geometry in WGS84; the others are reported with their index and code and left out. */
function keepPolygonFeatures(rawFeatures: readonly unknown[], codeField: string, file: string, problems: ProblemList): KeptFeature[] {
  const kept: KeptFeature[] = [];
  rawFeatures.forEach((raw, index) => {
    const props = isObject(raw) && isObject(raw.properties) ? raw.properties : {};
    const code = String(props[codeField] ?? `#${index}`);
    const geometry = isObject(raw) ? raw.geometry : null;
    if (!isObject(geometry)) {
      problems.error('geometry-null', file, { feature: index, params: { code } });
      return;
    }
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') {
      problems.error('geometry-type', file, { feature: index, params: { code, type: String(geometry.type) } });
      return;
    }
    if (!Array.isArray(geometry.coordinates)) {
      problems.error('geometry-null', file, { feature: index, params: { code } });
      return;
    }
    const bad = firstOutOfRange(geometry as unknown as Polygon | MultiPolygon);
    if (bad) {
      problems.error('geometry-coordinates', file, { feature: index, params: { code, sample: `${bad[0]}, ${bad[1]}` } });
      return;
    }
    kept.push({ index, feature: raw as Feature<Polygon | MultiPolygon>, props });
  });
  return kept;
}

/**
 * The property names present on the kept features. A property missing on some features is reported per
 * feature by typeTable as an empty value only when required; missing properties are reported here
 * explicitly so the user sees which feature lacks it.
 */
function propertiesOf(kept: readonly KeptFeature[], resource: ResourceDescriptor, codeField: string, problems: ProblemList): Set<string> {
  const file = resource.path;
  const available = new Set<string>();
  for (const k of kept) for (const key of Object.keys(k.props)) available.add(key);
  for (const field of resource.schema.fields) {
    for (const k of kept) {
      if (!(field.name in k.props)) {
        problems.error('property-missing', file, { feature: k.index, field: field.name, params: { property: field.name, code: String(k.props[codeField] ?? '') } });
        available.add(field.name);
      }
    }
  }
  return available;
}

/** The area features with typed properties plus `code`, `name` and `level`; the first feature of a code only. */
function toAreaFeatures(kept: readonly KeptFeature[], table: TypedTable, resource: ResourceDescriptor, codeField: string): Feature<Polygon | MultiPolygon, AreaProperties>[] {
  const codes = table.columns.get(codeField)!;
  const names = table.columns.get('name')!;
  const features: Feature<Polygon | MultiPolygon, AreaProperties>[] = [];
  const seen = new Set<string>();
  kept.forEach((k, i) => {
    const code = codes[i];
    // Null and duplicate codes were reported by typeTable; keep the first feature of a code.
    if (code === null || code === undefined || seen.has(String(code))) return;
    seen.add(String(code));
    const typed: Record<string, unknown> = {};
    for (const field of resource.schema.fields) typed[field.name] = table.columns.get(field.name)![i];
    features.push({
      type: 'Feature',
      geometry: k.feature.geometry,
      properties: { ...typed, code: String(code), name: String(names[i] ?? code), level: resource.level! },
    });
  });
  return features;
}
