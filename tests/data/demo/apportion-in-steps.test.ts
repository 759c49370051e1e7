import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { apportionInSteps } from '../../../data/demo/apportion-in-steps';

describe('apportionInSteps', () => {
  it('splits proportionally in steps (hand cases)', () => {
    expect(apportionInSteps(10, [1, 1, 2], 0.5, 0.5)).toEqual([2.5, 2.5, 5]);
    expect(apportionInSteps(7, [1, 1, 1, 1, 1, 1, 1], 0.5)).toEqual([1, 1, 1, 1, 1, 1, 1]);
    expect(apportionInSteps(3, [0, 0, 0], 1)).toEqual([1, 1, 1]);
  });

  it('always adds up exactly, in steps, above the minimum (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 400 }), fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 9 }), (halfSteps, weights) => {
        const total = halfSteps / 2;
        fc.pre(total >= weights.length * 0.5);
        const parts = apportionInSteps(total, weights, 0.5, 0.5);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
        for (const p of parts) {
          expect(p).toBeGreaterThanOrEqual(0.5);
          expect((p * 2) % 1).toBe(0);
        }
      }),
    );
  });

  it('rejects impossible requests', () => {
    expect(() => apportionInSteps(1.25, [1], 0.5)).toThrow(/multiple/);
    expect(() => apportionInSteps(1, [1, 1, 1], 0.5, 0.5)).toThrow(/minimum/);
    expect(() => apportionInSteps(1, [-1], 0.5)).toThrow(RangeError);
  });
});
