import { describe, expect, it } from 'vitest';
import { counted, IMPORT_MESSAGES } from '../../../data/problems';

describe('counted (regression: "1 code(s)", "2 ring(en)" in the messages)', () => {
  it('puts the noun in the number of the count', () => {
    expect(counted(1, 'ring', 'ringen')).toBe('1 ring');
    expect(counted(0, 'ring', 'ringen')).toBe('0 ringen');
    expect(counted(3, 'ring', 'ringen')).toBe('3 ringen');
    expect(counted('1', 'area', 'areas')).toBe('1 area');
  });
  it('takes the plural for what is not a number', () => {
    expect(counted('X', 'gebied', 'gebieden')).toBe('X gebieden');
  });
  it('reads right in a message', () => {
    expect(IMPORT_MESSAGES['import-codes-unmatched-table'].nl({ count: 1, rows: 3, examples: '34022A' }).message).toMatch(/^1 code in de tabel .*\(3 rijen\)/);
    expect(IMPORT_MESSAGES['import-codes-unmatched-table'].en({ count: 2, rows: 1, examples: '34022A' }).message).toMatch(/^2 codes in the table .*\(1 row\)/);
  });
});
