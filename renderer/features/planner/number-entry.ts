import { MAX_TEAM_FTE } from '../../../data/organisation';
import { LOCALE, type Language } from '../../shared/i18n/i18n';

export { MAX_TEAM_FTE };

/** The most social-worker FTE a scenario may hold in all (the formula's total, or its teams together). */
export const MAX_TOTAL_FTE = 10_000;
/** Travel radii the planner accepts, in km (a walk of 50 m to a ride of 50 km). */
export const RADIUS_KM = { min: 0.05, max: 50 } as const;

/** Why a typed number is refused. */
export type NumberRefusal = 'not-a-number' | 'required' | 'too-small' | 'too-large' | 'not-whole';

export interface NumberBounds {
  readonly min: number;
  readonly max: number;
  /** `min` itself is refused (a radius must be more than 0). */
  readonly minExclusive?: boolean;
  /** Empty text stands for "not set" (null) instead of being refused. */
  readonly optional?: boolean;
  readonly whole?: boolean;
}

export type NumberEntry = { readonly ok: true; readonly value: number | null } | { readonly ok: false; readonly reason: NumberRefusal };

/** One decimal mark (`14,5`, `14.5`, `14,`, `,5`), or thousands grouped in threes with the other mark as decimal. */
const PLAIN = /^(\d+(?:[.,]\d*)?|[.,]\d+)$/;
const GROUPED_NL = /^\d{1,3}(?:\.\d{3})+(?:,\d*)?$/;
const GROUPED_EN = /^\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;

/**
 * A number as a user types it in either convention: `14,5` and `14.5` are both 14.5 (one mark is always the
 * decimal mark); `1.234,5` and `1,234.5` group thousands. Spaces are ignored. Anything else (letters, two
 * decimal marks, a sign, `1e6`) is not a number: undefined. Never throws.
 *
 * @example
 * readTypedNumber('14,5') // 14.5
 * readTypedNumber('1.000.000') // 1000000
 * readTypedNumber('veel') // undefined
 */
export function readTypedNumber(text: string): number | undefined {
  const t = text.replace(/[\s\u00a0\u202f]/g, '');
  let normal: string;
  if (PLAIN.test(t)) normal = t.replace(',', '.');
  else if (GROUPED_NL.test(t)) normal = t.replace(/\./g, '').replace(',', '.');
  else if (GROUPED_EN.test(t)) normal = t.replace(/,/g, '');
  else return undefined;
  const value = Number(normal.endsWith('.') ? normal.slice(0, -1) : normal);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * A typed number checked against its bounds: the value (null for empty text when optional), or why it is
 * refused. Never throws, so whatever is typed can never reach the engine out of range.
 *
 * @example
 * parseBoundedNumber('14,5', { min: 0, max: 10_000 }) // { ok: true, value: 14.5 }
 * parseBoundedNumber('1000000', { min: 0, max: 10_000 }) // { ok: false, reason: 'too-large' }
 */
export function parseBoundedNumber(text: string, bounds: NumberBounds): NumberEntry {
  if (text.trim() === '') return bounds.optional ? { ok: true, value: null } : { ok: false, reason: 'required' };
  if (/^\s*[-−]/.test(text) && readTypedNumber(text.replace(/^\s*[-−]/, '')) !== undefined) return { ok: false, reason: 'too-small' };
  const value = readTypedNumber(text);
  if (value === undefined) return { ok: false, reason: 'not-a-number' };
  if (value > bounds.max) return { ok: false, reason: 'too-large' };
  if (value < bounds.min || (bounds.minExclusive && value === bounds.min)) return { ok: false, reason: 'too-small' };
  if (bounds.whole && !Number.isInteger(value)) return { ok: false, reason: 'not-whole' };
  return { ok: true, value };
}

/**
 * A number as an input field shows it: the UI language's decimal mark, at most `maxDigits` decimals, no
 * thousands separator (so that what is shown reads back as the same number).
 *
 * @example
 * formatInputNumber('nl', 14.5) // '14,5'
 * formatInputNumber('en', 1234.5) // '1234.5'
 */
export function formatInputNumber(language: Language, value: number | null, maxDigits = 2): string {
  if (value === null) return '';
  return new Intl.NumberFormat(LOCALE[language], { maximumFractionDigits: maxDigits, useGrouping: false }).format(value);
}

/** Bounds of the planner's fields. */
export const FTE_BOUNDS: NumberBounds = { min: 0, max: MAX_TEAM_FTE };
export const TOTAL_FTE_BOUNDS: NumberBounds = { min: 0, max: MAX_TOTAL_FTE, minExclusive: true, optional: true };
export const CONSTRAINT_BOUNDS: NumberBounds = { min: 0, max: MAX_TEAM_FTE, optional: true };
export const RADIUS_BOUNDS: NumberBounds = { min: RADIUS_KM.min, max: RADIUS_KM.max };
export const SITES_BOUNDS: NumberBounds = { min: 1, max: 5, whole: true };
