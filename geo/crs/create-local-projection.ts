import { checkLonLat } from '../geometry/check-lon-lat';
import { EARTH_RADIUS_METERS } from '../measure/measure-distance';
import type { LonLat, Meters } from '../units/units';

/** A point in a local plane: metres east and north of the projection's origin. */
export type PlanePoint = readonly [xMeters: Meters, yMeters: Meters];

export interface LocalProjection {
  readonly origin: LonLat;
  /** WGS84 → metres east/north of the origin. */
  toPlane(point: LonLat): PlanePoint;
  /** Metres east/north of the origin → WGS84. */
  toLonLat(point: readonly [number, number]): LonLat;
}

/**
 * A local equirectangular projection centred on `origin`: x = Δlon·cos(lat₀)·R·π/180, y = Δlat·R·π/180
 * (R = 6,371,008.8 m). Within ~10 km of the origin distances are right to better than 0.1 %, which is what
 * planar algorithms (Voronoi, spacing, pole of inaccessibility) need so that cells are not stretched in
 * longitude. The mapping is affine, so straight lines stay straight and shared vertices stay shared.
 *
 * @example
 * const projection = createLocalProjection([3.95, 50.85]);
 * const [x, y] = projection.toPlane([3.96, 50.85]); // x ≈ 702 m, y = 0
 * projection.toLonLat([x, y]); // ≈ [3.96, 50.85]
 */
export function createLocalProjection(origin: LonLat): LocalProjection {
  checkLonLat(origin, 'origin');
  if (Math.abs(origin[1]) > 85) throw new RangeError(`origin latitude must be within ±85°, got ${origin[1]}`);
  const metersPerDegreeLat = (EARTH_RADIUS_METERS * Math.PI) / 180;
  const metersPerDegreeLon = metersPerDegreeLat * Math.cos((origin[1] * Math.PI) / 180);
  const [lon0, lat0] = origin;
  return {
    origin: [lon0, lat0],
    toPlane(point) {
      return [((point[0] - lon0) * metersPerDegreeLon) as Meters, ((point[1] - lat0) * metersPerDegreeLat) as Meters];
    },
    toLonLat(point) {
      return [lon0 + point[0] / metersPerDegreeLon, lat0 + point[1] / metersPerDegreeLat];
    },
  };
}
