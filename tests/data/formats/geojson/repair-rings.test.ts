import { describe, expect, it } from 'vitest';
import { convertGeometry, repairRings } from '../../../../data/formats';

describe('repairRings', () => {
  it('closes an open ring, drops repeated positions, and notes what it did per ring', () => {
    const result = repairRings([
      [[0, 0], [1, 0], [1, 0], [1, 1]],
      [[0, 0], [2, 0], [2, 2], [0, 0]],
    ]);
    expect(result).toEqual({ ok: true, rings: [[[0, 0], [1, 0], [1, 1], [0, 0]], [[0, 0], [2, 0], [2, 2], [0, 0]]], notes: [{ ring: 0, closed: true, duplicates: 1 }] });
  });
  it('refuses the first ring with fewer than 4 positions once closed', () => {
    expect(repairRings([[[0, 0], [2, 0], [2, 2], [0, 0]], [[0, 0], [1, 0], [0, 0]]])).toEqual({ ok: false, ring: 1, positions: 3 });
  });
});

describe('convertGeometry', () => {
  it('reads polygons and refuses malformed coordinates with a short description, never a crash', () => {
    expect(convertGeometry({ type: 'Polygon', coordinates: [[[3, 50], [4, 50], [4, 51], [3, 50]]] })).toMatchObject({ kind: 'polygons', type: 'Polygon' });
    expect(convertGeometry({ type: 'Polygon', coordinates: [5] })).toMatchObject({ kind: 'invalid' });
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const result = convertGeometry({ type: 'Polygon', coordinates: [[deep, [4, 50], [4, 51], [3, 50]]] });
    expect(result).toMatchObject({ kind: 'invalid', detail: 'position an array of 1 in ring 0 is not a pair of numbers' });
    expect(convertGeometry({ type: 'Polygon', coordinates: [[['x'.repeat(500), 50], [4, 50], [4, 51], [3, 50]]] })).toMatchObject({ kind: 'invalid', detail: expect.stringMatching(/^position \["x{20}", 50\]/) });
  });
});
