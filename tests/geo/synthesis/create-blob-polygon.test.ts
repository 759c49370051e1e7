import { describe, expect, it } from 'vitest';
import { booleanClockwise, kinks } from '@turf/turf';
import type { Position } from 'geojson';
import { createBlobPolygon } from '../../../geo/synthesis/create-blob-polygon';
import { createLocalProjection } from '../../../geo/crs/create-local-projection';
import { createSeededRandom } from '../../../geo/synthesis/create-seeded-random';
import { meters, type LonLat } from '../../../geo/units/units';
import { expectGolden, listGoldenCases, readGoldenInput } from '../golden';

const NAME = 'create-blob-polygon';
interface Input {
  center: LonLat;
  radiusXMeters: number;
  radiusYMeters: number;
  seed: number;
  vertexCount: number;
  roughness: number;
}
const build = (input: Input) =>
  createBlobPolygon({
    center: input.center,
    radiusXMeters: meters(input.radiusXMeters),
    radiusYMeters: meters(input.radiusYMeters),
    random: createSeededRandom(input.seed),
    vertexCount: input.vertexCount,
    roughness: input.roughness,
  });

describe('createBlobPolygon', () => {
  it.each(listGoldenCases(NAME))('matches the golden outline and is a valid RFC 7946 ring (%s)', (caseName) => {
    const input = readGoldenInput<Input>(NAME, caseName);
    const polygon = build(input);
    const ring = polygon.coordinates[0] as Position[];
    expect(ring).toHaveLength(input.vertexCount + 1);
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    expect(booleanClockwise(ring)).toBe(false);
    expect(kinks(polygon).features).toHaveLength(0);
    expectGolden(NAME, caseName, polygon);
  });

  it('with roughness 0 is the ellipse (hand check of the four axis points)', () => {
    const polygon = build({ center: [4.35, 50.85], radiusXMeters: 1000, radiusYMeters: 500, seed: 1, vertexCount: 16, roughness: 0 });
    const projection = createLocalProjection([4.35, 50.85]);
    const ring = polygon.coordinates[0] as [number, number][];
    const [east, north, west, south] = [ring[0], ring[4], ring[8], ring[12]].map((p) => projection.toPlane(p as LonLat));
    expect(east![0]).toBeCloseTo(1000, 6);
    expect(north![1]).toBeCloseTo(500, 6);
    expect(west![0]).toBeCloseTo(-1000, 6);
    expect(south![1]).toBeCloseTo(-500, 6);
  });

  it('stays star-shaped (simple) even at maximum roughness for many seeds', () => {
    for (let seed = 0; seed < 30; seed++) {
      const polygon = build({ center: [3.95, 50.85], radiusXMeters: 4000, radiusYMeters: 3500, seed, vertexCount: 64, roughness: 0.5 });
      expect(kinks(polygon).features).toHaveLength(0);
    }
  });

  it('rejects bad options', () => {
    const base: Input = { center: [3.95, 50.85], radiusXMeters: 1000, radiusYMeters: 1000, seed: 1, vertexCount: 16, roughness: 0.2 };
    expect(() => build({ ...base, radiusXMeters: -1 })).toThrow(RangeError);
    expect(() => build({ ...base, vertexCount: 5 })).toThrow(RangeError);
    expect(() => build({ ...base, roughness: 0.9 })).toThrow(RangeError);
    expect(() => build({ ...base, center: [500, 0] })).toThrow(RangeError);
  });
});
