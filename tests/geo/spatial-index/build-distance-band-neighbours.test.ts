import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDistanceBandNeighbours } from '../../../geo/spatial-index/build-distance-band-neighbours';
import { createSeededRandom } from '../../../geo/synthesis/create-seeded-random';
import { measureDistance } from '../../../geo/measure/measure-distance';
import { meters, type LonLat } from '../../../geo/units/units';
import { expectGolden, listGoldenCases, readGoldenInput } from '../golden';

const NAME = 'build-distance-band-neighbours';
const SPDEP = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'compute-getis-ord-gi-star', 'spdep-reference.json'), 'utf8')) as Record<string, unknown>;

/** The obvious O(n²) answer with measureDistance. */
const bruteForce = (points: readonly LonLat[], band: number): number[][] =>
  points.map((p) => points.flatMap((q, j) => (measureDistance(p, q) <= band ? [j] : [])));

describe('buildDistanceBandNeighbours', () => {
  it.each(listGoldenCases(NAME))('matches the golden lists and the brute force (%s)', (caseName) => {
    const { points, band } = readGoldenInput<{ points: LonLat[]; band: number }>(NAME, caseName);
    const lists = buildDistanceBandNeighbours(points, meters(band)).map((l) => Array.from(l));
    expect(lists).toEqual(bruteForce(points, band));
    expectGolden(NAME, caseName, lists);
  });

  it('gives each point on a 1 km line itself and its direct neighbours at 1.5 km', () => {
    const { points } = readGoldenInput<{ points: LonLat[] }>(NAME, 'line-1km-1500m');
    expect(buildDistanceBandNeighbours(points, meters(1500)).map((l) => Array.from(l))).toEqual([[0, 1], [0, 1, 2], [1, 2, 3], [2, 3, 4], [3, 4]]);
  });

  it('finds neighbours across the antimeridian and around the pole', () => {
    const { points } = readGoldenInput<{ points: LonLat[] }>(NAME, 'antimeridian-and-pole');
    const lists = buildDistanceBandNeighbours(points, meters(20_000)).map((l) => Array.from(l));
    expect(lists[0]).toEqual([0, 1]); // 179.95° and −179.95° are 11 km apart
    expect(lists[3]).toEqual([3, 4, 5, 6]); // near the pole longitudes mean little
    expect(lists[10]).toContain(11); // −180° and 180°
  });

  it('agrees with the haversine neighbour lists computed in R for the spdep check', () => {
    const { points, band } = readGoldenInput<{ points: LonLat[]; band: number }>('compute-getis-ord-gi-star', 'kortrijk-60');
    expect(buildDistanceBandNeighbours(points, meters(band)).map((l) => Array.from(l))).toEqual(SPDEP['kortrijk-60-neighbours']);
  });

  it('equals the brute force on random points, sorted, symmetric, with itself included', () => {
    const point = fc.tuple(fc.double({ min: 3.1, max: 3.4, noNaN: true }), fc.double({ min: 50.7, max: 50.95, noNaN: true }));
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 80 }), fc.integer({ min: 0, max: 8000 }), (points, band) => {
        const lists = buildDistanceBandNeighbours(points, meters(band));
        expect(lists.map((l) => Array.from(l))).toEqual(bruteForce(points, band));
        lists.forEach((list, i) => {
          expect(list).toContain(i);
          for (const j of list) expect(lists[j]).toContain(i);
        });
      }),
      { numRuns: 200 },
    );
    // And anywhere on Earth, with bands up to 3,000 km.
    const anywhere = fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true }));
    fc.assert(
      fc.property(fc.array(anywhere, { minLength: 1, maxLength: 60 }), fc.integer({ min: 0, max: 3_000_000 }), (points, band) => {
        expect(buildDistanceBandNeighbours(points, meters(band)).map((l) => Array.from(l))).toEqual(bruteForce(points, band));
      }),
      { numRuns: 200 },
    );
  });

  it('handles 20,000 points over Flanders with a 1.5 km band (time printed; speed belongs in the bench)', () => {
    const random = createSeededRandom(7);
    const points: LonLat[] = Array.from({ length: 20_000 }, () => [2.55 + random() * 3.35, 50.69 + random() * 0.8] as const);
    let best = Infinity;
    let lists: Int32Array[] = [];
    for (let round = 0; round < 5; round++) {
      const start = performance.now();
      lists = buildDistanceBandNeighbours(points, meters(1500));
      best = Math.min(best, performance.now() - start);
    }
    const pairs = lists.reduce((s, l) => s + l.length, 0);
    console.info(`[buildDistanceBandNeighbours] 20,000 points, 1.5 km band: ${best.toFixed(1)} ms (best of 5), ${(pairs / 20_000).toFixed(1)} neighbours per point incl. itself`);
    for (const i of [0, 4321, 19_999]) expect(Array.from(lists[i]!)).toEqual(points.flatMap((q, j) => (measureDistance(points[i]!, q) <= 1500 ? [j] : [])));
  });

  it('checks its inputs', () => {
    expect(buildDistanceBandNeighbours([], meters(100))).toEqual([]);
    expect(() => buildDistanceBandNeighbours([[3, 50]], -1 as never)).toThrow(RangeError);
    expect(() => buildDistanceBandNeighbours([[3, 50]], Number.NaN as never)).toThrow(RangeError);
    expect(() => buildDistanceBandNeighbours([[200, 50]], meters(100))).toThrow(/points\[0\]/);
    expect(() => buildDistanceBandNeighbours({} as never, meters(100))).toThrow(TypeError);
  });
});
