import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { findSelfIntersections } from '../../geo/repair';
import { convertGeometry } from '../formats/geojson/convert-geometry';
import { repairRings } from '../formats/geojson/repair-rings';
import type { ResourceDescriptor } from './descriptor';
import { decodeText } from '../formats/text/decode-text';
import type { AreaLevel, AreaProperties } from './model';
import type { ProblemList } from '../problems';
import { typeTable, type TypedTable } from './type-table';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function firstOutOfRange(polygons: readonly Position[][][]): Position | null {
  for (const polygon of polygons) for (const ring of polygon) for (const p of ring) {
    if (!(Math.abs(p[0]!) <= 180) || !(Math.abs(p[1]!) <= 90)) return p;
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

/**
 * The features with a polygon geometry in WGS84, checked by the importer's own checks (`convertGeometry`,
 * `repairRings`, `findSelfIntersections`): malformed or deeply nested coordinates, rings of fewer than 4
 * positions and boundaries that cross themselves are refused with their index and code; open rings and
 * repeated positions are repaired (one warning per kind). Refused features are left out.
 */
function keepPolygonFeatures(rawFeatures: readonly unknown[], codeField: string, file: string, problems: ProblemList): KeptFeature[] {
  const kept: KeptFeature[] = [];
  const closed: string[] = [];
  const duplicates: string[] = [];
  let ringsClosed = 0;
  let verticesDropped = 0;
  rawFeatures.forEach((raw, index) => {
    const props = isObject(raw) && isObject(raw.properties) ? raw.properties : {};
    const code = String(props[codeField] ?? `#${index}`);
    const where = { label: code, labelField: codeField, fields: Object.keys(props).join(', ') };
    const geometry = isObject(raw) ? raw.geometry : null;
    if (!isObject(geometry)) {
      problems.error('geometry-null', file, { feature: index, params: { code } });
      return;
    }
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') {
      problems.error('geometry-type', file, { feature: index, params: { code, type: typeof geometry.type === 'string' ? geometry.type.slice(0, 40) : typeof geometry.type } });
      return;
    }
    const converted = convertGeometry(geometry);
    if (converted.kind === 'null') return void problems.error('geometry-null', file, { feature: index, params: { code } });
    if (converted.kind === 'empty') return void problems.error('boundary-geometry-empty', file, { feature: index, params: { ...where, type: converted.type } });
    if (converted.kind !== 'polygons') {
      const detail = converted.kind === 'invalid' ? { detail: converted.detail, detailNl: converted.detailNl } : { detail: 'not a polygon', detailNl: 'geen polygoon' };
      return void problems.error('boundary-geometry-invalid', file, { feature: index, params: { ...where, ...detail } });
    }
    const bad = firstOutOfRange(converted.polygons);
    if (bad) return void problems.error('geometry-coordinates', file, { feature: index, params: { code, sample: `${bad[0]}, ${bad[1]}` } });
    const repaired = repairRings(converted.polygons.flat());
    if (!repaired.ok) return void problems.error('boundary-ring-too-few-points', file, { feature: index, params: { ...where, ring: repaired.ring, positions: repaired.positions } });
    const crossing = findSelfIntersections(repaired.rings, 1)[0];
    if (crossing !== undefined) {
      const [lon, lat] = crossing.point;
      return void problems.error('boundary-self-intersection', file, { feature: index, params: { ...where, lon: lon.toFixed(5), lat: lat.toFixed(5), kind: crossing.kind } });
    }
    if (repaired.notes.some((n) => n.closed)) closed.push(code);
    if (repaired.notes.some((n) => n.duplicates > 0)) duplicates.push(code);
    for (const note of repaired.notes) {
      ringsClosed += note.closed ? 1 : 0;
      verticesDropped += note.duplicates;
    }
    let r = 0;
    const polygons = converted.polygons.map((polygon) => polygon.map(() => repaired.rings[r++]!));
    const checked: Polygon | MultiPolygon = converted.type === 'Polygon' ? { type: 'Polygon', coordinates: polygons[0]! } : { type: 'MultiPolygon', coordinates: polygons };
    kept.push({ index, feature: { type: 'Feature', properties: props, geometry: checked }, props });
  });
  const examples = (codes: readonly string[]) => codes.slice(0, 3).map((c) => `"${c}"`).join(', ');
  if (closed.length > 0) problems.warning('boundary-rings-closed', file, { params: { features: closed.length, rings: ringsClosed, examples: examples(closed) } });
  if (duplicates.length > 0) problems.warning('boundary-duplicate-vertices-removed', file, { params: { features: duplicates.length, vertices: verticesDropped, examples: examples(duplicates) } });
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
