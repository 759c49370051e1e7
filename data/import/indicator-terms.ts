import type { Language } from '../problems';
import type { IndicatorKind } from './tables/suggest-indicator-definition';

type Terms = Readonly<Record<Language, string>>;

/** What each kind of indicator is, in Dutch and English (the wizard's kind choice and the report). */
export const INDICATOR_KIND_TERMS: Readonly<Record<IndicatorKind, Terms>> = {
  count: { nl: 'aantal', en: 'count' },
  rate: { nl: 'ratio', en: 'rate' },
  share: { nl: 'aandeel', en: 'share' },
  amount: { nl: 'bedrag', en: 'amount' },
  mean: { nl: 'gemiddelde', en: 'mean' },
};

/** The units the import suggests (suggestIndicatorDefinition), in Dutch and English. */
export const INDICATOR_UNIT_TERMS: Readonly<Record<string, Terms>> = {
  persons: { nl: 'personen', en: 'persons' },
  households: { nl: 'huishoudens', en: 'households' },
  dossiers: { nl: 'dossiers', en: 'case files' },
  requests: { nl: 'hulpvragen', en: 'requests' },
  'tax returns': { nl: 'aangiften', en: 'tax returns' },
  count: { nl: 'aantal', en: 'count' },
  value: { nl: 'waarde', en: 'value' },
  EUR: { nl: 'EUR', en: 'EUR' },
  '%': { nl: '%', en: '%' },
  'per 1000': { nl: 'per 1.000', en: 'per 1,000' },
  'per 100': { nl: 'per 100', en: 'per 100' },
  ratio: { nl: 'verhouding', en: 'ratio' },
};

/** Other words of the import report: a table row, a column, a feature. */
export const IMPORT_REPORT_TERMS = {
  row: { nl: 'rij', en: 'row' },
  rows: { nl: 'rijen', en: 'rows' },
  column: { nl: 'kolom', en: 'column' },
  feature: { nl: 'feature', en: 'feature' },
} as const satisfies Readonly<Record<string, Terms>>;

/**
 * A kind of indicator in the user's language; an unknown kind as it is.
 *
 * @example
 * indicatorKindLabel('share', 'nl') // 'aandeel'
 */
export function indicatorKindLabel(kind: string, language: Language): string {
  return (INDICATOR_KIND_TERMS as Readonly<Record<string, Terms>>)[kind]?.[language] ?? kind;
}

/**
 * A unit in the user's language; a unit the user typed is shown as typed.
 *
 * @example
 * indicatorUnitLabel('persons', 'nl') // 'personen'
 * indicatorUnitLabel('bedden', 'nl')  // 'bedden'
 */
export function indicatorUnitLabel(unit: string, language: Language): string {
  return INDICATOR_UNIT_TERMS[unit]?.[language] ?? unit;
}
