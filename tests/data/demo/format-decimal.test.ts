import { describe, expect, it } from 'vitest';
import { formatDecimal } from '../../../data/demo/format-decimal';

describe('formatDecimal', () => {
  it('rounds with toFixed and strips trailing zeros', () => {
    expect(formatDecimal(14.5, 1)).toBe('14.5');
    expect(formatDecimal(6, 1)).toBe('6');
    expect(formatDecimal(0.28991, 4)).toBe('0.2899');
    expect(formatDecimal(3.9501, 6)).toBe('3.9501');
    expect(formatDecimal(-0.00001, 2)).toBe('0');
    expect(formatDecimal(1234.0, 0)).toBe('1234');
  });

  it('rejects non-finite values and bad decimals', () => {
    expect(() => formatDecimal(Number.NaN, 2)).toThrow(RangeError);
    expect(() => formatDecimal(1, -1)).toThrow(RangeError);
  });
});
