import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { createLocalProjection } from '../../../geo/crs/create-local-projection';
import { createSeededRandom } from '../../../geo/synthesis/create-seeded-random';
import { isPointInRings } from '../../../geo/geometry/is-point-in-rings';
import { sampleSpacedPoints } from '../../../geo/synthesis/sample-spaced-points';
import type { LonLat } from '../../../geo/units/units';
import { expectGolden, listGoldenCases, readGoldenInput } from '../golden';

const NAME = 'sample-spaced-points';
type Density = { kind: 'uniform' } | { kind: 'gaussian'; center: LonLat; scaleMeters: number; base: number };
interface Input {
  polygon: Polygon;
  count: number;
  seed: number;
  candidatesPerPoint: number;
  density: Density;
}

function densityFunction(density: Density): (p: LonLat) => number {
  if (density.kind === 'uniform') return () => 1;
  const projection = createLocalProjection(density.center);
  return (p) => {
    const [x, y] = projection.toPlane(p);
    return density.base + Math.exp(-((x * x + y * y) / density.scaleMeters ** 2));
  };
}

const run = (input: Input) =>
  sampleSpacedPoints({
    polygon: input.polygon,
    count: input.count,
    densityAt: densityFunction(input.density),
    random: createSeededRandom(input.seed),
    candidatesPerPoint: input.candidatesPerPoint,
  });

describe('sampleSpacedPoints', () => {
  it.each(listGoldenCases(NAME))('matches the golden points, all inside (%s)', (caseName) => {
    const input = readGoldenInput<Input>(NAME, caseName);
    const points = run(input);
    expect(points).toHaveLength(input.count);
    for (const p of points) expect(isPointInRings(p, input.polygon.coordinates)).toBe(true);
    expectGolden(NAME, caseName, points);
  });

  it('spaces points evenly under uniform density (nearest neighbour ≥ 40 % of the ideal spacing)', () => {
    const input = readGoldenInput<Input>(NAME, 'uniform-square');
    const points = run({ ...input, count: 40 });
    const projection = createLocalProjection([3.96, 50.86]);
    const xy = points.map((p) => projection.toPlane(p));
    const side = 0.02 * 111_195 * Math.sqrt(Math.cos((50.86 * Math.PI) / 180)); // √area of the square
    const ideal = side / Math.sqrt(40);
    for (let i = 0; i < xy.length; i++) {
      const nearest = Math.min(...xy.filter((_, j) => j !== i).map((q) => Math.hypot(q[0] - xy[i]![0], q[1] - xy[i]![1])));
      expect(nearest).toBeGreaterThan(0.4 * ideal);
    }
  });

  it('puts more points where the density is higher', () => {
    const input = readGoldenInput<Input>(NAME, 'peaked-blob');
    const points = run({ ...input, count: 60 });
    const projection = createLocalProjection([3.952, 50.852]);
    const near = points.filter((p) => Math.hypot(...projection.toPlane(p)) < 600).length;
    // the 600 m disc is ~1.1 km² of a ~4.3 km² polygon; with uniform points it would hold ~15 of 60
    expect(near).toBeGreaterThan(25);
  });

  it('rejects bad input', () => {
    const input = readGoldenInput<Input>(NAME, 'uniform-square');
    expect(() => run({ ...input, count: 0 })).toThrow(RangeError);
    expect(() => sampleSpacedPoints({ polygon: input.polygon, count: 3, densityAt: () => -1, random: createSeededRandom(1) })).toThrow(RangeError);
    expect(() => sampleSpacedPoints({ polygon: input.polygon, count: 3, densityAt: () => 0, random: createSeededRandom(1) })).toThrow(/zero everywhere/);
  });
});
