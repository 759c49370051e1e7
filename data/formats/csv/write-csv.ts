/** A CSV cell: text, a number (written as JavaScript prints it), a boolean, or empty for null. */
export type CsvCell = string | number | boolean | null | undefined;

const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Writes rows as RFC 4180 CSV with `\n` line ends (also after the last row). Fields with the separator, a
 * quote or a line break are quoted (quotes doubled). Text that a spreadsheet would evaluate as a formula
 * (starting with `=`, `+`, `-`, `@`, tab or CR, and not a plain number) is prefixed with `'`, so opening an
 * exported file never runs anything (CSV/formula injection). Every row must have one cell per column.
 *
 * @example
 * writeCsv(['a', 'b'], [[1, '=SUM(A1)'], ['-2.5', 'x,y']]) // "a,b\n1,'=SUM(A1)\n-2.5,\"x,y\"\n"
 */
export function writeCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], delimiter = ','): string {
  if (header.length === 0) throw new TypeError('writeCsv needs at least one column');
  const cell = (value: CsvCell): string => {
    if (value === null || value === undefined) return '';
    if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
    let text = String(value);
    if (/^[=+\-@\t\r]/.test(text) && !NUMBER_TEXT.test(text)) text = `'${text}`;
    return /["\r\n]/.test(text) || text.includes(delimiter) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const lines = [header.map(cell).join(delimiter)];
  rows.forEach((row, r) => {
    if (row.length !== header.length) throw new RangeError(`row ${r} has ${row.length} cells, expected ${header.length}`);
    lines.push(row.map(cell).join(delimiter));
  });
  return `${lines.join('\n')}\n`;
}
