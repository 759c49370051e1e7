import fc from 'fast-check';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../../../geo/synthesis/create-seeded-random';
import { findSelfIntersections } from '../../../geo/repair/find-self-intersections';
import { expectGolden, listGoldenCases, readGoldenInput } from '../golden';

const NAME = 'find-self-intersections';

/** Which golden cases are valid boundaries (nothing to report); every other case must report something. */
const VALID = new Set(['square', 'collinear-vertex-on-straight-edge', 'two-lobes-touching-at-vertex', 'ring-touching-itself-inverted-hole', 'hole-touching-exterior-edge', 'parts-touching-at-a-corner']);

/** Independent reference for rings in general position: every pair of non-adjacent edges that properly cross. */
function naiveCrossings(rings: Position[][]): number {
  const edges: { r: number; i: number; n: number; a: Position; b: Position }[] = [];
  rings.forEach((ring, r) => {
    for (let i = 0; i < ring.length - 1; i++) edges.push({ r, i, n: ring.length - 1, a: ring[i]!, b: ring[i + 1]! });
  });
  const cross = (o: Position, p: Position, q: Position) => (p[0]! - o[0]!) * (q[1]! - o[1]!) - (p[1]! - o[1]!) * (q[0]! - o[0]!);
  let count = 0;
  for (let x = 0; x < edges.length; x++) {
    for (let y = x + 1; y < edges.length; y++) {
      const e = edges[x]!;
      const f = edges[y]!;
      if (e.r === f.r && (Math.abs(e.i - f.i) === 1 || Math.abs(e.i - f.i) === e.n - 1)) continue;
      const d1 = cross(f.a, f.b, e.a);
      const d2 = cross(f.a, f.b, e.b);
      const d3 = cross(e.a, e.b, f.a);
      const d4 = cross(e.a, e.b, f.b);
      if (d1 * d2 < 0 && d3 * d4 < 0) count++;
    }
  }
  return count;
}

