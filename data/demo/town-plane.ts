import type { MultiPolygon, Polygon } from 'geojson';
import { roundPolygonCoordinates } from '../../geo/geometry';
import { growContiguousRegions } from '../../geo/synthesis';

/** Small helpers of the Demostad generator in the town's local plane (metres east and north of the origin). */

export type Xy = readonly [number, number];

/**
 * Straight-line distance in the plane, in metres.
 *
 * @example
 * distanceXy([0, 0], [3, 4]); // 5
 */
export const distanceXy = (a: Xy, b: Xy): number => Math.hypot(a[0] - b[0], a[1] - b[1]);

/**
 * Compass bearing of `to` seen from `from`, clockwise from north, in [0, 2π).
 *
 * @example
 * bearing([0, 0], [1, 0]); // π / 2 (east)
 */
export const bearing = (from: Xy, to: Xy): number => {
  const angle = Math.atan2(to[0] - from[0], to[1] - from[1]);
  return angle < 0 ? angle + 2 * Math.PI : angle;
};

/**
 * The smaller angle between two directions, in [0, π].
 *
 * @example
 * angularGap(0.1, 2 * Math.PI - 0.1); // 0.2
 */
export const angularGap = (a: number, b: number): number => {
  const d = Math.abs(a - b) % (2 * Math.PI);
  return d > Math.PI ? 2 * Math.PI - d : d;
};

/**
 * Rounds to 6 decimals (about 0.1 m in degrees), as the package files store coordinates.
 *
 * @example
 * round6(3.1234567); // 3.123457
 */
export const round6 = (value: number): number => Math.round(value * 1e6) / 1e6;

/**
 * The geometry rounded to 6 decimals; throws when it is missing or not one polygon.
 *
 * @example
 * asPolygon(dissolved.geometry, 'wijk 99999W01'); // Polygon, or throws 'wijk 99999W01 is not a single polygon'
 */
export function asPolygon(geometry: Polygon | MultiPolygon | null, what: string): Polygon {
  const rounded = geometry === null ? null : roundPolygonCoordinates(geometry, 6);
  if (rounded === null || rounded.type !== 'Polygon') throw new Error(`${what} is not a single polygon`);
  return rounded;
}

/**
 * Index of the point nearest to `target` (a Voronoi generator's cell contains the target); -1 when there is none.
 *
 * @example
 * nearestIndex([[0, 0], [10, 0]], [8, 1]); // 1
 */
export function nearestIndex(points: readonly Xy[], target: Xy, among?: readonly number[]): number {
  const candidates = among ?? points.map((_, i) => i);
  let best = -1;
  let bestDistance = Infinity;
  for (const i of candidates) {
    const d = distanceXy(points[i] as Xy, target);
    if (d < bestDistance) {
      bestDistance = d;
      best = i;
    }
  }
  return best;
}

/**
 * Farthest-point sampling: starts from `first`, adds the member farthest from all chosen ones.
 *
 * @example
 * spreadSeeds([0, 1, 2], 0, 2, (i) => [[0, 0], [1, 0], [5, 0]][i]); // [0, 2]
 */
export function spreadSeeds(members: readonly number[], first: number, count: number, position: (i: number) => Xy): number[] {
  const chosen = [first];
  while (chosen.length < count) {
    let best = -1;
    let bestDistance = -1;
    for (const m of members) {
      if (chosen.includes(m)) continue;
      const d = Math.min(...chosen.map((c) => distanceXy(position(c), position(m))));
      if (d > bestDistance) {
        bestDistance = d;
        best = m;
      }
    }
    if (best === -1) throw new Error(`cannot choose ${count} seeds among ${members.length} members`);
    chosen.push(best);
  }
  return chosen;
}

/**
 * Grows one contiguous group per seed inside `members` (a connected part of the sector graph), balanced by
 * `weights` (or to `targetShares`); returns each member's group index.
 *
 * @example
 * partitionMembers([0, 1, 2, 3], [0, 3], [[1], [0, 2], [1, 3], [2]], [1, 1, 1, 1], (i) => [i, 0]); // 0→0, 1→0, 2→1, 3→1
 */
export function partitionMembers(
  members: readonly number[],
  seeds: readonly number[],
  adjacency: readonly (readonly number[])[],
  weights: readonly number[],
  position: (i: number) => Xy,
  targetShares?: readonly number[],
): Map<number, number> {
  const local = new Map(members.map((m, i) => [m, i]));
  const subAdjacency = members.map((m) => (adjacency[m] ?? []).filter((n) => local.has(n)).map((n) => local.get(n) as number));
  const labels = growContiguousRegions({
    adjacency: subAdjacency,
    seeds: seeds.map((s) => local.get(s) as number),
    weights: members.map((m) => weights[m] as number),
    ...(targetShares ? { targetShares } : {}),
    costOf: (region, node) => distanceXy(position(members[node] as number), position(seeds[region] as number)),
  });
  return new Map(members.map((m, i) => [m, labels[i] as number]));
}

/**
 * Whether every node of the graph can be reached from node 0 (false for an empty graph).
 *
 * @example
 * isConnected([[1], [0], []]); // false
 */
export function isConnected(adjacency: readonly (readonly number[])[]): boolean {
  if (adjacency.length === 0) return false;
  const seen = new Set([0]);
  const stack = [0];
  while (stack.length > 0) {
    const node = stack.pop() as number;
    for (const next of adjacency[node] ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        stack.push(next);
      }
    }
  }
  return seen.size === adjacency.length;
}
