import type { Position } from 'geojson';

export interface RingRepair {
  /** The ring as `[x, y]` positions (any z or m dropped), closed, without consecutive duplicates. */
  readonly ring: Position[];
  /** True when the last position did not equal the first and a copy of the first was appended. */
  readonly closed: boolean;
  /** How many positions were dropped because they repeated the position before them. */
  readonly duplicatesRemoved: number;
  /** True when fewer than 4 positions remain (a ring needs at least three distinct corners): refuse it. */
  readonly tooFewPositions: boolean;
}

/**
 * The two safe repairs of a polygon ring: drops consecutive duplicate positions (exactly equal x and y) and
 * closes a ring whose last position differs from its first. Nothing else is changed; a ring that still has
 * fewer than 4 positions is flagged, not padded. Throws a TypeError unless `ring` is an array of positions
 * with at least two finite numbers each.
 *
 * @example
 * repairRing([[0, 0], [1, 0], [1, 0], [1, 1]]);
 * // { ring: [[0,0],[1,0],[1,1],[0,0]], closed: true, duplicatesRemoved: 1, tooFewPositions: false }
 * repairRing([[0, 0], [1, 0], [0, 0]]).tooFewPositions; // true
 */
export function repairRing(ring: readonly (readonly number[])[]): RingRepair {
  if (!Array.isArray(ring)) throw new TypeError(`ring must be an array of positions, got ${JSON.stringify(ring)}`);
  const out: Position[] = [];
  let duplicatesRemoved = 0;
  let lastX = NaN;
  let lastY = NaN;
  for (let i = 0; i < ring.length; i++) {
    const p = ring[i];
    const x = p?.[0];
    const y = p?.[1];
    if (!Array.isArray(p) || typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) {
      throw new TypeError(`ring position ${i} must be [x, y] with finite numbers, got ${JSON.stringify(p)}`);
    }
    if (x === lastX && y === lastY) {
      duplicatesRemoved++;
      continue;
    }
    out.push([x, y]);
    lastX = x;
    lastY = y;
  }
  let closed = false;
  const first = out[0];
  if (first !== undefined && out.length > 1 && (first[0] !== lastX || first[1] !== lastY)) {
    out.push([first[0] as number, first[1] as number]);
    closed = true;
  }
  return { ring: out, closed, duplicatesRemoved, tooFewPositions: out.length < 4 };
}
