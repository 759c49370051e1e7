import type { ProblemList } from '../../problems';
import type { RawCell } from './raw-table';
import { TABLE_LIMITS } from './table-limits';

/** A row as a reader found it: its number as the user sees it (CSV line, spreadsheet row) and its cells. */
export interface SourceRow {
  readonly n: number;
  readonly cells: readonly RawCell[];
}

export interface HeaderAndRows {
  readonly header: string[];
  readonly rows: RawCell[][];
  readonly rowNumbers: number[];
}

export interface BuildOptions {
  readonly file: string;
  readonly sheet?: string;
  /**
   * CSV: the header fixes the width; extra non-empty fields are an error and short rows a warning.
   * Spreadsheets and Parquet: cells past the header widen the table (the column gets a name).
   */
  readonly strictWidth: boolean;
  /** The name for a column that has values but no header: `Kolom C` (XLSX) or `Kolom 3` (CSV). */
  readonly columnLabel: (index: number) => string;
}

const isEmpty = (cell: RawCell | undefined): boolean => cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
const filledCount = (cells: readonly RawCell[]): number => cells.reduce<number>((n, c) => n + (isEmpty(c) ? 0 : 1), 0);
const lastFilled = (cells: readonly RawCell[]): number => {
  for (let i = cells.length - 1; i >= 0; i--) if (!isEmpty(cells[i])) return i;
  return -1;
};

const isText = (cell: RawCell): boolean => typeof cell === 'string' && !/^[\d\s.,+\-−%€]*$/.test(cell.trim());
/** A row with at least two filled cells, most of them text: a plausible header below title rows. */
const looksLikeHeader = (cells: readonly RawCell[]): boolean => {
  const n = filledCount(cells);
  return n >= 2 && cells.filter(isText).length * 2 >= n;
};

/** How many rows from the top may be titles above the real header. */
const TITLE_SEARCH = 20;

/** The first characters of a refused name, for the message (the name itself may be megabytes). */
export const nameStart = (text: string): string => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/**
 * The header against {@link TABLE_LIMITS}: more columns than the limit, or a name longer than the limit, is
 * an error located at the header row (and the column); false when the table is refused.
 */
function headerWithinLimits(headerRow: SourceRow, width: number, options: BuildOptions, problems: ProblemList): boolean {
  const where = { ...(options.sheet !== undefined ? { sheet: options.sheet } : {}), row: headerRow.n };
  if (width > TABLE_LIMITS.columns) {
    problems.error('table-too-many-columns', options.file, { ...where, params: { found: width, max: TABLE_LIMITS.columns } });
    return false;
  }
  for (let c = 0; c < Math.min(width, headerRow.cells.length); c++) {
    const raw = headerRow.cells[c];
    if (typeof raw !== 'string' || raw.length <= TABLE_LIMITS.headerChars) continue;
    const name = raw.replace(/\s+/g, ' ').trim();
    if (name.length <= TABLE_LIMITS.headerChars) continue;
    const column = options.columnLabel(c);
    problems.error('table-header-too-long', options.file, { ...where, field: column, params: { column, length: name.length, max: TABLE_LIMITS.headerChars, start: nameStart(name) } });
    return false;
  }
  return true;
}

/** A cell longer than {@link TABLE_LIMITS}.cellChars (Excel's own limit): an error at its row and column; false then. */
function cellsWithinLimits(r: SourceRow, kept: readonly number[], header: readonly string[], options: BuildOptions, problems: ProblemList): boolean {
  for (let k = 0; k < kept.length; k++) {
    const cell = r.cells[kept[k]!];
    if (typeof cell !== 'string' || cell.length <= TABLE_LIMITS.cellChars) continue;
    const where = { ...(options.sheet !== undefined ? { sheet: options.sheet } : {}), row: r.n, field: header[k]! };
    problems.error('table-cell-too-long', options.file, { ...where, params: { column: header[k]!, max: TABLE_LIMITS.cellChars } });
    return false;
  }
  return true;
}

