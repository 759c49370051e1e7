import { formatNumber, type Language, type Translate } from '../../shared/i18n/i18n';
import type { NumberBounds, NumberRefusal } from './number-entry';
import { MAX_TEAM_FTE, MAX_TOTAL_FTE } from './number-entry';
import type { ScenarioRefusal } from './plan-scenario';

const MODE_KEYS = { walk: 'plannerModeWalk', bike: 'plannerModeBike', car: 'plannerModeCar', transit: 'plannerModeTransit' } as const;

/**
 * The words for a travel mode in the UI language ("te voet", "met de fiets"), never its id; a mode without
 * words is "vervoerswijze n" by its place among the run's modes.
 *
 * @example
 * modeWords(createTranslator('nl'), 'bike', 1) // 'met de fiets'
 */
export function modeWords(t: Translate, mode: string, index: number): string {
  const key = (MODE_KEYS as Record<string, (typeof MODE_KEYS)[keyof typeof MODE_KEYS] | undefined>)[mode];
  return key ? t(key) : t('plannerModeOther', { n: index + 1 });
}

/** The first letter as a capital (for mode words at the start of a line). */
export const capitalise = (text: string): string => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/**
 * Why a typed number was refused, in words, with the field's bounds in the UI language.
 *
 * @example
 * refusalWords(createTranslator('nl'), 'nl', 'too-large', { min: 0, max: 10_000 }) // 'Te groot: hoogstens 10.000.'
 */
export function refusalWords(t: Translate, language: Language, reason: NumberRefusal | ScenarioRefusal, bounds: NumberBounds): string {
  const n = (x: number) => formatNumber(language, x, Number.isInteger(x) ? 0 : 2);
  switch (reason) {
    case 'not-a-number':
      return t('plannerEntryNotNumber', { example: bounds.whole ? '2' : formatNumber(language, 14.5, 1) });
    case 'required':
      return t('plannerEntryRequired');
    case 'too-large':
      return t('plannerEntryTooLarge', { max: n(bounds.max) });
    case 'too-small':
      return bounds.minExclusive ? t('plannerEntryAboveMin', { min: n(bounds.min) }) : t('plannerEntryTooSmall', { min: n(bounds.min) });
    case 'not-whole':
      return t('plannerEntryNotWhole', { min: n(bounds.min), max: n(bounds.max) });
    case 'team-too-large':
      return t('plannerEntryTeamTooLarge', { max: n(MAX_TEAM_FTE) });
    case 'total-too-large':
      return t('plannerEntryTotalTooLarge', { max: n(MAX_TOTAL_FTE) });
    case 'not-computable':
      return t('plannerEntryNotComputable');
  }
}
