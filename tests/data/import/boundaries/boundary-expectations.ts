import { readFileSync } from 'node:fs';
import path from 'node:path';
import { booleanClockwise } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { expect } from 'vitest';
import type { BoundaryLayer } from '../../../../data/import/boundaries/read-boundary-files';
import { measureDistance } from '../../../../geo/measure/measure-distance';
import { FIXTURES, type ReadResult } from './fixture-files';

/** Expectations shared by the read-boundary-files*.test.ts files. */
/** The Kortrijk test square in lon/lat, by PROJ; the fixtures hold it in Lambert 72, Lambert 2008 and Web Mercator. */
const GOLDEN = JSON.parse(readFileSync(path.join(FIXTURES, '..', '..', '..', 'geo', 'fixtures', 'reproject-geometry', 'pyproj-points.json'), 'utf8')) as {
  squares: Record<string, [number, number][]>;
};
export const SQUARE = GOLDEN.squares.lonLat!;

export function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Every ring in RFC 7946 winding: exterior counter-clockwise, holes clockwise. */
export function expectRfc7946(layer: BoundaryLayer): void {
  for (const feature of layer.features) {
    for (const rings of polygonsOf(feature.geometry)) rings.forEach((ring, i) => expect(booleanClockwise(ring)).toBe(i > 0));
  }
}

/** The geometry is the Kortrijk square (some rotation of its corners), each corner within 1 m of PROJ's. */
export function expectKortrijkSquare(geometry: Polygon | MultiPolygon): void {
  const [ring] = polygonsOf(geometry)[0]!;
  expect(ring).toHaveLength(5);
  for (const corner of SQUARE.slice(0, 4)) {
    const nearest = Math.min(...ring!.map((p) => measureDistance(p as [number, number], corner)));
    expect(nearest).toBeLessThan(1);
  }
}

/** Each problem as `severity:code@feature`, for compact expectations. */
export const codesOf = (result: ReadResult) => result.problems.map((p) => `${p.severity}:${p.code}${p.feature !== undefined ? `@${p.feature}` : ''}`);
