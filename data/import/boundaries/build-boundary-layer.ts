import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { assembleEsriRings } from '../../../geo/geometry';
import { findSelfIntersections, orientRingsRfc7946 } from '../../../geo/repair';
import { repairRings } from '../../formats/geojson/repair-rings';
import { ReprojectionMemo, reprojectGeometry, reprojectPoint } from '../../../geo/crs';
import type { ProblemList } from '../../problems';
import type { BoundaryLayer, BoundaryReadOptions, BoundaryRepair, BoundaryValue, RawLayer } from './boundary-layer';
import { resolveLayerCrs } from './resolve-layer-crs';

/** A feature that passed the structural checks, in source coordinates, waiting for the CRS. */
interface Pending {
  readonly index: number;
  readonly properties: Record<string, BoundaryValue>;
  readonly where: Readonly<Record<string, string>>;
  readonly type: 'Polygon' | 'MultiPolygon';
  readonly polygons: Position[][][];
  readonly repairs: BoundaryRepair[];
}

const EXAMPLES = 3;

/**
 * Turns an opened layer into a BoundaryLayer: selects features by `options.filter` first (so only those are
 * decoded and checked), refuses null, empty, non-polygon and malformed geometries and rings of fewer than 4
 * positions (one error each), repairs what is safe (closes rings, drops repeated vertices; shapefile rings
 * are assembled by the ESRI rule), settles the coordinate system, refuses boundaries that cross themselves
 * (the error names the spot in lon/lat), reprojects to WGS84 and puts rings in RFC 7946 winding. Repairs are
 * listed per feature in `repairs` and summarised in one warning per kind.
 *
 * Returns null after reporting when the layer as a whole cannot be used (no features, unknown filter field,
 * nothing matching the filter, no usable coordinate system).
 *
 * @example
 * const layer = buildBoundaryLayer(openShapefileLayer(parts, problems)!, { filter: { field: 'geoitem', prefix: '34022' } }, problems);
 * layer?.features.length; // 14
 */
export function buildBoundaryLayer(raw: RawLayer, options: BoundaryReadOptions, problems: ProblemList): BoundaryLayer | null {
  const file = raw.file;
  if (raw.featureCount === 0) {
    problems.error('boundary-no-features', file);
    return null;
  }
  const indices = selectFeatures(raw, options, problems);
  if (indices === null) return null;

  const fieldList = raw.fields.map((f) => f.name).join(', ');
  const textFields = raw.fields.filter((f) => f.type === 'string').map((f) => f.name);
  const pending: Pending[] = [];
  const extent: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const index of indices) {
    const properties = raw.properties(index);
    const labelField = textFields.find((name) => typeof properties[name] === 'string' && properties[name] !== '');
    const where: Record<string, string> = labelField === undefined ? { fields: fieldList } : { label: properties[labelField] as string, labelField, fields: fieldList };
    const checked = checkStructure(raw, index, where, problems);
    if (checked === null) continue;
    for (const polygon of checked.polygons) for (const ring of polygon) for (const p of ring) {
      const x = p[0] as number;
      const y = p[1] as number;
      if (x < extent[0]) extent[0] = x;
      if (y < extent[1]) extent[1] = y;
      if (x > extent[2]) extent[2] = x;
      if (y > extent[3]) extent[3] = y;
    }
    pending.push({ index, properties, where, ...checked });
  }

  const first = pending[0]?.polygons[0]?.[0]?.[0];
  const crs = resolveLayerCrs(
    {
      file,
      format: raw.format,
      declared: raw.declaredCrs,
      chosen: options.crs,
      extent: pending.length > 0 ? (extent) : null,
      sample: first ? formatPair(first[0] as number, first[1] as number) : '',
    },
    problems,
  );
  if (crs === null) return null;

  const features: Feature<Polygon | MultiPolygon, Record<string, BoundaryValue>>[] = [];
  const sourceIndex: number[] = [];
  const repairs: BoundaryRepair[] = [];
  // Neighbours share their boundary vertices: each is transformed once for the layer, not once per feature.
  const memo = new ReprojectionMemo();
  for (const item of pending) {
    const rings = item.polygons.flat();
    const crossing = findSelfIntersections(rings, 1)[0];
    if (crossing !== undefined) {
      const [lon, lat] = toLonLat(crossing.point, crs.code);
      problems.error('boundary-self-intersection', file, { feature: item.index, params: { ...item.where, lon, lat, kind: crossing.kind } });
      continue;
    }
    let polygons = item.polygons;
    if (crs.code !== 'EPSG:4326') {
      try {
        polygons = reprojectGeometry({ type: 'MultiPolygon', coordinates: polygons }, crs.code, memo).coordinates;
      } catch {
        const p = rings[0]![0]!;
        problems.error('reprojection-failed', file, { feature: item.index, params: { ...item.where, sample: formatPair(p[0] as number, p[1] as number), crs: crs.code } });
        continue;
      }
    }
    const oriented = orientRingsRfc7946(polygons);
    for (const ring of oriented.reversed) item.repairs.push({ feature: item.index, kind: 'rewound', ring });
    const geometry: Polygon | MultiPolygon =
      item.type === 'Polygon' ? { type: 'Polygon', coordinates: oriented.polygons[0]! } : { type: 'MultiPolygon', coordinates: oriented.polygons };
    features.push({ type: 'Feature', properties: item.properties, geometry });
    sourceIndex.push(item.index);
    repairs.push(...item.repairs);
  }
  summariseRepairs(file, repairs, pending, problems);
  return { file, crs, fields: raw.fields, features, sourceIndex, repairs, featureCountInFile: raw.featureCount, featureCountSelected: indices.length };
}

