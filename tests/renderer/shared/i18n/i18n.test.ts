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

describe('plural messages', () => {
  it('choose the form with the language’s plural rules on the count', async () => {
    const { fillTemplate } = await import('../../../../renderer/shared/i18n/i18n');
    const codes = { one: '{count} code', other: '{count} codes' };
    expect(fillTemplate('nl', codes, { count: 1 })).toBe('1 code');
    expect(fillTemplate('nl', codes, { count: 0 })).toBe('0 codes');
    expect(fillTemplate('en', codes, { count: 2 })).toBe('2 codes');
    expect(fillTemplate('en', codes, {})).toBe('{count} codes');
  });
});
