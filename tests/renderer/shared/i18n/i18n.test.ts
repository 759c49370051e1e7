import { describe, expect, it } from 'vitest';
import { createTranslator, formatNumber, levelLabel } from '../../../../renderer/shared/i18n/i18n';
import { en, nl } from '../../../../renderer/shared/i18n/messages';

describe('i18n', () => {
  it('has the same keys in Dutch and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    expect(Object.keys(en.levels).sort()).toEqual(Object.keys(nl.levels).sort());
  });
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(createTranslator('nl')('areasCount', { count: 14 })).toBe('14 gebieden');
    expect(createTranslator('en')('areasCount')).toBe('{count} areas');
  });
  it('formats numbers the Belgian way in Dutch', () => {
    expect(formatNumber('nl', 1234.56)).toBe('1.234,6');
    expect(formatNumber('en', 1234.56)).toBe('1,234.6');
    expect(levelLabel('nl', 'wijk')).toBe('Wijk');
    expect(levelLabel('en', 'unknown-level')).toBe('unknown-level');
  });
});