function selectFeatures(raw: RawLayer, options: BoundaryReadOptions, problems: ProblemList): number[] | null {
  const indices: number[] = [];
  const filter = options.filter;
  if (filter === undefined) {
    for (let i = 0; i < raw.featureCount; i++) if (!raw.skipped(i)) indices.push(i);
    return indices;
  }
  if (!raw.fields.some((f) => f.name === filter.field)) {
    problems.error('filter-field-missing', raw.file, { field: filter.field, params: { field: filter.field, fields: raw.fields.map((f) => f.name).join(', ') } });
    return null;
  }
  const examples = new Set<string>();
  for (let i = 0; i < raw.featureCount; i++) {
    if (raw.skipped(i)) continue;
    const value = raw.value(i, filter.field);
    if (value === null) continue;
    const text = String(value);
    if (text.startsWith(filter.prefix)) indices.push(i);
    else if (examples.size < EXAMPLES) examples.add(text);
  }
  if (indices.length === 0) {
    problems.error('filter-no-match', raw.file, { field: filter.field, params: { field: filter.field, prefix: filter.prefix, examples: [...examples].join(', ') } });
    return null;
  }
  return indices;
}

/** Refuses what cannot be an area and repairs rings; returns the polygons in source coordinates. */
function checkStructure(
  raw: RawLayer,
  index: number,
  where: Readonly<Record<string, string>>,
  problems: ProblemList,
): { type: 'Polygon' | 'MultiPolygon'; polygons: Position[][][]; repairs: BoundaryRepair[] } | null {
  const file = raw.file;
  const geometry = raw.geometry(index);
  switch (geometry.kind) {
    case 'null':
      problems.error('boundary-geometry-null', file, { feature: index, params: where });
      return null;
    case 'empty':
      problems.error('boundary-geometry-empty', file, { feature: index, params: { ...where, type: geometry.type } });
      return null;
    case 'not-polygon':
      problems.error('boundary-geometry-not-polygon', file, { feature: index, params: { ...where, type: geometry.type } });
      return null;
    case 'invalid':
      problems.error(geometry.corruptRecord ? 'shapefile-record-corrupt' : 'boundary-geometry-invalid', file, {
        feature: index,
        params: { ...where, detail: geometry.detail, detailNl: geometry.detailNl },
      });
      return null;
    default:
      break;
  }
  const inputRings = geometry.kind === 'esri-rings' ? geometry.rings : geometry.polygons.flat();
  const result = repairRings(inputRings);
  if (!result.ok) {
    problems.error('boundary-ring-too-few-points', file, { feature: index, params: { ...where, ring: result.ring, positions: result.positions } });
    return null;
  }
  const repaired = result.rings;
  const ringRepairs = result.notes;
  let polygons: Position[][][];
  let type: 'Polygon' | 'MultiPolygon';
  const repairs: BoundaryRepair[] = [];
  // Output ring index of each input ring (the ESRI assembly reorders rings; GeoJSON keeps their order).
  let outputRing: (r: number) => number = (r) => r;
  if (geometry.kind === 'esri-rings') {
    const assembly = assembleEsriRings(repaired);
    polygons = assembly.polygons;
    type = polygons.length === 1 ? 'Polygon' : 'MultiPolygon';
    const position = new Map(assembly.sourceRing.map((source, output) => [source, output]));
    outputRing = (r) => position.get(r)!;
    for (const orphan of assembly.orphanHoles) repairs.push({ feature: index, kind: 'rewound', ring: outputRing(orphan) });
  } else {
    let r = 0;
    polygons = geometry.polygons.map((polygon) => polygon.map(() => repaired[r++]!));
    type = geometry.type;
  }
  for (const { ring, closed, duplicates } of ringRepairs) {
    if (closed) repairs.push({ feature: index, kind: 'ring-closed', ring: outputRing(ring) });
    if (duplicates > 0) repairs.push({ feature: index, kind: 'duplicate-vertex-removed', ring: outputRing(ring), count: duplicates });
  }
  return { type, polygons, repairs };
}

