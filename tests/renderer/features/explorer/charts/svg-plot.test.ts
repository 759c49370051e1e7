import { describe, expect, it } from 'vitest';
import { scaleLinear } from '../../../../../renderer/features/explorer/charts/svg-plot';

describe('scaleLinear', () => {
  it('maps the domain onto the pixel range, also reversed (a y axis drawn upwards)', () => {
    const x = scaleLinear(0, 0.3, 92, 392);
    expect(x(0)).toBe(92);
    expect(x(0.15)).toBeCloseTo(242, 9);
    expect(x(0.3)).toBe(392);
    const y = scaleLinear(0.3, 0.8, 194, 8);
    expect(y(0.3)).toBe(194);
    expect(y(0.8)).toBeCloseTo(8, 9);
    expect(y(0.55)).toBeCloseTo(101, 9);
  });

  it('puts every value at the start of the range when the domain is empty, instead of dividing by zero', () => {
    const x = scaleLinear(1, 1, 10, 110);
    expect(x(1)).toBe(10);
    expect(Number.isFinite(x(2))).toBe(true);
  });
});
