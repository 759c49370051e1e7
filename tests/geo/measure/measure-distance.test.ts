import { describe, expect, it } from 'vitest';
import { distance as turfDistance } from '@turf/turf';
import { EARTH_RADIUS_METERS, measureDistance } from '../../../geo/measure/measure-distance';
import type { LonLat } from '../../../geo/units/units';
import { expectGolden, listGoldenCases, readGoldenInput } from '../golden';

const NAME = 'measure-distance';

describe('measureDistance', () => {
  it.each(listGoldenCases(NAME))('matches the golden distances (%s)', (caseName) => {
    const pairs = readGoldenInput<{ name: string; a: LonLat; b: LonLat }[]>(NAME, caseName);
    expectGolden(NAME, caseName, pairs.map((p) => ({ name: p.name, meters: measureDistance(p.a, p.b) })));
  });

  it('gives Kortrijk–Brussels ≈ 76.3 km (hand computation)', () => {
    // Δlat = 0.0224° → 2.491 km; Δlon = 1.0868° at cos(50.84°) = 0.6312 → 76.28 km; √(76.28² + 2.49²) ≈ 76.32 km
    const d = measureDistance([3.2649, 50.8279], [4.3517, 50.8503]);
    expect(d).toBeGreaterThan(76_200);
    expect(d).toBeLessThan(76_450);
  });

  it('gives exact values on a meridian and for antipodes', () => {
    const oneDegree = (Math.PI * EARTH_RADIUS_METERS) / 180; // 111,195.08 m
    expect(measureDistance([3.95, 50], [3.95, 51])).toBeCloseTo(oneDegree, 3);
    expect(measureDistance([0, 0], [1, 0])).toBeCloseTo(oneDegree, 3);
    expect(measureDistance([0, 90], [0, -90])).toBeCloseTo(Math.PI * EARTH_RADIUS_METERS, 3);
    expect(measureDistance([3.95, 50.85], [3.95, 50.85])).toBe(0);
  });

  it('agrees with @turf/distance and is symmetric', () => {
    const a: LonLat = [3.95, 50.85];
    const b: LonLat = [3.99, 50.81];
    expect(measureDistance(a, b)).toBeCloseTo(turfDistance([...a], [...b], { units: 'meters' }), 6);
    expect(measureDistance(a, b)).toBe(measureDistance(b, a));
  });

  it('rejects invalid coordinates', () => {
    expect(() => measureDistance([200, 0], [0, 0])).toThrow(RangeError);
    expect(() => measureDistance([0, 91], [0, 0])).toThrow(RangeError);
    expect(() => measureDistance([0, Number.NaN], [0, 0])).toThrow(RangeError);
    expect(() => measureDistance([0] as unknown as LonLat, [0, 0])).toThrow(TypeError);
  });
});
