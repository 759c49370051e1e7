import type { DecimalMark, RawCell, ThousandsMark } from './raw-table';

/**
 * Numbers written as text, the Belgian way (`1.234,5`, `1 234,5`) or the English way (`1,234.5`, `1234.5`),
 * and the markers that stand for a hidden or missing value.
 *
 * Markers (after trimming):
 * - suppressed (value null, `suppressed: true`, never zero): `<5`, `< 5`, `<10`, `≤4` (any `<`/`≤` number),
 *   `x`, `X`, `c`, `C`, `*` (one or more), `.`, `-` and the dashes `–` `—`. `-` and `.` follow the
 *   statistical-office convention (CBS/Statbel tables: `.` = unknown or confidential, `-` = not shown);
 *   some sources use `-` for zero, so a `-` is reported once per column as a warning that says how to turn
 *   it into 0. Never turning a marker into zero is the safe side for small counts.
 * - missing (value null, `suppressed: false`): the empty cell, `NA`, `N/A`, `n/a`, `n.a.`, `n.b.`, `nvt`,
 *   `n.v.t.`, `NaN`, `null`, `..` and `:` (OECD/Eurostat "not available").
 * - spreadsheet errors (`#DIV/0!`, `#N/A`, `#VALUE!`, …): missing, with a warning.
 * - formula-like text (starting with `=` or `@`, or `+`/`-` not followed by a plain number): never
 *   evaluated; in a numeric column it is an error.
 */

export type ValueClass =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'missing' }
  | { readonly kind: 'suppressed'; readonly marker: string }
  | { readonly kind: 'excel-error'; readonly text: string }
  | { readonly kind: 'formula'; readonly text: string }
  | { readonly kind: 'text'; readonly text: string };

const SUPPRESSED = /^(?:[<≤]\s*\d+(?:[.,]\d+)?|[xXcC]|\*+|\.|-|–|—)$/;
const MISSING = new Set(['', 'NA', 'N/A', 'n/a', 'na', 'n.a.', 'N.A.', 'n.b.', 'N.B.', 'nvt', 'n.v.t.', 'NVT', 'NaN', 'nan', 'null', 'NULL', '..', ':']);
const EXCEL_ERROR = /^#(?:DIV\/0!|N\/A|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i;
const FORMULA_START = /^[=@+\-−]/;
/** Spaces used as thousands separators: space, no-break space, narrow no-break space. */
const SPACES = /[ \u00a0\u202f]/g;

const BODY_COMMA = /^(?:\d{1,3}(?:(?:\.\d{3})+|(?:[ \u00a0\u202f]\d{3})+)|\d+)?(?:,\d+)?(?:[eE][+-]?\d+)?$/;
const BODY_POINT = /^(?:\d{1,3}(?:(?:,\d{3})+|(?:[ \u00a0\u202f]\d{3})+)|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/**
 * Parses a number written as text with the given decimal mark. The other mark (and spaces) may group
 * thousands, but only in groups of three. An optional sign, `€`/`EUR` and a trailing `%` are allowed (the
 * number is kept as written: `12,5%` → 12.5). Returns undefined for anything else.
 *
 * @example
 * parseNumberText('1.234,5', ',') // 1234.5
 * parseNumberText('1.234', ',')   // 1234
 * parseNumberText('1.234', '.')   // 1.234
 * parseNumberText('12.34', ',')   // undefined
 */
export function parseNumberText(raw: string, decimal: DecimalMark): number | undefined {
  let text = raw.trim().replace(/^(?:€|EUR)\s*/i, '').replace(/\s*(?:€|EUR)$/i, '').replace(/\s*%$/, '').trim();
  let sign = 1;
  if (text.startsWith('-') || text.startsWith('−')) {
    sign = -1;
    text = text.slice(1);
  } else if (text.startsWith('+')) text = text.slice(1);
  text = text.replace(/^(?:€|EUR)\s*/i, '');
  if (text === '' || !/\d/.test(text)) return undefined;
  const body = decimal === ',' ? BODY_COMMA : BODY_POINT;
  if (!body.test(text)) return undefined;
  const mantissaEnd = text.search(/[eE]/);
  const mantissa = mantissaEnd < 0 ? text : text.slice(0, mantissaEnd);
  if (!/\d/.test(mantissa)) return undefined;
  const grouping = decimal === ',' ? /\./g : /,/g;
  const plain = text.replace(SPACES, '').replace(grouping, '').replace(',', '.');
  const value = Number(plain);
  return Number.isFinite(value) ? sign * value + 0 : undefined;
}

/** Whether a text is one of the suppression markers (see the module comment). */
export const isSuppressionMarker = (text: string): boolean => SUPPRESSED.test(text.trim());

/**
 * Classifies one cell of a numeric column. Numbers stored as numbers (XLSX, Parquet) are taken as they are;
 * text is parsed with the file's decimal mark. Nothing is ever evaluated.
 */
export function classifyValue(cell: RawCell, decimal: DecimalMark): ValueClass {
  if (cell === null) return { kind: 'missing' };
  if (typeof cell === 'number') return Number.isFinite(cell) ? { kind: 'number', value: cell } : { kind: 'text', text: String(cell) };
  if (typeof cell === 'boolean') return { kind: 'text', text: cell ? 'TRUE' : 'FALSE' };
  const text = cell.trim();
  if (MISSING.has(text)) return { kind: 'missing' };
  if (SUPPRESSED.test(text)) return { kind: 'suppressed', marker: text };
  if (EXCEL_ERROR.test(text)) return { kind: 'excel-error', text };
  const value = parseNumberText(text, decimal);
  if (value !== undefined) return { kind: 'number', value };
  if (FORMULA_START.test(text)) return { kind: 'formula', text };
  return { kind: 'text', text };
}

export interface NumberFormatEvidence {
  readonly decimal: DecimalMark;
  readonly thousands: ThousandsMark;
  /** True when the choice rests on the prior only while some values could be read both ways. */
  readonly ambiguous: boolean;
  /** A value that can be read both ways (for the warning), if any. */
  readonly example: string | null;
  readonly votes: { readonly comma: number; readonly point: number };
}

const COMMA_GROUPED_POINT_DECIMAL = /^\d{1,3}(?:,\d{3})+\.\d+$/;
const POINT_GROUPED_COMMA_DECIMAL = /^\d{1,3}(?:\.\d{3})+,\d+$/;
const POINT_GROUPS_ONLY = /^\d{1,3}(?:\.\d{3}){2,}$/;
const COMMA_GROUPS_ONLY = /^\d{1,3}(?:,\d{3}){2,}$/;
const SPACE_GROUPED = /^\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:([.,])\d+)?$/;
const ONE_COMMA = /^(\d+),(\d+)$/;
const ONE_POINT = /^(\d+)\.(\d+)$/;

