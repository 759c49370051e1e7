import { describe, expect, it } from 'vitest';
import { quoteIdentifier } from '../../../data/db/quote-identifier';

describe('quoteIdentifier', () => {
  it('quotes and doubles embedded quotes', () => {
    expect(quoteIdentifier('indicators')).toBe('"indicators"');
    expect(quoteIdentifier('a "b"; DROP TABLE x')).toBe('"a ""b""; DROP TABLE x"');
  });
  it('refuses empty names and NUL', () => {
    expect(() => quoteIdentifier('')).toThrow(/non-empty/);
    expect(() => quoteIdentifier('a\u0000b')).toThrow(/NUL/);
  });
});
