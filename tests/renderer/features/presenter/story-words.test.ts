import { describe, expect, it } from 'vitest';
import type { LoadedPackage } from '../../../../data/package';
import { storySourceLineOf, storyTitleOf } from '../../../../renderer/features/presenter/story-words';
import { createTranslator } from '../../../../renderer/shared/i18n/i18n';

const descriptor = { name: 'p', title: 'Wijken — neighbourhoods', titles: { nl: 'Wijken', en: 'Neighbourhoods' } } as unknown as LoadedPackage['descriptor'];
const provenance = {
  sources: ['Statbel'],
  licenses: ['Open'],
  sourceTexts: [{ title: 'Statbel', titles: { nl: 'Statbel, sectoren', en: 'Statbel, sectors' } }],
  licenceTexts: [{ title: 'Open', titles: { nl: 'Open licentie' } }],
} as unknown as LoadedPackage['provenance'];

describe('story words', () => {
  it('titles a story without a municipality with the package title in the UI language', () => {
    expect(storyTitleOf({ descriptor }, 'nl')).toBe('Wijken');
    expect(storyTitleOf({ descriptor }, 'en')).toBe('Neighbourhoods');
    expect(storyTitleOf({ descriptor: { ...descriptor, municipality: { name: 'Kortrijk' } } }, 'en')).toBe('Kortrijk');
  });

  it('writes the source line in the UI language, the licence falling back on the other language', () => {
    expect(storySourceLineOf({ provenance }, createTranslator('nl'), 'nl')).toBe('Bron: Statbel, sectoren (Open licentie)');
    expect(storySourceLineOf({ provenance }, createTranslator('en'), 'en')).toBe('Source: Statbel, sectors (Open licentie)');
  });
});
