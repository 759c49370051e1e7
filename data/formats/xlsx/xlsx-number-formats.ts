/**
 * What a cell's number format says about how to show its number: as a date, a time, a code padded with
 * zeros (`00000` shows 1234 as `01234`), or plainly.
 */
export type CellDisplay = { readonly kind: 'plain' } | { readonly kind: 'date' } | { readonly kind: 'datetime' } | { readonly kind: 'time' } | { readonly kind: 'zeros'; readonly width: number };

const PLAIN: CellDisplay = { kind: 'plain' };
const BUILT_IN_DATE = new Set([14, 15, 16, 17, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58]);
const BUILT_IN_TIME = new Set([18, 19, 20, 21, 32, 33, 45, 46, 47, 55, 56]);
const BUILT_IN_DATETIME = new Set([22]);

/**
 * Classifies a number format by id and (for custom ids) format code. Quoted text, escaped characters,
 * fill/padding characters and bracketed parts (colours, locales, conditions) are ignored, except `[h]`,
 * `[m]`, `[s]` (elapsed time).
 */
export function classifyNumberFormat(id: number, code: string | undefined): CellDisplay {
  if (BUILT_IN_DATE.has(id)) return { kind: 'date' };
  if (BUILT_IN_TIME.has(id)) return { kind: 'time' };
  if (BUILT_IN_DATETIME.has(id)) return { kind: 'datetime' };
  if (code === undefined) return PLAIN;
  // The first section (positive numbers) decides.
  const section = code.split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/)[0] ?? '';
  const elapsed = /\[(?:h+|m+|s+)\]/i.test(section);
  const cleaned = section
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '')
    .replace(/\[(h+|m+|s+)\]/gi, '$1')
    .replace(/\[[^\]]*\]/g, '');
  if (/^0{2,}$/.test(cleaned.trim())) return { kind: 'zeros', width: cleaned.trim().length };
  const lower = cleaned.toLowerCase();
  if (/general/.test(lower)) return PLAIN;
  const letters = lower.replace(/am\/pm|a\/p/g, '');
  // `m` is a month unless it stands with hours or seconds (then it is minutes).
  const hasDate = /[yd]/.test(letters) || (/m/.test(letters) && !/[hs]/.test(letters));
  const hasTime = elapsed || /[hs]/.test(letters);
  if (hasDate && hasTime) return { kind: 'datetime' };
  if (hasDate) return { kind: 'date' };
  if (hasTime) return { kind: 'time' };
  return PLAIN;
}

const DAY_MS = 86_400_000;

/**
 * An Excel serial date as ISO 8601 text: `2024-01-31` for a date format (a time of day is dropped, as Excel
 * shows it), `2024-01-31T08:30:00` for a date-and-time format, `08:30:00` for a time format. Both date systems (1900 with its phantom 29 February, and 1904).
 */
export function excelSerialToIso(serial: number, display: 'date' | 'datetime' | 'time', date1904: boolean): string {
  let ms = Math.round(serial * DAY_MS);
  if (!date1904 && serial < 60) ms += DAY_MS; // serials before the phantom 1900-02-29
  const base = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  const iso = new Date(base + ms).toISOString();
  const date = iso.slice(0, 10);
  const time = iso.slice(11, 19);
  if (display === 'time') return time;
  return display === 'date' || time === '00:00:00' ? date : `${date}T${time}`;
}
