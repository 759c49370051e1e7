import { CRS_DEFINITIONS, type Extent, type SupportedCrs } from './supported-crs';

export type CrsGuess =
  /** Every coordinate is a plausible longitude/latitude (within ±180 / ±90). */
  | { readonly kind: 'lon-lat' }
  /** Coordinates are plainly projected; `proposal` is the Belgian system whose extent holds them all, if one does. */
  | { readonly kind: 'projected'; readonly proposal: Exclude<SupportedCrs, 'EPSG:4326'> | null };

const PROJECTED: readonly Exclude<SupportedCrs, 'EPSG:4326'>[] = ['EPSG:31370', 'EPSG:3812', 'EPSG:3857'];

/**
 * Says what the coordinates of a layer look like from their bounding box `[minX, minY, maxX, maxY]`:
 * longitude/latitude when all lie within ±180 / ±90, else projected — and then proposes the system whose
 * Belgian extent contains the box: Belgian Lambert 72 (x ≈ 10–310 km, y ≈ 10–260 km), Belgian Lambert 2008
 * (x ≈ 490–810 km, y ≈ 490–760 km) or Web Mercator (y ≈ 6,300–6,760 km). The extents do not overlap, so
 * at most one fits. Used when a file does not say its coordinate system.
 *
 * @example
 * guessCrsFromExtent([3.1, 50.7, 3.4, 50.9]);                 // { kind: 'lon-lat' }
 * guessCrsFromExtent([62_000, 160_000, 80_000, 175_000]);     // { kind: 'projected', proposal: 'EPSG:31370' }
 * guessCrsFromExtent([1_000_000, 2_000_000, 1_100_000, 2_100_000]); // { kind: 'projected', proposal: null }
 */
export function guessCrsFromExtent(extent: Extent): CrsGuess {
  if (!Array.isArray(extent) || extent.length !== 4 || !extent.every((v) => typeof v === 'number' && Number.isFinite(v))) {
    throw new TypeError(`extent must be [minX, minY, maxX, maxY] of finite numbers, got ${JSON.stringify(extent)}`);
  }
  const [minX, minY, maxX, maxY] = extent;
  if (minX > maxX || minY > maxY) throw new RangeError(`extent must have min ≤ max, got ${JSON.stringify(extent)}`);
  if (minX >= -180 && maxX <= 180 && minY >= -90 && maxY <= 90) return { kind: 'lon-lat' };
  const proposal = PROJECTED.find((code) => {
    const [x0, y0, x1, y1] = CRS_DEFINITIONS[code].belgianExtent;
    return minX >= x0 && maxX <= x1 && minY >= y0 && maxY <= y1;
  });
  return { kind: 'projected', proposal: proposal ?? null };
}
