import { describe, expect, it } from 'vitest';
import { destination } from '@turf/turf';
import { EARTH_RADIUS_METERS, measureDistance } from '../../../geo/measure/measure-distance';
import { findDestinationPoint } from '../../../geo/measure/find-destination-point';
import { meters } from '../../../geo/units/units';

describe('findDestinationPoint', () => {
  it('goes exactly one degree of arc north along a meridian', () => {
    const oneDegree = meters((Math.PI * EARTH_RADIUS_METERS) / 180);
    const [lon, lat] = findDestinationPoint([3.26, 50], oneDegree, 0);
    expect(lon).toBeCloseTo(3.26, 10);
    expect(lat).toBeCloseTo(51, 10);
  });
  it('lands at the asked distance (measureDistance) for every bearing', () => {
    for (const bearing of [0, 33, 90, 145, 180, 260, 359.9]) {
      const to = findDestinationPoint([3.2649, 50.8279], meters(3000), bearing);
      expect(measureDistance([3.2649, 50.8279], to)).toBeCloseTo(3000, 6);
    }
  });
  it('agrees with @turf/destination', () => {
    const mine = findDestinationPoint([3.2649, 50.8279], meters(1234), 57);
    const theirs = destination([3.2649, 50.8279], 1234, 57, { units: 'meters' }).geometry.coordinates;
    expect(mine[0]).toBeCloseTo(theirs[0]!, 9);
    expect(mine[1]).toBeCloseTo(theirs[1]!, 9);
  });
  it('wraps the longitude over the antimeridian and stays put for zero distance', () => {
    expect(findDestinationPoint([179.9, 0], meters(50_000), 90)[0]).toBeLessThan(-179);
    expect(findDestinationPoint([3, 50], meters(0), 123)).toEqual([3, 50]);
  });
  it('checks its inputs', () => {
    expect(() => findDestinationPoint([200, 0], meters(1), 0)).toThrow(RangeError);
    expect(() => findDestinationPoint([3, 50], -1 as never, 0)).toThrow(/distance/);
    expect(() => findDestinationPoint([3, 50], meters(1), Number.NaN)).toThrow(/bearing/);
  });
});
