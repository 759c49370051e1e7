import type { Position } from 'geojson';

/**
 * Even–odd (ray casting) test of a planar point against the rings of one polygon (exterior plus holes): true
 * when the point is inside the exterior and outside every hole. Points exactly on an edge may go either
 * way; callers that care keep a margin. Coordinates are taken as planar.
 *
 * @example
 * isPointInRings([0.5, 0.5], [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]]); // true
 */
export function isPointInRings(point: readonly number[], rings: readonly (readonly Position[])[]): boolean {
  const x = point[0];
  const y = point[1];
  if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) {
    throw new TypeError(`point must be finite [x, y], got ${JSON.stringify(point)}`);
  }
  if (!Array.isArray(rings) || rings.length === 0) throw new TypeError('rings must be a non-empty array of rings');
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i] as Position;
      const b = ring[j] as Position;
      const ay = a[1] as number;
      const by = b[1] as number;
      if (ay > y !== by > y) {
        const xCross = (((b[0] as number) - (a[0] as number)) * (y - ay)) / (by - ay) + (a[0] as number);
        if (x < xCross) inside = !inside;
      }
    }
  }
  return inside;
}
