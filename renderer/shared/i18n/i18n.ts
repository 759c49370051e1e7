import { MESSAGES, type Language, type MessageKey, type Plural } from './messages';

export type { Language, Plural } from './messages';

/** BCP 47 locale per UI language: numbers and dates follow Belgian conventions (1.234,5 in nl-BE). */
export const LOCALE: Record<Language, string> = { nl: 'nl-BE', en: 'en-GB' };

export type Translate = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;

/**
 * A translation function for a language. Missing placeholders stay visible (`{name}`) rather than
 * silently disappearing.
 *
 * @example
 * createTranslator('nl')('areasCount', { count: 14 }) // '14 gebieden'
 */
export function createTranslator(language: Language): Translate {
  const messages = MESSAGES[language];
  return (key, params) => fillTemplate(language, messages[key], params);
}

const pluralRules = new Map<Language, Intl.PluralRules>();

/**
 * Fills `{name}` placeholders of a template; a plural template is chosen by the `count` param with the
 * language's plural rules (`Intl.PluralRules`). Missing placeholders stay visible (`{name}`).
 *
 * @example
 * fillTemplate('nl', { one: '{count} code', other: '{count} codes' }, { count: 1 }) // '1 code'
 */
export function fillTemplate(language: Language, template: string | Plural, params?: Readonly<Record<string, string | number>>): string {
  let text: string;
  if (typeof template === 'string') text = template;
  else {
    const count = Number(params?.count);
    let rules = pluralRules.get(language);
    if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(LOCALE[language])));
    const category = Number.isFinite(count) ? rules.select(count) : 'other';
    text = (category === 'zero' && count !== 0 ? undefined : template[category]) ?? template.other;
  }
  if (!params) return text;
  // Params are put in as given: format numbers for the locale before (formatNumber), as years must stay 2024.
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Label of an area level in a language; unknown levels show their id. */
export function levelLabel(language: Language, level: string): string {
  return MESSAGES[language].levels[level] ?? level;
}

/**
 * Formats a number for the UI language with a sensible precision: whole numbers without decimals,
 * rates with one decimal (two under 10).
 *
 * @example
 * formatNumber('nl', 1234.56) // '1.234,6'
 */
export function formatNumber(language: Language, value: number, fractionDigits?: number): string {
  const digits = fractionDigits ?? (Number.isInteger(value) ? 0 : Math.abs(value) < 10 ? 2 : 1);
  return numberFormat(language, digits).format(value);
}

/**
 * One `Intl.NumberFormat` per language and number of decimals: making one costs ~0.1 ms, and a level switch
 * formatted a few hundred numbers (legend, charts, labels) with a new one each, 22 ms of its main-thread time.
 */
const NUMBER_FORMATS = new Map<string, Intl.NumberFormat>();
function numberFormat(language: Language, digits: number): Intl.NumberFormat {
  const key = `${language}|${digits}`;
  let format = NUMBER_FORMATS.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE[language], { minimumFractionDigits: digits, maximumFractionDigits: digits });
    NUMBER_FORMATS.set(key, format);
  }
  return format;
}

/**
 * A date and time for the UI language (`22-11-2026 14:05` in nl-BE).
 *
 * @example
 * formatDateTime('en', new Date('2026-11-22T14:05:00')) // '22/11/2026, 14:05' (en-GB)
 */
export function formatDateTime(language: Language, date: Date): string {
  return new Intl.DateTimeFormat(LOCALE[language], { dateStyle: 'short', timeStyle: 'short' }).format(date);
}
