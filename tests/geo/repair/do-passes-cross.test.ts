import { describe, expect, it } from 'vitest';
import { doPassesCross, type BoundaryPass } from '../../../geo/repair/do-passes-cross';

const pass = (inX: number, inY: number, outX: number, outY: number): BoundaryPass => ({ inX, inY, outX, outY });

describe('doPassesCross', () => {
  it('says the two passes through the waist of a figure-eight cross', () => {
    expect(doPassesCross(pass(-1, -1, 1, 1), pass(-1, 1, 1, -1))).toBe(true);
    expect(doPassesCross(pass(-1, 1, 1, -1), pass(-1, -1, 1, 1))).toBe(true);
  });

  it('says passes that only touch do not cross (two corners meeting, a pass folding back on one side)', () => {
    expect(doPassesCross(pass(-1, 0, 0, -1), pass(1, 0, 0, 1))).toBe(false);
    expect(doPassesCross(pass(-1, 0, 1, 0), pass(-1, 1, 1, 1))).toBe(false);
  });

  it('does not count passes sharing a direction (overlapping edges are reported elsewhere)', () => {
    expect(doPassesCross(pass(-1, 0, 1, 0), pass(-2, 0, 0, 1))).toBe(false);
  });

  it('checks its input', () => {
    expect(() => doPassesCross(pass(NaN, 0, 1, 0), pass(0, 1, 0, -1))).toThrow(TypeError);
    expect(() => doPassesCross(pass(-1, 0, 1, 0), { inX: 0 } as unknown as BoundaryPass)).toThrow(TypeError);
  });
});