/**
 * Decides the decimal mark of a file from the numbers written in it. Decisive evidence: `1.234,5`,
 * `1.234.567`, `2,5`, `0,123`, `1234,5` vote for a comma; `1,234.5`, `1,234,567`, `2.5`, `0.123`, `1234.5`
 * vote for a point. `1.234` and `1,234` (one to three digits, one group of three) can be read both ways
 * and do not vote; when no value votes, the prior decides (the file's convention: a semicolon-separated
 * file from Belgian Excel uses a comma) and `ambiguous` tells the caller to warn. A `forced` mark (the
 * user's choice) wins; the thousands mark is then derived for it.
 */
export function detectNumberFormat(texts: Iterable<string>, prior: DecimalMark, forced?: DecimalMark): NumberFormatEvidence {
  let comma = 0;
  let point = 0;
  let pointGroups = false;
  let commaGroups = false;
  let spaceGroups = false;
  let ambiguousPoint: string | null = null;
  let ambiguousComma: string | null = null;
  for (const raw of texts) {
    let text = raw.trim().replace(/^[+\-−]/, '').replace(/^(?:€|EUR)\s*/i, '').replace(/\s*(?:€|EUR|%)$/i, '');
    if (text.length === 0 || text.length > 40 || !/^[\d., \u00a0\u202f]+$/.test(text)) continue;
    text = text.trim();
    if (POINT_GROUPED_COMMA_DECIMAL.test(text) || POINT_GROUPS_ONLY.test(text)) {
      comma++;
      pointGroups = true;
      continue;
    }
    if (COMMA_GROUPED_POINT_DECIMAL.test(text) || COMMA_GROUPS_ONLY.test(text)) {
      point++;
      commaGroups = true;
      continue;
    }
    const spaced = SPACE_GROUPED.exec(text);
    if (spaced) {
      spaceGroups = true;
      if (spaced[1] === ',') comma++;
      else if (spaced[1] === '.') point++;
      continue;
    }
    const c = ONE_COMMA.exec(text);
    if (c) {
      if (c[2]!.length !== 3 || c[1]!.length > 3 || c[1]!.startsWith('0')) comma++;
      else ambiguousComma ??= text;
      continue;
    }
    const p = ONE_POINT.exec(text);
    if (p) {
      if (p[2]!.length !== 3 || p[1]!.length > 3 || p[1]!.startsWith('0')) point++;
      else ambiguousPoint ??= text;
    }
  }
  const decimal: DecimalMark = forced ?? (comma > point ? ',' : point > comma ? '.' : prior);
  const decided = forced !== undefined || comma !== point;
  // A `1.234` in a comma-decimal file is a grouped thousand (and `1,234` in a point-decimal file).
  if (decimal === ',' && ambiguousPoint !== null) pointGroups = true;
  if (decimal === '.' && ambiguousComma !== null) commaGroups = true;
  const thousands: ThousandsMark = decimal === ',' ? (pointGroups ? '.' : spaceGroups ? ' ' : null) : commaGroups ? ',' : spaceGroups ? ' ' : null;
  const example = ambiguousPoint ?? ambiguousComma;
  return { decimal, thousands, ambiguous: !decided && example !== null, example, votes: { comma, point } };
}
