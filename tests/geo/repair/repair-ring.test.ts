import { describe, expect, it } from 'vitest';
import { repairRing } from '../../../geo/repair/repair-ring';

describe('repairRing', () => {
  it('leaves a good ring as it is (x and y only)', () => {
    expect(repairRing([[0, 0, 5], [1, 0, 5], [1, 1, 5], [0, 0, 5]])).toEqual({ ring: [[0, 0], [1, 0], [1, 1], [0, 0]], closed: false, duplicatesRemoved: 0, tooFewPositions: false });
  });

  it('closes an open ring', () => {
    expect(repairRing([[0, 0], [1, 0], [1, 1], [0, 1]])).toEqual({ ring: [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]], closed: true, duplicatesRemoved: 0, tooFewPositions: false });
  });

  it('drops consecutive duplicates, including a doubled closing point, and counts them', () => {
    const result = repairRing([[0, 0], [0, 0], [1, 0], [1, 0], [1, 0], [1, 1], [0, 0], [0, 0]]);
    expect(result.ring).toEqual([[0, 0], [1, 0], [1, 1], [0, 0]]);
    expect(result.duplicatesRemoved).toBe(4);
    expect(result.closed).toBe(false);
  });

  it('keeps a position that repeats a non-adjacent one (a ring touching itself is not a duplicate)', () => {
    const ring = [[0, 0], [2, 0], [1, 1], [2, 2], [0, 2], [1, 1], [0, 0]];
    expect(repairRing(ring).ring).toEqual(ring);
  });

  it('flags rings with fewer than 4 positions after the repairs, and does not pad them', () => {
    expect(repairRing([[0, 0], [1, 0], [0, 0]])).toMatchObject({ ring: [[0, 0], [1, 0], [0, 0]], tooFewPositions: true });
    expect(repairRing([[0, 0], [1, 0]])).toMatchObject({ ring: [[0, 0], [1, 0], [0, 0]], closed: true, tooFewPositions: true });
    expect(repairRing([[0, 0], [1, 1], [1, 1], [0, 0]])).toMatchObject({ ring: [[0, 0], [1, 1], [0, 0]], tooFewPositions: true });
    expect(repairRing([[5, 5], [5, 5], [5, 5]])).toMatchObject({ ring: [[5, 5]], closed: false, tooFewPositions: true });
    expect(repairRing([])).toMatchObject({ ring: [], tooFewPositions: true });
    // An open triangle becomes a valid closed one.
    expect(repairRing([[0, 0], [1, 0], [0, 1]])).toMatchObject({ closed: true, tooFewPositions: false });
  });

  it('rejects positions that are not finite numbers', () => {
    expect(() => repairRing([[0, 0], [1, NaN], [1, 1]])).toThrow(TypeError);
    expect(() => repairRing([[0, 0], ['1', 0] as unknown as number[], [1, 1]])).toThrow(/position 1/);
    expect(() => repairRing('ring' as unknown as number[][])).toThrow(TypeError);
  });
});
