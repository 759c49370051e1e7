import { KORTRIJK_DIR } from '../../helpers/shared-data';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { booleanClockwise, kinks } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { dissolvePolygonsByKey } from '../../../geo/geometry/dissolve-polygons-by-key';
import { measureArea } from '../../../geo/measure/measure-area';
import { expectGolden, listGoldenCases, readGoldenInput } from '../golden';

const NAME = 'dissolve-polygons-by-key';
type Keyed = FeatureCollection<Polygon | MultiPolygon, { key: string }>;
const KORTRIJK = KORTRIJK_DIR;
const hasKortrijk = existsSync(join(KORTRIJK, 'areas', 'sectors_approximate.geojson')) && existsSync(join(KORTRIJK, 'sector_team.csv'));
if (!hasKortrijk) console.warn(`dissolvePolygonsByKey: skipping the Kortrijk test, ${KORTRIJK} is not present`);

const totalArea = (features: Feature<Polygon | MultiPolygon>[]): number => features.reduce((s, f) => s + measureArea(f.geometry), 0);

function expectValid(geometry: Polygon | MultiPolygon): void {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const rings of polygons) rings.forEach((ring, i) => expect(booleanClockwise(ring)).toBe(i > 0));
  expect(kinks(geometry).features).toHaveLength(0);
}

describe('dissolvePolygonsByKey', () => {
  it.each(listGoldenCases(NAME))('matches the golden dissolve and keeps the area (%s)', (caseName) => {
    const input = readGoldenInput<Keyed>(NAME, caseName);
    const output = dissolvePolygonsByKey(input, (f) => f.properties.key);
    output.features.forEach((f) => expectValid(f.geometry));
    if (!caseName.startsWith('overlapping') && !caseName.startsWith('nested')) expect(totalArea(output.features) / totalArea(input.features)).toBeCloseTo(1, 9);
    expectGolden(NAME, caseName, output);
  });

  it('merges a 3 × 3 grid into three single polygons, sorted by key, with counts', () => {
    const output = dissolvePolygonsByKey(readGoldenInput<Keyed>(NAME, 'grid-3x3-three-keys'), (f) => f.properties.key);
    expect(output.features.map((f) => f.properties)).toEqual([
      { key: 'A', count: 3 },
      { key: 'B', count: 3 },
      { key: 'C', count: 3 },
    ]);
    expect(output.features.every((f) => f.geometry.type === 'Polygon' && f.geometry.coordinates.length === 1)).toBe(true);
  });

  it('keeps a real enclave as a hole, separate parts as a MultiPolygon, and unions overlaps', () => {
    const ring = dissolvePolygonsByKey(readGoldenInput<Keyed>(NAME, 'ring-around-a-hole'), (f) => f.properties.key).features[0]!;
    expect((ring.geometry as Polygon).coordinates).toHaveLength(2);
    const parts = dissolvePolygonsByKey(readGoldenInput<Keyed>(NAME, 'separate-parts-and-single'), (f) => f.properties.key);
    expect(parts.features.map((f) => [f.properties.key, f.geometry.type])).toEqual([['a', 'Polygon'], ['b', 'MultiPolygon']]);
    const overlap = dissolvePolygonsByKey(readGoldenInput<Keyed>(NAME, 'overlapping-uses-union'), (f) => f.properties.key).features[0]!;
    const square = measureArea({ type: 'Polygon', coordinates: [[[3.95, 50.85], [3.97, 50.85], [3.97, 50.87], [3.95, 50.87], [3.95, 50.85]]] });
    expect(measureArea(overlap.geometry) / square).toBeCloseTo(1.75, 2);
  });

  it('does not depend on the input order', () => {
    const input = readGoldenInput<Keyed>(NAME, 'grid-3x3-three-keys');
    const reversed: Keyed = { ...input, features: [...input.features].reverse() };
    const a = dissolvePolygonsByKey(input, (f) => f.properties.key);
    const b = dissolvePolygonsByKey(reversed, (f) => f.properties.key);
    expect(b.features.map((f) => f.properties)).toEqual(a.features.map((f) => f.properties));
    a.features.forEach((f, i) => expect(measureArea(b.features[i]!.geometry)).toBeCloseTo(measureArea(f.geometry), 9));
  });

  it('rejects bad input', () => {
    const input = readGoldenInput<Keyed>(NAME, 'grid-3x3-three-keys');
    expect(() => dissolvePolygonsByKey({ type: 'Feature' } as unknown as Keyed, () => 'x')).toThrow(TypeError);
    expect(() => dissolvePolygonsByKey(input, () => '')).toThrow(/non-empty string/);
    expect(() => dissolvePolygonsByKey(input, (f) => f.properties.key, { dropSliversBelowSquareMeters: -1 })).toThrow(RangeError);
  });

  it.skipIf(!hasKortrijk)('dissolves the real Kortrijk sectors into the 7 team territories (needs ../shared/data/kortrijk)', () => {
    const sectors = JSON.parse(readFileSync(join(KORTRIJK, 'areas', 'sectors_approximate.geojson'), 'utf8')) as FeatureCollection<Polygon | MultiPolygon, { code: string }>;
    const teamOf = new Map(
      readFileSync(join(KORTRIJK, 'sector_team.csv'), 'utf8')
        .trim()
        .split('\n')
        .slice(1)
        .map((line) => line.split(',') as [string, string]),
    );
    const territories = dissolvePolygonsByKey(sectors, (f) => teamOf.get(f.properties.code) ?? 'unassigned');
    expect(territories.features.map((f) => f.properties.key)).toEqual(['bissegem', 'centrum', 'heule', 'marke', 'noord', 'zuid', 'zuidelijke-rand']);
    expect(territories.features.reduce((s, f) => s + f.properties.count, 0)).toBe(sectors.features.length);
    for (const f of territories.features) {
      expect(f.geometry.type).toBe('Polygon');
      expectValid(f.geometry);
    }
    expect(totalArea(territories.features) / totalArea(sectors.features)).toBeCloseTo(1, 4);
  });
});
