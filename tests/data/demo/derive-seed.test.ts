import { describe, expect, it } from 'vitest';
import { deriveSeed } from '../../../data/demo/derive-seed';

describe('deriveSeed', () => {
  it('is stable, 32-bit, and differs by label and by seed', () => {
    const a = deriveSeed(20240101, 'layout');
    expect(deriveSeed(20240101, 'layout')).toBe(a);
    expect(Number.isInteger(a) && a >= 0 && a < 2 ** 32).toBe(true);
    expect(deriveSeed(20240101, 'names-1')).not.toBe(a);
    expect(deriveSeed(20240102, 'layout')).not.toBe(a);
    const many = new Set(Array.from({ length: 1000 }, (_, i) => deriveSeed(i, 'sectors-1')));
    expect(many.size).toBe(1000);
  });

  it('rejects bad input', () => {
    expect(() => deriveSeed(1.5, 'x')).toThrow(TypeError);
    expect(() => deriveSeed(1, '')).toThrow(TypeError);
  });
});