/** One warning per repair kind for the layer: how many features and rings (or vertices), and a few examples. */
function summariseRepairs(file: string, repairs: readonly BoundaryRepair[], pending: readonly Pending[], problems: ProblemList): void {
  const labelOf = new Map(pending.map((p) => [p.index, p.where.label !== undefined ? `"${p.where.label}"` : `feature ${p.index}`]));
  const summary = (kind: BoundaryRepair['kind']) => {
    const list = repairs.filter((r) => r.kind === kind);
    const features = [...new Set(list.map((r) => r.feature))];
    return { list, features, examples: features.slice(0, EXAMPLES).map((f) => labelOf.get(f)).join(', ') };
  };
  const closed = summary('ring-closed');
  if (closed.list.length > 0) problems.warning('boundary-rings-closed', file, { params: { features: closed.features.length, rings: closed.list.length, examples: closed.examples } });
  const duplicates = summary('duplicate-vertex-removed');
  if (duplicates.list.length > 0) {
    const vertices = duplicates.list.reduce((sum, r) => sum + (r.count ?? 1), 0);
    problems.warning('boundary-duplicate-vertices-removed', file, { params: { features: duplicates.features.length, vertices, examples: duplicates.examples } });
  }
  const rewound = summary('rewound');
  if (rewound.list.length > 0) problems.warning('boundary-rings-rewound', file, { params: { features: rewound.features.length, rings: rewound.list.length, examples: rewound.examples } });
}

function toLonLat(point: readonly [number, number], code: Parameters<typeof reprojectPoint>[1]): [string, string] {
  try {
    const [lon, lat] = reprojectPoint(point, code);
    return [lon.toFixed(5), lat.toFixed(5)];
  } catch {
    return [String(point[0]), String(point[1])];
  }
}

/** `72000.5, 170000` for projected values, `3.26143, 50.83519` for degrees. */
function formatPair(x: number, y: number): string {
  const f = (v: number) => (Math.abs(v) > 360 ? String(Math.round(v * 1000) / 1000) : String(Math.round(v * 1e6) / 1e6));
  return `${f(x)}, ${f(y)}`;
}
