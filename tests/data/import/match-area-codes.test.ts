import { describe, expect, it } from 'vitest';
import { matchAreaCodes, normaliseAreaCode } from '../../../data/import/match-area-codes';

describe('normaliseAreaCode', () => {
  it('trims, upper-cases and drops the Statbel trailing dash and a spreadsheet .0', () => {
    expect(normaliseAreaCode(' 34022a00- ')).toBe('34022A00');
    expect(normaliseAreaCode('34022A00')).toBe('34022A00');
    expect(normaliseAreaCode('34022.0')).toBe('34022');
    expect(normaliseAreaCode('34022 W08')).toBe('34022W08');
  });
});

describe('matchAreaCodes', () => {
  const areas = ['34022A00-', '34022A01-', '34022A021', '34022B00-'];
  it('matches exactly first, then after normalising, and reports both sides', () => {
    const report = matchAreaCodes(
      [
        { code: '34022A00-', row: 2 },
        { code: '34022a01', row: 3 },
        { code: '34022A021', row: 4 },
        { code: '99999X99', row: 5 },
        { code: '99999X99', row: 6 },
        { code: 'elders', row: 7 },
      ],
      areas,
    );
    expect(Object.fromEntries(report.matched)).toEqual({ '34022A00-': '34022A00-', '34022a01': '34022A01-', '34022A021': '34022A021' });
    expect(report.exact).toBe(2);
    expect(report.normalised).toBe(1);
    expect(report.unmatchedInTable).toEqual([
      { code: '99999X99', count: 2, rows: [5, 6] },
      { code: 'elders', count: 1, rows: [7] },
    ]);
    expect(report.unmatchedAreas).toEqual(['34022B00-']);
  });
  it('does not guess between two areas that normalise alike', () => {
    const report = matchAreaCodes([{ code: 'a1', row: 2 }], ['A1', 'a1 ']);
    expect(report.matched.size).toBe(0);
  });
});
