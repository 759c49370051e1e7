import { describe, expect, it } from 'vitest';
import { createLocalProjection } from '../../../geo/crs/create-local-projection';
import { measureDistance } from '../../../geo/measure/measure-distance';
import type { LonLat } from '../../../geo/units/units';
import { expectGolden, listGoldenCases, readGoldenInput } from '../golden';

const NAME = 'create-local-projection';

describe('createLocalProjection', () => {
  it.each(listGoldenCases(NAME))('matches the golden plane coordinates (%s)', (caseName) => {
    const input = readGoldenInput<{ origin: LonLat; points: LonLat[] }>(NAME, caseName);
    const projection = createLocalProjection(input.origin);
    expectGolden(NAME, caseName, input.points.map((p) => projection.toPlane(p)));
  });

  it('round-trips and keeps local distances within 0.1 %', () => {
    const projection = createLocalProjection([3.95, 50.85]);
    for (const p of [[3.9, 50.8], [4.0, 50.9], [3.97, 50.83]] as LonLat[]) {
      const back = projection.toLonLat(projection.toPlane(p));
      expect(back[0]).toBeCloseTo(p[0], 10);
      expect(back[1]).toBeCloseTo(p[1], 10);
      const [x, y] = projection.toPlane(p);
      const planar = Math.hypot(x, y);
      expect(Math.abs(planar - measureDistance([3.95, 50.85], p)) / planar).toBeLessThan(0.001);
    }
  });

  it('maps the origin to (0, 0) and 0.01° east to cos(lat)·1112 m', () => {
    const projection = createLocalProjection([3.95, 50.85]);
    expect(projection.toPlane([3.95, 50.85])).toEqual([0, 0]);
    expect(projection.toPlane([3.96, 50.85])[0]).toBeCloseTo(1111.9508 * Math.cos((50.85 * Math.PI) / 180), 2);
  });

  it('rejects bad origins', () => {
    expect(() => createLocalProjection([0, 89])).toThrow(RangeError);
    expect(() => createLocalProjection([Number.NaN, 0])).toThrow(RangeError);
  });
});
