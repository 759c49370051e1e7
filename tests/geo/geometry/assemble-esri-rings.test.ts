import type { Position } from 'geojson';
import { booleanClockwise } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { assembleEsriRings } from '../../../geo/geometry/assemble-esri-rings';

type Ring = Position[];
/** Axis-aligned rectangle: clockwise (ESRI exterior) or counter-clockwise (ESRI hole). */
function rect(x0: number, y0: number, x1: number, y1: number, clockwise: boolean): Ring {
  const ccw: Ring = [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]];
  return clockwise ? ccw.reverse() : ccw;
}

function expectRfc7946(polygons: Position[][][]): void {
  for (const rings of polygons) rings.forEach((ring, i) => expect(booleanClockwise(ring)).toBe(i > 0));
}

describe('assembleEsriRings', () => {
  it('turns one clockwise ring into one counter-clockwise exterior', () => {
    const result = assembleEsriRings([rect(0, 0, 10, 10, true)]);
    expect(result.polygons).toEqual([[rect(0, 0, 10, 10, false)]]);
    expect(result.sourceRing).toEqual([0]);
    expect(result.orphanHoles).toEqual([]);
  });

  it('puts a counter-clockwise ring in the exterior that contains it, as a clockwise hole', () => {
    const result = assembleEsriRings([rect(0, 0, 10, 10, true), rect(2, 2, 4, 4, false)]);
    expect(result.polygons).toEqual([[rect(0, 0, 10, 10, false), rect(2, 2, 4, 4, true)]]);
    expectRfc7946(result.polygons);
  });

  it('assigns holes listed before their exteriors, island in a lake in an island, to the smallest container', () => {
    const h2 = rect(5.9, 5.9, 6.1, 6.1, false);
    const b = rect(5.5, 5.5, 6.5, 6.5, true);
    const h1 = rect(5, 5, 7, 7, false);
    const a = rect(4, 4, 8, 8, true);
    const result = assembleEsriRings([h2, b, h1, a]);
    expect(result.polygons).toHaveLength(2);
    // Exteriors in input order: B (ring 1) with H2 (ring 0), then A (ring 3) with H1 (ring 2).
    expect(result.sourceRing).toEqual([1, 0, 3, 2]);
    expect(result.polygons[0]![1]).toEqual([...h2].reverse());
    expectRfc7946(result.polygons);
  });

  it('uses containment, not the smallest bounding box, when boxes nest (a thin L-shaped exterior)', () => {
    const l: Ring = [[0, 0], [0, 10], [1, 10], [1, 1], [10, 1], [10, 0], [0, 0]]; // clockwise L, area 19
    const square = rect(4.5, 4.5, 9.5, 9.5, true); // area 25, inside the L's box but outside the L
    const hole = rect(6, 6, 7, 7, false); // inside the square, and inside the L's box but not the L
    const result = assembleEsriRings([l, square, hole]);
    expect(result.sourceRing).toEqual([0, 1, 2]);
    expect(result.polygons[1]).toHaveLength(2);
  });

  it('keeps a hole that no exterior contains as an exterior of its own', () => {
    const result = assembleEsriRings([rect(0, 0, 1, 1, true), rect(5, 5, 6, 6, false)]);
    expect(result.orphanHoles).toEqual([1]);
    expect(result.polygons).toEqual([[rect(0, 0, 1, 1, false)], [rect(5, 5, 6, 6, false)]]);
  });

  it('checks its input', () => {
    expect(() => assembleEsriRings([[[0, 0], [1, 0], [0, 0]]])).toThrow(/4 positions/);
    expect(() => assembleEsriRings([[[0, 0], [1, 0], [1, 1], [0, 1]]])).toThrow(/not closed/);
    expect(() => assembleEsriRings([[[0, 0], [1, 0], [1, NaN], [0, 0]]])).toThrow(TypeError);
  });
});
