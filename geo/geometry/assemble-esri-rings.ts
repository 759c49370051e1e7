import type { Position } from 'geojson';
import { isPointInRings } from './is-point-in-rings';

export interface EsriRingAssembly {
  /** Polygons in RFC 7946 order: each exterior counter-clockwise, followed by its holes clockwise. */
  readonly polygons: Position[][][];
  /** For each output ring, in output order (polygon by polygon), the index of the input ring it came from. */
  readonly sourceRing: readonly number[];
  /** Input rings wound as holes (counter-clockwise) that no exterior contains; they are kept as exteriors. */
  readonly orphanHoles: readonly number[];
}

/** How many of a hole's first vertices vote on which exterior holds it (a vertex may lie on the boundary). */
const VOTING_VERTICES = 5;

/**
 * Turns the rings of one ESRI shapefile polygon record into polygons. The ESRI rule: a clockwise ring (in a
 * y-up plane) is an exterior, a counter-clockwise ring is a hole, and a hole belongs to the exterior that
 * contains it (the smallest one, for islands inside lakes inside islands). Rings come out in RFC 7946
 * winding (exteriors counter-clockwise, holes clockwise); a hole that no exterior contains is kept as an
 * exterior of its own (reported in `orphanHoles`), as GDAL does. A ring of zero area counts as an exterior.
 *
 * Throws a TypeError unless every ring is an array of at least 4 finite, closed `[x, y]` positions.
 *
 * @example
 * const outer = [[0, 0], [0, 10], [10, 10], [10, 0], [0, 0]]; // clockwise
 * const hole = [[2, 2], [4, 2], [4, 4], [2, 4], [2, 2]];      // counter-clockwise
 * assembleEsriRings([outer, hole]).polygons;
 * // [[[[0,0],[10,0],[10,10],[0,10],[0,0]], [[2,2],[2,4],[4,4],[4,2],[2,2]]]]
 */
export function assembleEsriRings(rings: readonly (readonly Position[])[]): EsriRingAssembly {
  if (!Array.isArray(rings)) throw new TypeError('rings must be an array of rings');
  const info = rings.map((ring, r) => describeRing(ring, r));
  const exteriors: number[] = [];
  const holes: number[] = [];
  info.forEach((ring, r) => (ring.area2 <= 0 ? exteriors : holes).push(r));
  const holesOf = new Map<number, number[]>(exteriors.map((r) => [r, []]));
  const orphanHoles: number[] = [];
  for (const h of holes) {
    const owner = findOwner(rings, info, exteriors, h);
    if (owner === null) orphanHoles.push(h);
    else holesOf.get(owner)!.push(h);
  }
  const polygons: Position[][][] = [];
  const sourceRing: number[] = [];
  const copy = (r: number, reverse: boolean): Position[] => {
    const ring = (rings[r] as Position[]).map((p) => [p[0] as number, p[1] as number]);
    return reverse ? ring.reverse() : ring;
  };
  // Exteriors and orphans in input order, each followed by its holes in input order.
  const orphanSet = new Set(orphanHoles);
  for (let r = 0; r < rings.length; r++) {
    if (holesOf.has(r)) {
      polygons.push([copy(r, true), ...holesOf.get(r)!.map((h) => copy(h, true))]);
      sourceRing.push(r, ...holesOf.get(r)!);
    } else if (orphanSet.has(r)) {
      polygons.push([copy(r, false)]);
      sourceRing.push(r);
    }
  }
  return { polygons, sourceRing, orphanHoles };
}

interface RingInfo {
  /** Twice the signed area: negative for clockwise rings. */
  readonly area2: number;
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

function describeRing(ring: unknown, r: number): RingInfo {
  if (!Array.isArray(ring) || ring.length < 4) throw new TypeError(`ring ${r} must have at least 4 positions`);
  let area2 = 0;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < ring.length; i++) {
    const p = ring[i] as unknown;
    if (!Array.isArray(p) || typeof p[0] !== 'number' || typeof p[1] !== 'number' || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) {
      throw new TypeError(`ring ${r} position ${i} must be finite [x, y], got ${JSON.stringify(p)}`);
    }
    const x = p[0];
    const y = p[1];
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
    if (i > 0) {
      const q = ring[i - 1] as number[];
      area2 += (q[0] as number) * y - x * (q[1] as number);
    }
  }
  const first = ring[0] as number[];
  const last = ring[ring.length - 1] as number[];
  if (first[0] !== last[0] || first[1] !== last[1]) throw new TypeError(`ring ${r} is not closed`);
  return { area2, minX, minY, maxX, maxY };
}

function findOwner(rings: readonly (readonly Position[])[], info: readonly RingInfo[], exteriors: readonly number[], h: number): number | null {
  const hole = info[h]!;
  const candidates = exteriors.filter((e) => {
    const o = info[e]!;
    return o.minX <= hole.minX && o.minY <= hole.minY && o.maxX >= hole.maxX && o.maxY >= hole.maxY;
  });
  if (candidates.length <= 1) return candidates[0] ?? null;
  const ring = rings[h] as Position[];
  const voters = ring.slice(0, Math.min(VOTING_VERTICES, ring.length - 1));
  let best: number | null = null;
  let bestVotes = 0;
  for (const e of candidates) {
    const outer = [rings[e] as Position[]];
    const votes = voters.filter((p) => isPointInRings(p, outer)).length;
    const smaller = best === null || Math.abs(info[e]!.area2) < Math.abs(info[best]!.area2);
    if (votes > bestVotes || (votes === bestVotes && votes > 0 && smaller)) {
      best = e;
      bestVotes = votes;
    }
  }
  if (best !== null) return best;
  // No vertex clearly inside any candidate (all on boundaries): the smallest box that holds the hole.
  return candidates.reduce((a, b) => (Math.abs(info[b]!.area2) < Math.abs(info[a]!.area2) ? b : a));
}