/**
 * Turns the rows a reader found into a header and rows of equal width. Empty rows are skipped. Title rows
 * above the header (a first row with a single filled cell, as in many Excel exports, followed by a row with
 * several) are skipped with a warning. Columns without a name and without values are dropped; a column with
 * values but no name gets one; duplicate names get ` (2)`, ` (3)`.
 *
 * Returns `'empty'` when no row has any value and `'header-only'` when only a header was found (the
 * caller reports those, with its own wording for files and sheets), and `'refused'` (reported here) when
 * the header has more columns or longer names than {@link TABLE_LIMITS} allows.
 */
export function buildHeaderAndRows(source: readonly SourceRow[], options: BuildOptions, problems: ProblemList): HeaderAndRows | 'empty' | 'refused' | { headerOnly: string[] } {
  const where = options.sheet !== undefined ? { sheet: options.sheet } : {};
  const filled = source.filter((r) => filledCount(r.cells) > 0);
  if (filled.length === 0) return 'empty';

  let headerIndex = 0;
  if (filledCount(filled[0]!.cells) < 2 && isText(filled[0]!.cells.find((c) => !isEmpty(c)) ?? null)) {
    const found = filled.slice(0, TITLE_SEARCH).findIndex((r) => looksLikeHeader(r.cells));
    if (found > 0) headerIndex = found;
  }
  if (headerIndex > 0) {
    const rows = filled.slice(0, headerIndex).map((r) => r.n);
    problems.warning('table-title-rows-skipped', options.file, { ...where, row: filled[headerIndex]!.n, params: { rows: rows.join(', '), header: filled[headerIndex]!.n } });
  }
  const headerRow = filled[headerIndex]!;
  const body = filled.slice(headerIndex + 1);

  const headerWidth = options.strictWidth ? headerRow.cells.length : lastFilled(headerRow.cells) + 1;
  let width = headerWidth;
  if (!options.strictWidth) for (const r of body) width = Math.max(width, lastFilled(r.cells) + 1);
  if (!headerWithinLimits(headerRow, width, options, problems)) return 'refused';

  // Columns with neither a name nor a value are dropped.
  const hasValue = new Array<boolean>(width).fill(false);
  for (const r of body) {
    const n = Math.min(width, r.cells.length);
    for (let c = 0; c < n; c++) if (!hasValue[c] && !isEmpty(r.cells[c])) hasValue[c] = true;
  }
  const kept: number[] = [];
  const header: string[] = [];
  const seen = new Map<string, number>();
  for (let c = 0; c < width; c++) {
    const raw = headerRow.cells[c];
    let name = isEmpty(raw) ? '' : String(raw).replace(/\s+/g, ' ').trim();
    if (name === '' && !hasValue[c]) continue;
    if (name === '') {
      name = options.columnLabel(c);
      problems.warning('table-header-empty', options.file, { ...where, row: headerRow.n, field: name, params: { column: name } });
    }
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    if (count > 1) {
      let renamed = `${name} (${count})`;
      while (seen.has(renamed)) renamed = `${renamed}'`;
      seen.set(renamed, 1);
      problems.warning('table-header-duplicate', options.file, { ...where, row: headerRow.n, field: renamed, params: { column: name, renamed } });
      name = renamed;
    }
    kept.push(c);
    header.push(name);
  }
  if (header.length === 0) return 'empty';

  const rows: RawCell[][] = [];
  const rowNumbers: number[] = [];
  for (const r of body) {
    if (options.strictWidth) {
      const last = lastFilled(r.cells);
      if (last >= headerWidth) {
        problems.error('table-row-long', options.file, { ...where, row: r.n, params: { found: last + 1, expected: headerWidth } });
      } else if (r.cells.length < headerWidth) {
        problems.warning('table-row-short', options.file, { ...where, row: r.n, params: { found: r.cells.length, expected: headerWidth } });
      }
    }
    if (!cellsWithinLimits(r, kept, header, options, problems)) return 'refused';
    const cells = kept.map((c) => {
      const cell = r.cells[c];
      return cell === undefined || isEmpty(cell) ? null : cell;
    });
    if (cells.every((c) => c === null)) continue;
    rows.push(cells);
    rowNumbers.push(r.n);
  }
  if (rows.length === 0) return { headerOnly: header };
  return { header, rows, rowNumbers };
}
