import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { LonLat } from '../units/units';

export interface LabelledPoint {
  readonly id: string;
  readonly position: LonLat;
}

type Box = readonly [minLon: number, minLat: number, maxLon: number, maxLat: number];

function boxOf(geometry: Polygon | MultiPolygon): Box {
  let minLon = Infinity, minLat = Infinity, maxLon = -Infinity, maxLat = -Infinity;
  const rings = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const polygon of rings) for (const [lon, lat] of polygon[0] ?? []) {
    if (lon! < minLon) minLon = lon!;
    if (lon! > maxLon) maxLon = lon!;
    if (lat! < minLat) minLat = lat!;
    if (lat! > maxLat) maxLat = lat!;
  }
  return [minLon, minLat, maxLon, maxLat];
}

/**
 * Assigns each point to the polygon that contains it (the first in collection order when polygons
 * overlap). Points on no polygon are left out of the result. A bounding-box test runs before the exact
 * point-in-polygon test.
 *
 * @example
 * assignPointsToPolygons([{ id: 's1', position: [3.26, 50.82] }], wijken, (f) => f.properties.code)
 * // Map { 's1' => '34022W08' }
 */
export function assignPointsToPolygons<P>(
  points: readonly LabelledPoint[],
  polygons: FeatureCollection<Polygon | MultiPolygon, P>,
  idOf: (feature: Feature<Polygon | MultiPolygon, P>) => string,
): Map<string, string> {
  for (const point of points) {
    const [lon, lat] = point.position;
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) throw new RangeError(`Point ${point.id} has no finite position`);
  }
  const boxes = polygons.features.map((f) => (f.geometry ? boxOf(f.geometry) : null));
  const result = new Map<string, string>();
  for (const point of points) {
    const [lon, lat] = point.position;
    for (let i = 0; i < polygons.features.length; i++) {
      const box = boxes[i];
      if (!box || lon < box[0] || lon > box[2] || lat < box[1] || lat > box[3]) continue;
      const feature = polygons.features[i]!;
      if (booleanPointInPolygon([lon, lat], feature.geometry)) {
        result.set(point.id, idOf(feature));
        break;
      }
    }
  }
  return result;
}
