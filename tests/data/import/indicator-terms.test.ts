import { describe, expect, it } from 'vitest';
import { INDICATOR_KIND_TERMS, IMPORT_REPORT_TERMS, indicatorKindLabel, indicatorUnitLabel } from '../../../data/import/indicator-terms';
import { suggestIndicatorDefinition } from '../../../data/import/tables/suggest-indicator-definition';

describe('indicator terms in Dutch and English', () => {
  it('names every kind in both languages, differently from the code in Dutch where Dutch has its own word', () => {
    for (const kind of ['count', 'rate', 'share', 'amount', 'mean'] as const) {
      expect(INDICATOR_KIND_TERMS[kind].nl).not.toBe('');
      expect(indicatorKindLabel(kind, 'en')).toBe(INDICATOR_KIND_TERMS[kind].en);
    }
    expect(indicatorKindLabel('share', 'nl')).toBe('aandeel');
    expect(indicatorKindLabel('mystery', 'nl')).toBe('mystery');
  });

  it('has a Dutch word for every unit the import suggests', () => {
    const headers = ['Aantal leefloners', 'Aantal dossiers', 'Aantal hulpvragen', 'Aantal huishoudens', 'Aantal', 'Werkloosheidsgraad', 'Aandeel 65+', 'Gemiddeld inkomen', 'MS_NBR_ZERO_INC', 'per 1000 inwoners', 'score'];
    for (const header of headers) {
      const { unit } = suggestIndicatorDefinition(header, [1.5, 2.5]);
      const { unit: countUnit } = suggestIndicatorDefinition(header, [10, 20]);
      for (const u of [unit, countUnit]) expect(indicatorUnitLabel(u, 'nl'), `${header} → ${u}`).not.toBe(u === 'EUR' || u === '%' || u === 'dossiers' || u === 'per 100' ? '' : u);
    }
    expect(indicatorUnitLabel('persons', 'nl')).toBe('personen');
    expect(indicatorUnitLabel('bedden', 'nl')).toBe('bedden');
    expect(IMPORT_REPORT_TERMS.row.nl).toBe('rij');
  });
});
