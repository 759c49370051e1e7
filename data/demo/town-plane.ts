import type { MultiPolygon, Polygon } from 'geojson';
import { roundPolygonCoordinates } from '../../geo/geometry';
import { growContiguousRegions } from '../../geo/synthesis';

/** Small helpers of the Demostad generator in the town's local plane (metres east and north of the origin). */

export type Xy = readonly [number, number];

export const distanceXy = (a: Xy, b: Xy): number => Math.hypot(a[0] - b[0], a[1] - b[1]);

/** Compass bearing of `to` seen from `from`, clockwise from north, in [0, 2π). */
export const bearing = (from: Xy, to: Xy): number => {
  const angle = Math.atan2(to[0] - from[0], to[1] - from[1]);
  return angle < 0 ? angle + 2 * Math.PI : angle;
};

/** The smaller angle between two directions, in [0, π]. */
export const angularGap = (a: number, b: number): number => {
  const d = Math.abs(a - b) % (2 * Math.PI);
  return d > Math.PI ? 2 * Math.PI - d : d;
};

export const round6 = (value: number): number => Math.round(value * 1e6) / 1e6;

/** The geometry rounded to 6 decimals; throws when it is missing or not one polygon. */
export function asPolygon(geometry: Polygon | MultiPolygon | null, what: string): Polygon {
  const rounded = geometry === null ? null : roundPolygonCoordinates(geometry, 6);
  if (rounded === null || rounded.type !== 'Polygon') throw new Error(`${what} is not a single polygon`);
  return rounded;
}

/** Index of the point nearest to `target` (a Voronoi generator's cell contains the target). */
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

/** Farthest-point sampling: starts from `first`, adds the member farthest from all chosen ones. */
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

/** Grows `count` contiguous groups inside `members` (a connected part of the sector graph). */
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

/** Whether every node of the graph can be reached from node 0 (false for an empty graph). */
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
