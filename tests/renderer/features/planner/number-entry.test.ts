import { describe, expect, it } from 'vitest';
import {
  CONSTRAINT_BOUNDS,
  formatInputNumber,
  FTE_BOUNDS,
  parseBoundedNumber,
  RADIUS_BOUNDS,
  readTypedNumber,
  SITES_BOUNDS,
  TOTAL_FTE_BOUNDS,
} from '../../../../renderer/features/planner/number-entry';

describe('readTypedNumber', () => {
  it('takes a decimal comma and a decimal point alike', () => {
    expect(readTypedNumber('14,5')).toBe(14.5);
    expect(readTypedNumber('14.5')).toBe(14.5);
    expect(readTypedNumber(' 14 ')).toBe(14);
    expect(readTypedNumber('14,')).toBe(14);
    expect(readTypedNumber(',5')).toBe(0.5);
  });

  it('takes thousands grouped in threes, in either convention', () => {
    expect(readTypedNumber('1.234,5')).toBe(1234.5);
    expect(readTypedNumber('1,234.5')).toBe(1234.5);
    expect(readTypedNumber('1.000.000')).toBe(1_000_000);
    expect(readTypedNumber('1 000 000')).toBe(1_000_000);
  });

  it('refuses what is not a plain number (never throws)', () => {
    for (const text of ['veel', '14,5,5', '1.2.3', '1e6', '1e308', 'Infinity', 'NaN', '--1', '0x10', '', '12.34,5.6']) expect(readTypedNumber(text), text).toBeUndefined();
  });
});

describe('parseBoundedNumber', () => {
  it('regression: 1000000 in an FTE box is refused as too large, not taken', () => {
    expect(parseBoundedNumber('1000000', FTE_BOUNDS)).toEqual({ ok: false, reason: 'too-large' });
    expect(parseBoundedNumber('1.000.000', FTE_BOUNDS)).toEqual({ ok: false, reason: 'too-large' });
    expect(parseBoundedNumber('1000000', TOTAL_FTE_BOUNDS)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('takes FTE per team from 0 to 10,000 and says why anything else is refused', () => {
    expect(parseBoundedNumber('14,5', FTE_BOUNDS)).toEqual({ ok: true, value: 14.5 });
    expect(parseBoundedNumber('0', FTE_BOUNDS)).toEqual({ ok: true, value: 0 });
    expect(parseBoundedNumber('10000', FTE_BOUNDS)).toEqual({ ok: true, value: 10_000 });
    expect(parseBoundedNumber('10000,5', FTE_BOUNDS)).toEqual({ ok: false, reason: 'too-large' });
    expect(parseBoundedNumber('-2', FTE_BOUNDS)).toEqual({ ok: false, reason: 'too-small' });
    expect(parseBoundedNumber('', FTE_BOUNDS)).toEqual({ ok: false, reason: 'required' });
    expect(parseBoundedNumber('veel', FTE_BOUNDS)).toEqual({ ok: false, reason: 'not-a-number' });
  });

  it('optional fields are null when empty; a total must be more than 0; radii and the number of sites have their own bounds', () => {
    expect(parseBoundedNumber('', TOTAL_FTE_BOUNDS)).toEqual({ ok: true, value: null });
    expect(parseBoundedNumber('0', TOTAL_FTE_BOUNDS)).toEqual({ ok: false, reason: 'too-small' });
    expect(parseBoundedNumber('', CONSTRAINT_BOUNDS)).toEqual({ ok: true, value: null });
    expect(parseBoundedNumber('1,5', RADIUS_BOUNDS)).toEqual({ ok: true, value: 1.5 });
    expect(parseBoundedNumber('0', RADIUS_BOUNDS)).toEqual({ ok: false, reason: 'too-small' });
    expect(parseBoundedNumber('500', RADIUS_BOUNDS)).toEqual({ ok: false, reason: 'too-large' });
    expect(parseBoundedNumber('2,5', SITES_BOUNDS)).toEqual({ ok: false, reason: 'not-whole' });
    expect(parseBoundedNumber('6', SITES_BOUNDS)).toEqual({ ok: false, reason: 'too-large' });
  });
});

describe('formatInputNumber', () => {
  it('shows a decimal comma in Dutch and a point in English, without grouping, so that it reads back the same', () => {
    expect(formatInputNumber('nl', 14.5)).toBe('14,5');
    expect(formatInputNumber('en', 14.5)).toBe('14.5');
    expect(formatInputNumber('nl', 1234.25)).toBe('1234,25');
    expect(formatInputNumber('nl', 12)).toBe('12');
    expect(formatInputNumber('nl', null)).toBe('');
    for (const v of [0, 0.5, 14.5, 1234.25, 10_000]) expect(readTypedNumber(formatInputNumber('nl', v))).toBe(v);
  });
});
