import type { Position } from 'geojson';

export interface RingOrientation {
  /** The polygons with every exterior counter-clockwise and every hole clockwise. */
  readonly polygons: Position[][][];
  /** Flat indices (counting rings polygon by polygon, exterior first) of the rings that were reversed. */
  readonly reversed: readonly number[];
}

/**
 * Puts the rings of a MultiPolygon's coordinates (polygons → rings → positions) in RFC 7946 winding and
 * says which rings had to be reversed: exteriors counter-clockwise, holes clockwise, by the sign of the
 * planar shoelace area in the coordinates as given (lon/lat for GeoJSON, which is what consumers such as
 * `@turf/boolean-clockwise` test). The one winding function of geo/: for a Polygon pass
 * `[geometry.coordinates]` and take `polygons[0]`. Rings already right are returned as they are (not
 * copied); a reversed ring is a new array of the same positions, its closing position still equal to the
 * first. A ring of zero area is left alone. The input is not modified. The reversed rings let an importer
 * list the repair.
 *
 * Throws a TypeError unless `polygons` is an array of polygons, each a non-empty array of closed rings of
 * at least 4 positions with finite x and y.
 *
 * @example
 * const clockwise = [[[0, 0], [0, 1], [1, 1], [1, 0], [0, 0]]];
 * orientRingsRfc7946([clockwise]);
 * // { polygons: [[[[0,0],[1,0],[1,1],[0,1],[0,0]]]], reversed: [0] }
 */
export function orientRingsRfc7946(polygons: readonly (readonly (readonly Position[])[])[]): RingOrientation {
  if (!Array.isArray(polygons)) throw new TypeError('polygons must be an array of polygons');
  const reversed: number[] = [];
  let flat = 0;
  const out = polygons.map((rings, p) => {
    if (!Array.isArray(rings) || rings.length === 0) throw new TypeError(`polygon ${p} must be a non-empty array of rings`);
    return rings.map((ring, r) => {
      const area2 = signedArea2(ring, p, r);
      const index = flat++;
      const wantCounterClockwise = r === 0;
      if (area2 === 0 || area2 > 0 === wantCounterClockwise) return ring as Position[];
      reversed.push(index);
      return [...ring].reverse();
    });
  });
  return { polygons: out, reversed };
}

/** Twice the signed shoelace area of a ring (positive counter-clockwise), checking the ring on the way. */
function signedArea2(ring: readonly Position[], p: number, r: number): number {
  if (!Array.isArray(ring) || ring.length < 4) throw new TypeError(`polygon ${p} ring ${r} must have at least 4 positions`);
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i] as Position;
    const x = a?.[0];
    const y = a?.[1];
    if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) {
      throw new TypeError(`polygon ${p} ring ${r} position ${i} must be finite [x, y], got ${JSON.stringify(a)}`);
    }
    if (i > 0) {
      const b = ring[i - 1] as Position;
      sum += (b[0] as number) * y - x * (b[1] as number);
    }
  }
  const first = ring[0] as Position;
  const last = ring[ring.length - 1] as Position;
  if (first[0] !== last[0] || first[1] !== last[1]) throw new TypeError(`polygon ${p} ring ${r} is not closed`);
  return sum;
}
