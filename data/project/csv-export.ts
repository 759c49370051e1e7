/** A cell of an exported table: text, a number, or empty (null). */
export type CsvExportCell = string | number | null;

export interface CsvExportOptions {
  /** Field separator: `,` (default) or `;` (what Excel expects with Belgian/Dutch regional settings). */
  readonly separator?: ',' | ';';
  /** Start with a UTF-8 byte-order mark (U+FEFF) so Excel reads the file as UTF-8; default true. */
  readonly bom?: boolean;
}

/** Text a spreadsheet could take for a formula: starts with `=`, `+`, `-`, `@`, tab or carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Writes rows (the first is usually the header) as CSV for spreadsheets:
 *
 * - RFC 4180 quoting: a field with the separator, a `"`, CR or LF is wrapped in `"` with `"` doubled;
 * - CRLF after every row, including the last;
 * - a UTF-8 byte-order mark first unless `bom: false` (encode the result as UTF-8);
 * - numbers as JavaScript prints them, always with `.` as decimal mark (also with `;` as separator),
 *   e.g. `-2.5`, `1e+21`; `null` as an empty field;
 * - **formula injection neutralised**: a *text* cell starting with `=`, `+`, `-`, `@`, tab or CR gets a
 *   leading apostrophe `'`, so opening the file never evaluates it (e.g. `=HYPERLINK(…)`). This applies to
 *   all such text, including text that looks like a number (`'-5'` is written `'-5`): pass numbers as
 *   numbers. Real numbers, negative ones included, are written unchanged.
 *
 * Throws on a non-finite number, a cell of another type, or rows of different lengths (programming errors).
 *
 * @example
 * toCsv([['wijk', 'fte'], ['Heule', -0.5], ['=1+1', null]], { bom: false })
 * // "wijk,fte\r\nHeule,-0.5\r\n'=1+1,\r\n"
 * toCsv([['a;b', 1.25]], { separator: ';' })
 * // '\uFEFF"a;b";1.25\r\n'
 */
export function toCsv(rows: readonly (readonly CsvExportCell[])[], options: CsvExportOptions = {}): string {
  if (!Array.isArray(rows)) throw new TypeError('toCsv: rows must be an array of rows');
  const separator = options.separator ?? ',';
  if (separator !== ',' && separator !== ';') throw new TypeError(`toCsv: separator must be "," or ";", not ${JSON.stringify(separator)}`);
  const bom = options.bom ?? true;
  const width = rows.length > 0 && Array.isArray(rows[0]) ? rows[0].length : 0;

  const cell = (value: CsvExportCell, r: number, c: number): string => {
    if (value === null) return '';
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) throw new RangeError(`toCsv: row ${r}, column ${c} is ${value}; pass null for an empty cell`);
      return String(value);
    }
    if (typeof value !== 'string') throw new TypeError(`toCsv: row ${r}, column ${c} must be a string, a number or null, not ${typeof value}`);
    const text = FORMULA_START.test(value) ? `'${value}` : value;
    return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };

  let out = bom ? '\uFEFF' : '';
  rows.forEach((row, r) => {
    if (!Array.isArray(row)) throw new TypeError(`toCsv: row ${r} must be an array`);
    if (row.length !== width) throw new RangeError(`toCsv: row ${r} has ${row.length} cells, row 0 has ${width}`);
    out += `${row.map((value, c) => cell(value, r, c)).join(separator)}\r\n`;
  });
  return out;
}
