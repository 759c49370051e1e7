import { describe, expect, it } from 'vitest';
import { booleanClockwise } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { rewindPolygon } from '../../../geo/repair/rewind-polygon';
import { expectGolden, listGoldenCases, readGoldenInput } from '../golden';

const NAME = 'rewind-polygon';

function expectRfc7946(geometry: Polygon | MultiPolygon): void {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const rings of polygons) {
    rings.forEach((ring, index) => expect(booleanClockwise(ring as Position[])).toBe(index > 0));
  }
}

describe('rewindPolygon', () => {
  it.each(listGoldenCases(NAME))('matches the golden output and RFC 7946 winding (%s)', (caseName) => {
    const input = readGoldenInput<Polygon | MultiPolygon>(NAME, caseName);
    const output = rewindPolygon(input);
    expectRfc7946(output);
    expectGolden(NAME, caseName, output);
  });

  it('reverses a clockwise square and leaves the input untouched', () => {
    const input: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [0, 1], [1, 1], [1, 0], [0, 0]]] };
    const copy = structuredClone(input);
    expect(rewindPolygon(input).coordinates[0]).toEqual([[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]);
    expect(input).toEqual(copy);
  });

  it('is idempotent', () => {
    const input = readGoldenInput<MultiPolygon>(NAME, 'multipolygon-mixed');
    expect(rewindPolygon(rewindPolygon(input))).toEqual(rewindPolygon(input));
  });

  it('rejects non-polygons and open rings', () => {
    expect(() => rewindPolygon({ type: 'Point', coordinates: [0, 0] } as unknown as Polygon)).toThrow(TypeError);
    expect(() => rewindPolygon({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1]]] })).toThrow(/not closed/);
    expect(() => rewindPolygon({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [0, 0]]] })).toThrow(/4 positions/);
  });
});
