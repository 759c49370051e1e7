import { describe, expect, it } from 'vitest';
import { isPointInRings } from '../../../geo/geometry/is-point-in-rings';

const square = [[[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]]];
const withHole = [...square, [[1, 1], [1, 3], [3, 3], [3, 1], [1, 1]]];

describe('isPointInRings', () => {
  it('tests exterior and holes (hand cases)', () => {
    expect(isPointInRings([2, 0.5], square)).toBe(true);
    expect(isPointInRings([5, 2], square)).toBe(false);
    expect(isPointInRings([2, 2], withHole)).toBe(false);
    expect(isPointInRings([0.5, 2], withHole)).toBe(true);
  });

  it('rejects bad input', () => {
    expect(() => isPointInRings([Number.NaN, 0], square)).toThrow(TypeError);
    expect(() => isPointInRings([0, 0], [])).toThrow(TypeError);
  });
});
