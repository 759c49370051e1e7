import { describe, expect, it } from 'vitest';
import { decodeGeometry, decodeRing, encodeGeometry, encodeRing } from '../../../data/geography';

describe('geography format', () => {
  it('quantises a ring to 1e-6° and delta-encodes it, dropping the closing position', () => {
    expect(encodeRing([[3.1, 50.1], [3.2, 50.1], [3.2, 50.2], [3.1, 50.1]])).toEqual([3_100_000, 50_100_000, 100_000, 0, 0, 100_000]);
    expect(decodeRing([3_100_000, 50_100_000, 100_000, 0, 0, 100_000])).toEqual([[3.1, 50.1], [3.2, 50.1], [3.2, 50.2], [3.1, 50.1]]);
  });

  it('drops duplicates and vertices in line with their neighbours, including a spike rounding flattened', () => {
    // (3.15, 50.1) lies on the first edge; the spike to (3.2000000004, 50.3) and back rounds onto the line x = 3.2.
    const ring = [[3.1, 50.1], [3.15, 50.1], [3.2, 50.1], [3.2, 50.1], [3.2, 50.2], [3.20000000004, 50.3], [3.2, 50.2], [3.1, 50.2], [3.1, 50.1]];
    const decoded = decodeRing(encodeRing(ring)!);
    expect(decoded).toEqual([[3.1, 50.1], [3.2, 50.1], [3.2, 50.2], [3.1, 50.2], [3.1, 50.1]]);
  });

  it('drops a ring that collapses and keeps MultiPolygons whole', () => {
    expect(encodeRing([[3, 50], [3.0000001, 50], [3, 50.0000001], [3, 50]])).toBeNull();
    const multi = { type: 'MultiPolygon' as const, coordinates: [[[[0, 0], [1, 0], [1, 1], [0, 0]]], [[[2, 2], [3, 2], [3, 3], [2, 2]]]] };
    const round = decodeGeometry(encodeGeometry(multi));
    expect(round).toEqual(multi);
    expect(() => decodeRing([1, 2, 3])).toThrow(/even number/);
    expect(() => decodeGeometry([])).toThrow(/at least one polygon/);
  });
});
