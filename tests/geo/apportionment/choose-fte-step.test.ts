import { describe, expect, it } from 'vitest';
import { apportionFte } from '../../../geo/apportionment/apportion-fte';
import { chooseFteStep } from '../../../geo/apportionment/choose-fte-step';

describe('chooseFteStep (regression: a staff total of 17,25 FTE made the whole analysis fail)', () => {
  it('keeps the preferred step when it divides the amounts', () => {
    expect(chooseFteStep(77, 0.5)).toBe(0.5);
    expect(chooseFteStep(0, 0.5)).toBe(0.5);
    expect(chooseFteStep(12, 1, 2)).toBe(1);
  });

  it('takes the coarsest finer step that divides the total and the minimum', () => {
    expect(chooseFteStep(17.25, 0.5)).toBe(0.25);
    expect(chooseFteStep(19.75, 0.5)).toBe(0.25);
    expect(chooseFteStep(17.3, 0.5, 2)).toBe(0.1);
    expect(chooseFteStep(10, 0.5, 0.75)).toBe(0.25);
    expect(chooseFteStep(0.1 + 0.2, 0.5)).toBe(0.1);
    expect(chooseFteStep(3.333, 0.5)).toBe(0.001);
  });

  it('gives a step apportionFte accepts for the same total', () => {
    const step = chooseFteStep(17.25, 0.5);
    const result = apportionFte({ total: 17.25, step, method: 'sainte-lague', weights: { a: 2, b: 1 } });
    expect(result.teams.reduce((s, t) => s + t.allocated, 0)).toBeCloseTo(17.25, 9);
  });

  it('refuses bad input and amounts no step divides', () => {
    expect(() => chooseFteStep(10, 0)).toThrow(RangeError);
    expect(() => chooseFteStep(-1, 0.5)).toThrow(RangeError);
    expect(() => chooseFteStep(Number.NaN, 0.5)).toThrow(RangeError);
    expect(() => chooseFteStep(1.23456, 0.5)).toThrow(/no FTE step/);
  });
});
