import type { MultiPolygon, Polygon, Position } from 'geojson';
import proj4 from 'proj4';
import { checkPolygonGeometry } from '../geometry/check-polygon-geometry';
import { CRS_DEFINITIONS, isSupportedCrs, type SupportedCrs } from './supported-crs';
import type { LonLat } from '../units/units';
import { ReprojectionMemo } from './reprojection-memo';

type PointTransform = (x: number, y: number) => [number, number];

const transforms = new Map<SupportedCrs, PointTransform>();

/** The cached proj4 forward transform from `from` to WGS84 (identity for EPSG:4326). */
function transformFrom(from: SupportedCrs): PointTransform {
  let transform = transforms.get(from);
  if (transform === undefined) {
    if (from === 'EPSG:4326') {
      transform = (x, y) => [x, y];
    } else {
      // proj4's own transform between the two projections, called with a point object: what
      // `proj4(from, to).forward([x, y])` computes (the same function on the same numbers, so the same
      // results to the bit), without the array ↔ point copies of that wrapper around every point. Where
      // the wrapper gets nothing back (a point the inverse projection cannot take) it gives NaN, NaN.
      const source = new proj4.Proj(CRS_DEFINITIONS[from].proj4);
      const target = new proj4.Proj(CRS_DEFINITIONS['EPSG:4326'].proj4);
      transform = (x, y) => {
        const out = proj4.transform(source, target, { x, y });
        return out ? [out.x, out.y] : [Number.NaN, Number.NaN];
      };
    }
    transforms.set(from, transform);
  }
  return transform;
}

function checkCrs(from: unknown): SupportedCrs {
  if (!isSupportedCrs(from)) throw new TypeError(`from must be a supported CRS (EPSG:4326, EPSG:31370, EPSG:3812, EPSG:3857), got ${String(from)}`);
  return from;
}

/**
 * Transforms one point from `from` to WGS84 longitude/latitude with proj4 (for EPSG:31370 including the
 * BD72 → WGS84 datum shift, see geo/supported-crs.ts). Throws when the input is not finite or the result
 * is not a valid longitude/latitude (a point far outside the system's area).
 *
 * @example
 * reprojectPoint([72000, 170000], 'EPSG:31370'); // ≈ [3.261434, 50.835189] (Kortrijk)
 */
export function reprojectPoint(point: readonly number[], from: SupportedCrs): LonLat {
  checkCrs(from);
  const [x, y] = point;
  if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) {
    throw new TypeError(`point must be finite [x, y], got ${JSON.stringify(point)}`);
  }
  const out = transformFrom(from)(x, y);
  checkResult(out, point);
  return out;
}

function checkResult(out: [number, number], input: readonly number[]): void {
  if (!(Math.abs(out[0]) <= 180) || !(Math.abs(out[1]) <= 90)) {
    throw new RangeError(`[${input[0]}, ${input[1]}] does not transform to a valid longitude/latitude (got ${out[0]}, ${out[1]})`);
  }
}

/**
 * Returns a copy of a Polygon or MultiPolygon with every position transformed from `from` to WGS84
 * longitude/latitude (only x and y are kept). The input is checked first (closed rings of ≥ 4 finite
 * positions) and left untouched; a position that does not transform to a valid longitude/latitude throws a
 * RangeError. Orientation is kept: all four supported systems are conformal with y to the north.
 *
 * With a `memo` ({@link ReprojectionMemo}, one per source system), positions found in it are not transformed again, and the
 * positions transformed are added to it: the results are the same (every position still gets an array of
 * its own), only faster when geometries share vertices.
 *
 * @example
 * const square: Polygon = { type: 'Polygon', coordinates: [[[72000, 170000], [72100, 170000], [72100, 170100], [72000, 170100], [72000, 170000]]] };
 * reprojectGeometry(square, 'EPSG:31370').coordinates[0][0]; // ≈ [3.261434, 50.835189]
 * const memo = new ReprojectionMemo();
 * reprojectGeometry(square, 'EPSG:31370', memo); // the same, and memo now holds the 4 corners
 */
export function reprojectGeometry<G extends Polygon | MultiPolygon>(geometry: G, from: SupportedCrs, memo?: ReprojectionMemo): G {
  checkCrs(from);
  checkPolygonGeometry(geometry, 'geometry');
  if (memo !== undefined && !(memo instanceof ReprojectionMemo)) throw new TypeError('memo must be a ReprojectionMemo');
  const transform = transformFrom(from);
  const point = (p: Position): Position => {
    const x = p[0] as number;
    const y = p[1] as number;
    const known = memo?.get(x, y);
    if (known !== undefined) return known;
    const out = transform(x, y);
    checkResult(out, p);
    memo?.set(x, y, out[0], out[1]);
    return out;
  };
  const ring = (positions: Position[]): Position[] => positions.map(point);
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: geometry.coordinates.map(ring) };
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- tsc needs it: for a type parameter G the coordinates stay a union after the check above
  return { ...geometry, coordinates: (geometry as MultiPolygon).coordinates.map((polygon) => polygon.map(ring)) };
}
