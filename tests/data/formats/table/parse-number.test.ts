import { describe, expect, it } from 'vitest';
import { classifyValue, detectNumberFormat, parseNumberText } from '../../../../data/formats/table/parse-number';

describe('parseNumberText', () => {
  it('reads Belgian numbers with a decimal comma', () => {
    expect(parseNumberText('1.234,5', ',')).toBe(1234.5);
    expect(parseNumberText('1.234.567', ',')).toBe(1234567);
    expect(parseNumberText('1.234', ',')).toBe(1234);
    expect(parseNumberText('1 234,5', ',')).toBe(1234.5);
    expect(parseNumberText('1\u00a0234,5', ',')).toBe(1234.5);
    expect(parseNumberText('-0,5', ',')).toBe(-0.5);
    expect(parseNumberText('€ 12,00', ',')).toBe(12);
    expect(parseNumberText('12,5%', ',')).toBe(12.5);
    expect(parseNumberText('1,5E+03', ',')).toBe(1500);
    expect(parseNumberText('−7', ',')).toBe(-7);
  });
  it('reads English numbers with a decimal point', () => {
    expect(parseNumberText('1,234.5', '.')).toBe(1234.5);
    expect(parseNumberText('1234.5', '.')).toBe(1234.5);
    expect(parseNumberText('1,234', '.')).toBe(1234);
    expect(parseNumberText('+7', '.')).toBe(7);
    expect(parseNumberText('.5', '.')).toBe(0.5);
    expect(parseNumberText('-0', '.')).toBe(0);
  });
  it('refuses what does not fit the decimal mark or is no number', () => {
    expect(parseNumberText('12.34', ',')).toBeUndefined();
    expect(parseNumberText('1.23.4', ',')).toBeUndefined();
    expect(parseNumberText('1,5', '.')).toBeUndefined();
    expect(parseNumberText('1.2345,6', ',')).toBeUndefined();
    for (const text of ['', 'abc', '=1+2', '1+2', '12 personen', '€', '-', 'e5', '0x10', 'Infinity']) expect(parseNumberText(text, '.')).toBeUndefined();
  });
});

describe('classifyValue', () => {
  it('classifies markers, formulas, spreadsheet errors and numbers', () => {
    expect(classifyValue('<5', ',')).toEqual({ kind: 'suppressed', marker: '<5' });
    expect(classifyValue('≤ 4', ',')).toEqual({ kind: 'suppressed', marker: '≤ 4' });
    expect(classifyValue('—', ',')).toEqual({ kind: 'suppressed', marker: '—' });
    expect(classifyValue('***', ',')).toEqual({ kind: 'suppressed', marker: '***' });
    expect(classifyValue('n.v.t.', ',')).toEqual({ kind: 'missing' });
    expect(classifyValue(null, ',')).toEqual({ kind: 'missing' });
    expect(classifyValue('#N/A', ',')).toEqual({ kind: 'excel-error', text: '#N/A' });
    expect(classifyValue('=SUM(A1:A3)', ',')).toEqual({ kind: 'formula', text: '=SUM(A1:A3)' });
    expect(classifyValue('-A1+1', ',')).toEqual({ kind: 'formula', text: '-A1+1' });
    expect(classifyValue('-12', ',')).toEqual({ kind: 'number', value: -12 });
    expect(classifyValue(34022, ',')).toEqual({ kind: 'number', value: 34022 });
    expect(classifyValue(true, ',')).toEqual({ kind: 'text', text: 'TRUE' });
    expect(classifyValue('twaalf', ',')).toEqual({ kind: 'text', text: 'twaalf' });
  });
});

describe('detectNumberFormat', () => {
  it('lets decisive values vote', () => {
    expect(detectNumberFormat(['1.234,5', '12'], '.')).toMatchObject({ decimal: ',', thousands: '.', ambiguous: false });
    expect(detectNumberFormat(['1,234.5'], ',')).toMatchObject({ decimal: '.', thousands: ',', ambiguous: false });
    expect(detectNumberFormat(['2,5', '3,75'], '.')).toMatchObject({ decimal: ',', thousands: null });
    expect(detectNumberFormat(['0.123', '1.234'], ',')).toMatchObject({ decimal: '.', thousands: null, ambiguous: false });
    expect(detectNumberFormat(['1 234,5'], '.')).toMatchObject({ decimal: ',', thousands: ' ' });
    expect(detectNumberFormat(['1.234.567'], '.')).toMatchObject({ decimal: ',', thousands: '.' });
  });
  it('falls back to the prior on 1.234 alone and says it is ambiguous', () => {
    expect(detectNumberFormat(['1.234', '950'], ',')).toEqual({ decimal: ',', thousands: '.', ambiguous: true, example: '1.234', votes: { comma: 0, point: 0 } });
    expect(detectNumberFormat(['1.234'], '.')).toMatchObject({ decimal: '.', thousands: null, ambiguous: true });
    expect(detectNumberFormat(['12', 'abc', '34022A00-'], ',')).toMatchObject({ decimal: ',', ambiguous: false, example: null });
  });
  it('obeys a forced decimal mark', () => {
    expect(detectNumberFormat(['1.234', '0.5'], '.', ',')).toMatchObject({ decimal: ',', thousands: '.', ambiguous: false });
  });
});