/** A star-shaped ring around (cx, cy): vertices sorted by angle never cross. */
function starRing(radii: readonly number[], cx = 0, cy = 0): Position[] {
  const ring: Position[] = radii.map((r, i) => {
    const angle = (2 * Math.PI * i) / radii.length;
    return [cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
  });
  ring.push([...ring[0]!]);
  return ring;
}

describe('findSelfIntersections', () => {
  it.each(listGoldenCases(NAME))('matches the golden output (%s)', (caseName) => {
    const rings = readGoldenInput<Position[][]>(NAME, caseName);
    const found = findSelfIntersections(rings);
    expect(found.length === 0).toBe(VALID.has(caseName));
    expectGolden(NAME, caseName, found);
  });

  it('names the crossing point of a bow-tie', () => {
    expect(findSelfIntersections([[[0, 0], [2, 2], [2, 0], [0, 2], [0, 0]]])).toEqual([{ point: [1, 1], rings: [0, 0], kind: 'crossing' }]);
  });

  it('does not flag the vertex shared by consecutive edges or the closing vertex, even on long rings', () => {
    expect(findSelfIntersections([starRing(Array.from({ length: 5000 }, (_, i) => 10 + Math.sin(i * 0.37) * 3))])).toEqual([]);
    expect(findSelfIntersections([[[0, 0], [1, 0], [0, 1], [0, 0]]])).toEqual([]);
  });

  it('finds one crossing among many edges (the grid path) and stops at the limit', () => {
    const ring = starRing(Array.from({ length: 2000 }, () => 10));
    // Swap two neighbouring vertices on the circle, far from the start: the edges around them now cross.
    [ring[1000], ring[1001]] = [ring[1001]!, ring[1000]!];
    const found = findSelfIntersections([ring]);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => f.kind === 'crossing')).toBe(true);
    expect(Math.hypot(found[0]!.point[0] - ring[1000][0]!, found[0]!.point[1] - ring[1000][1]!)).toBeLessThan(1);
    const zigzag: Position[] = [...Array.from({ length: 200 }, (_, i) => [i, i % 2 === 0 ? 0 : 10] as Position), [100, -5], [0, 0]];
    expect(findSelfIntersections([zigzag], 3)).toHaveLength(3);
  });

  it('agrees with a naive pairwise check on random rings, small (direct) and large (grid)', () => {
    // Uniform random vertices (in general position: no touches or collinear edges, which the naive check ignores).
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), fc.integer({ min: 3, max: 150 }), (seed, n) => {
        const random = createSeededRandom(seed);
        const points = Array.from({ length: n }, () => [random() * 2000 - 1000, random() * 2000 - 1000] as Position);
        const ring: Position[] = [...points, [...points[0]!]];
        const found = findSelfIntersections([ring], 1_000_000);
        expect(found.length).toBe(naiveCrossings([ring]));
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('agrees with the naive check on valid and broken star polygons with holes', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 50, max: 100, noNaN: true }), { minLength: 60, maxLength: 400 }), fc.integer({ min: 0, max: 1 }), (radii, breakIt) => {
        const exterior = starRing(radii);
        const hole = starRing(radii.map((r) => r / 5), 5, 5).reverse();
        if (breakIt === 1) hole[3] = [200, 0]; // pull a hole vertex outside: its edges cross the exterior
        const rings = [exterior, hole];
        expect(findSelfIntersections(rings, 1_000_000).length).toBe(naiveCrossings(rings));
      }),
      { numRuns: 60, seed: 11 },
    );
  });

  describe('decides a nearly collinear vertex exactly (regression: a naive cross product gets the sign wrong)', () => {
    // S lies 41 and 48 units in the last place above (0.5, 0.5); the vertex V = (12, 12) is then 3.6e-15 below the
    // line from S to E = (24, 24), to its right. The naive cross product (E − S) × (V − S) rounds to +5.7e-14: left.
    const u = 2 ** -53;
    const S: Position = [0.5 + 41 * u, 0.5 + 48 * u];
    const E: Position = [24, 24];
    const V: Position = [12, 12];
    const naiveTurn = (a: Position, b: Position, c: Position) => (b[0]! - a[0]!) * (c[1]! - a[1]!) - (b[1]! - a[1]!) * (c[0]! - a[0]!);

    it('the naive cross product says left, the exact answer (in integers, units of 2⁻⁵³) is right', () => {
      expect(naiveTurn(S, E, V)).toBeGreaterThan(0);
      const big = (p: Position) => p.map((c) => BigInt(c * 2 ** 53)) as [bigint, bigint];
      const [[ax, ay], [bx, by], [cx, cy]] = [big(S), big(E), big(V)];
      expect((bx - ax) * (cy - ay) - (by - ay) * (cx - ax) < 0n).toBe(true);
    });

    it('a part whose vertex lies a hair outside the other part touches it: nothing to report', () => {
      const a: Position[] = [S, E, [0, 24], S]; // interior to the left of S → E, above the line
      const b: Position[] = [V, [20, 4], [12, 0], V]; // below the line, V just below it
      expect(findSelfIntersections([a, b])).toEqual([]);
    });

    it('a part whose vertex lies a hair inside the other part crosses its edge: reported', () => {
      const a: Position[] = [S, E, [24, 0], S]; // interior to the right of S → E, below the line
      const b: Position[] = [V, [4, 20], [0, 12], V]; // above the line but for V, which is just inside a
      const found = findSelfIntersections([a, b]);
      expect(found.length).toBeGreaterThan(0);
      for (const f of found) {
        expect(f).toMatchObject({ rings: [0, 1], kind: 'crossing' });
        expect(Math.hypot(f.point[0] - 12, f.point[1] - 12)).toBeLessThan(1e-9);
      }
    });
  });

  it('checks 100,000 edges in well under a second (regression: a quadratic check took minutes)', () => {
    const ring = starRing(Array.from({ length: 100_000 }, (_, i) => 1000 + Math.sin(i * 0.01) * 50 + (i % 3)));
    const t0 = performance.now();
    expect(findSelfIntersections([ring])).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('checks its input', () => {
    expect(() => findSelfIntersections([[[0, 0], [1, 0], [0, 0]]])).toThrow(/4 positions/);
    expect(() => findSelfIntersections([[[0, 0], [1, 0], [1, 1], [0, 1]]])).toThrow(/not closed/);
    expect(() => findSelfIntersections([[[0, 0], [1, 0], [1, 0], [1, 1], [0, 0]]])).toThrow(/repeats/);
    expect(() => findSelfIntersections([[[0, 0], [1, 0], [1, Infinity], [0, 0]]])).toThrow(TypeError);
    expect(() => findSelfIntersections([], 0)).toThrow(RangeError);
  });
});
