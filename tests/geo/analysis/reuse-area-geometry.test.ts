import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCatchmentPairs } from '../../../geo/accessibility/compute-two-step-floating-catchment';
import { findNearestSites } from '../../../geo/accessibility/find-nearest-sites';
import { reuseAreaGeometry, type GeometryInput } from '../../../geo/analysis/reuse-area-geometry';
import { createSeededRandom } from '../../../geo/synthesis';
import { buildDistanceBandNeighbours } from '../../../geo/spatial-index/build-distance-band-neighbours';
import { meters, type LonLat } from '../../../geo/units/units';

/** 300 areas and 12 centres around Kortrijk, teams a–d. */
function kortrijkish(seed: number): { areas: { position: LonLat; team: string | null }[]; centres: { position: LonLat; team: string | null }[] } {
  const random = createSeededRandom(seed);
  const point = (): LonLat => [3.2 + 0.15 * random(), 50.78 + 0.1 * random()];
  const teams = ['a', 'b', 'c', 'd'];
  return {
    areas: Array.from({ length: 300 }, (_, i) => ({ position: point(), team: i % 17 === 0 ? null : teams[i % 4]! })),
    centres: Array.from({ length: 12 }, (_, j) => ({ position: point(), team: teams[j % 4]! })),
  };
}

/** What the engine computed before the cache, from scratch. */
function fromScratch(input: GeometryInput, radius: number, band: number) {
  const positions = input.areas.map((a) => a.position);
  return {
    nearest: findNearestSites(positions, input.areas.map((a) => a.team), input.centres.map((c) => c.position), input.centres.map((c) => c.team)),
    pairs: findCatchmentPairs(positions, input.centres.map((c) => c.position), meters(radius)),
    neighbours: buildDistanceBandNeighbours(positions, meters(band)),
  };
}

function expectSame(input: GeometryInput, radius: number, band: number) {
  const got = reuseAreaGeometry(input, meters(radius));
  const want = fromScratch(input, radius, band);
  expect(got.nearest).toEqual(want.nearest);
  expect(got.pairs).toEqual(want.pairs);
  expect(got.neighboursWithin(meters(band)).map((l) => Array.from(l))).toEqual(want.neighbours.map((l) => Array.from(l)));
  return got;
}

describe('reuseAreaGeometry', () => {
  it('gives what findNearestSites, findCatchmentPairs and buildDistanceBandNeighbours give', () => {
    expectSame(kortrijkish(1), 3000, 1500);
  });

  it('reuses everything while only values change, and recomputes after a centre moves', () => {
    const input = kortrijkish(2);
    const first = expectSame(input, 3000, 1500);
    const again = reuseAreaGeometry({ ...input }, meters(3000));
    expect(again.nearest).toBe(first.nearest);
    again.pairs.forEach((list, j) => expect(list).toBe(first.pairs[j]));
    expect(again.neighboursWithin(meters(1500))).toBe(first.neighboursWithin(meters(1500)));

    // Centre 5 moves by 2 km: its catchment and the nearest centres change, the other catchments are kept.
    const moved = { ...input, centres: input.centres.map((c, j) => (j === 5 ? { ...c, position: [c.position[0] + 0.03, c.position[1]] as LonLat } : c)) };
    const after = expectSame(moved, 3000, 1500);
    expect(after.nearest).not.toBe(first.nearest);
    expect(after.pairs[5]).not.toEqual(first.pairs[5]);
    after.pairs.forEach((list, j) => (j === 5 ? undefined : expect(list).toBe(first.pairs[j])));
    // Moving it back gives the first answers again.
    expectSame(input, 3000, 1500);
  });

  it('reuses the work for a new areas array with the same points and teams, not for other points', () => {
    const input = kortrijkish(5);
    const first = expectSame(input, 3000, 1500);
    const copy = { ...input, areas: input.areas.map((a) => ({ ...a })) };
    expect(reuseAreaGeometry(copy, meters(3000)).nearest).toBe(first.nearest);
    const other = { ...input, areas: input.areas.map((a, i) => (i === 3 ? { ...a, position: [a.position[0] + 0.001, a.position[1]] as LonLat } : a)) };
    expect(expectSame(other, 3000, 1500).nearest).not.toBe(first.nearest);
  });

  it('notices a centre changing team, another radius or band, and areas changed in place', () => {
    const input = kortrijkish(3);
    expectSame(input, 3000, 1500);
    expectSame({ ...input, centres: input.centres.map((c, j) => (j === 0 ? { ...c, team: 'd' } : c)) }, 3000, 1500);
    expectSame({ ...input, centres: input.centres.slice(1) }, 3000, 1500);
    expectSame(input, 2000, 1000);
    // The same array object, one area moved and one area's team changed in place.
    const areas = input.areas;
    areas[7] = { ...areas[7]!, position: [3.31, 50.86] };
    areas[8] = { ...areas[8]!, team: 'a' };
    expectSame(input, 2000, 1000);
  });

  it('after centres move, gives findNearestSites’ answer for every area, ties included (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.array(fc.tuple(fc.integer({ min: 0, max: 11 }), fc.integer({ min: -30, max: 30 }), fc.integer({ min: -30, max: 30 })), { minLength: 1, maxLength: 10 }), (seed, moves) => {
        const input = kortrijkish(seed);
        expectSame(input, 3000, 1500);
        let centres = input.centres;
        for (const [j, dx, dy] of moves) {
          // Moves on a 0.001° lattice, sometimes onto another centre or an area, so ties happen.
          const onto = dx === 0 ? input.areas[j]!.position : dy === 0 ? centres[(j + 1) % centres.length]!.position : ([centres[j]!.position[0] + dx / 1000, centres[j]!.position[1] + dy / 1000] as LonLat);
          centres = centres.map((c, k) => (k === j ? { ...c, position: onto } : c));
          expectSame({ ...input, centres }, 3000, 1500);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('settles a tie with a moved centre by the lower index, as findNearestSites does', () => {
    // An area on the meridian and centres 0.01° east and west of it on its parallel: exactly equally far.
    const areas = [{ position: [0, 50.82] as LonLat, team: 'a' }];
    const at = (lon: number): LonLat => [lon, 50.82];
    const scratch = (centres: readonly { position: LonLat }[]) => findNearestSites([areas[0]!.position], ['a'], centres.map((c) => c.position), centres.map(() => 'a'))[0];
    for (const [before, after, winner] of [
      [[0.01, 0.05], [0.01, -0.01], 0], // the moved centre (1) ties with the kept one (0): 0 keeps it
      [[0.05, -0.01], [0.01, -0.01], 0], // the moved centre (0) ties with the kept one (1): 0 takes it
    ] as const) {
      const first = { areas, centres: before.map((lon) => ({ position: at(lon), team: 'a' })) };
      reuseAreaGeometry(first, meters(3000));
      const moved = { areas, centres: after.map((lon) => ({ position: at(lon), team: 'a' })) };
      expect(scratch(moved.centres)!.nearest).toBe(winner);
      expect(reuseAreaGeometry(moved, meters(3000)).nearest[0]).toEqual(scratch(moved.centres));
    }
  });

  it('throws for a radius that is not above 0', () => {
    expect(() => reuseAreaGeometry(kortrijkish(4), meters(0))).toThrow(/radius must be > 0/);
  });
});
