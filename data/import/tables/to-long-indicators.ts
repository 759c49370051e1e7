import type { ProblemList } from '../../problems';
import { classifyValue } from '../../formats/table/parse-number';
import type { RawCell, RawTable } from '../../formats/table/raw-table';
import { nameStart } from '../../formats/table/build-raw-table';
import { TABLE_LIMITS } from '../../formats/table/table-limits';

/** The period of every row: from a column, or one value (a year) for the whole file. */
export type PeriodSpec = { readonly column: string } | { readonly value: number };
/** Long: one row per area, period and indicator. Wide: one column per indicator. */
export type LayoutSpec = { readonly kind: 'long'; readonly indicatorColumn: string; readonly valueColumn: string } | { readonly kind: 'wide'; readonly indicatorColumns: readonly string[] };
export interface TableMapping {
  readonly codeColumn: string;
  readonly period: PeriodSpec;
  readonly layout: LayoutSpec;
}

export interface LongIndicatorRow {
  /** The area code as text, exactly as written (trimmed); a number cell becomes its digits (34022 → "34022"). */
  readonly code: string;
  readonly period: number;
  /** Long layout: the indicator cell's text; wide layout: the column name. */
  readonly indicator: string;
  /** The value, or null when missing or suppressed — never zero for a marker. */
  readonly value: number | null;
  /** True for suppression markers (`<5`, `x`, `-`, …); false for empty and missing-value markers. */
  readonly suppressed: boolean;
  /** The source row (see RawTable.rowNumbers). */
  readonly row: number;
}

/** A code cell as text: numbers as their plain digits, booleans as TRUE/FALSE; null when empty. */
export function codeText(cell: RawCell): string | null {
  if (cell === null) return null;
  if (typeof cell === 'number') return Number.isFinite(cell) ? (Number.isInteger(cell) && Math.abs(cell) < 1e21 ? cell.toFixed(0) : String(cell)) : null;
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  const text = cell.trim();
  return text === '' ? null : text;
}

const MIN_YEAR = 1800;
const MAX_YEAR = 2200;

/**
 * A period cell as a year: an integer (2024, `2024`, `2024.0`), or the year of an ISO date (`2024-01-01`,
 * as the XLSX reader writes date cells). Undefined for anything else.
 */
export function periodYear(cell: RawCell): number | undefined {
  if (cell === null || typeof cell === 'boolean') return undefined;
  let value: number;
  if (typeof cell === 'number') value = cell;
  else {
    const text = cell.trim();
    const date = /^(\d{4})-\d{2}-\d{2}(?:T[\d:.]+Z?)?$/.exec(text);
    if (date) value = Number(date[1]);
    else if (/^\d{4}(?:[.,]0+)?$/.test(text)) value = Number(text.slice(0, 4));
    else return undefined;
  }
  return Number.isInteger(value) && value >= MIN_YEAR && value <= MAX_YEAR ? value : undefined;
}

const clip = (text: string): string => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/** A value column of the mapping: where the indicator name is (long layout) or what it is (wide), and its values. */
interface ValueColumn {
  /** The indicator column's index (long layout), or -1 (wide: the name is the column's). */
  readonly indicatorIndex: number;
  readonly valueIndex: number;
  readonly name: string;
}

/** The column indexes a mapping needs; null (with the problems) when it names an unknown column or a bad period. */
function resolveColumns(table: RawTable, mapping: TableMapping, problems: ProblemList): { codeIndex: number; periodIndex: number; fixedPeriod: number | undefined; valueColumns: ValueColumn[] } | null {
  const sheet = table.sheet !== undefined ? { sheet: table.sheet } : {};
  const index = new Map(table.header.map((h, i) => [h, i]));
  const columns = table.header.join(', ');
  let missing = false;
  const need = (column: string): number => {
    const i = index.get(column);
    if (i === undefined) {
      problems.error('table-column-unknown', table.file, { ...sheet, field: column, params: { column, columns } });
      missing = true;
      return -1;
    }
    return i;
  };
  const codeIndex = need(mapping.codeColumn);
  const periodIndex = 'column' in mapping.period ? need(mapping.period.column) : -1;
  let fixedPeriod: number | undefined;
  if ('value' in mapping.period) {
    fixedPeriod = periodYear(mapping.period.value);
    if (fixedPeriod === undefined) {
      problems.error('table-period-value-invalid', table.file, { ...sheet, params: { value: String(mapping.period.value) } });
      missing = true;
    }
  }
  const valueColumns: ValueColumn[] = [];
  if (mapping.layout.kind === 'long') {
    const indicatorIndex = need(mapping.layout.indicatorColumn);
    const valueIndex = need(mapping.layout.valueColumn);
    valueColumns.push({ indicatorIndex, valueIndex, name: mapping.layout.valueColumn });
  } else {
    if (mapping.layout.indicatorColumns.length === 0) {
      problems.error('table-no-indicator-columns', table.file, { ...sheet });
      missing = true;
    }
    for (const column of new Set(mapping.layout.indicatorColumns)) valueColumns.push({ indicatorIndex: -1, valueIndex: need(column), name: column });
  }
  return missing ? null : { codeIndex, periodIndex, fixedPeriod, valueColumns };
}

/** The first value seen for an area, period and indicator: a repeat with the same value is a warning, another value an error. */
type FirstValue = { readonly row: number; readonly value: number | null; readonly suppressed: boolean };

type Located = { readonly sheet?: string; readonly row: number; readonly field: string };

/** Dash markers per column, reported once per column after the table. */
type DashCounts = Map<string, { count: number; marker: string; row: number }>;

/**
 * A value cell as a value: a number, missing, or suppressed (a dash counted for its one warning); null when
 * the cell cannot be a value (text, formula: an error) and the row is left out.
 */
function readValueCell(table: RawTable, cell: RawCell, at: Located, dashes: DashCounts, problems: ProblemList): { value: number | null; suppressed: boolean } | null {
  const v = classifyValue(cell, table.detected.decimal);
  switch (v.kind) {
    case 'number':
      return { value: v.value, suppressed: false };
    case 'missing':
      return { value: null, suppressed: false };
    case 'suppressed':
      if (/^[-–—]$/.test(v.marker)) {
        const key = `${at.field}\u0000${v.marker}`;
        const seen = dashes.get(key);
        if (seen) seen.count++;
        else dashes.set(key, { count: 1, marker: v.marker, row: at.row });
      }
      return { value: null, suppressed: true };
    case 'excel-error':
      problems.warning('table-excel-error', table.file, { ...at, params: { value: v.text } });
      return { value: null, suppressed: false };
    case 'formula':
      problems.error('table-value-formula', table.file, { ...at, params: { value: clip(v.text) } });
      return null;
    case 'text':
      problems.error('table-value-not-number', table.file, { ...at, params: { value: clip(v.text), decimal: table.detected.decimal } });
      return null;
  }
}

/**
 * Turns a raw table into long indicator rows (code, period, indicator, value) following a mapping.
 * Values: numbers as stored, or text parsed with the table's decimal mark; suppression markers become
 * `value: null, suppressed: true` and empty or missing-value markers `value: null, suppressed: false`
 * (see parse-number.ts for the list). Nothing is ever evaluated: `=1+2` is reported as a formula, `-12` is
 * minus twelve. Problems carry the file, sheet, source row and column:
 * - text, formulas and booleans in a value cell: error, value left out;
 * - spreadsheet errors (`#DIV/0!`): warning, read as missing;
 * - `-`: one warning per column (read as suppressed, not as zero);
 * - empty code: warning, row skipped; bad period, empty indicator name: error, row skipped;
 * - the same code, period and indicator twice with another value: error, the later value skipped; a row that
 *   repeats an earlier one exactly (same code, period and values): one warning, kept once.
 * A mapping that names an unknown column is an error and yields no rows.
 *
 * @example
 * toLongIndicators(table, { codeColumn: 'code', period: { value: 2024 }, layout: { kind: 'wide', indicatorColumns: ['leefloon'] } }, problems)
 * // [{ code: 'A1', period: 2024, indicator: 'leefloon', value: 12, suppressed: false, row: 2 }, …]
 */
export function toLongIndicators(table: RawTable, mapping: TableMapping, problems: ProblemList): LongIndicatorRow[] {
  const resolved = resolveColumns(table, mapping, problems);
  if (!resolved) return [];
  const { codeIndex, periodIndex, fixedPeriod, valueColumns } = resolved;
  const file = table.file;
  const sheet = table.sheet !== undefined ? { sheet: table.sheet } : {};
  const out: LongIndicatorRow[] = [];
  const firstRowOf = new Map<string, Map<string, FirstValue>>();
  const dashes: DashCounts = new Map();
  table.rows.forEach((cells, r) => {
    const row = table.rowNumbers[r]!;
    const at = (field: string) => ({ ...sheet, row, field });
    const code = codeText(cells[codeIndex] ?? null);
    if (code === null) {
      problems.warning('table-code-empty', file, at(mapping.codeColumn));
      return;
    }
    let period = fixedPeriod;
    if (period === undefined) {
      const cell = cells[periodIndex] ?? null;
      period = periodYear(cell);
      if (period === undefined) {
        problems.error('table-period-invalid', file, { ...at(table.header[periodIndex]!), params: { value: clip(cell === null ? '' : String(cell)) } });
        return;
      }
    }
    // First value of each indicator for this area and period, to report duplicates.
    const areaPeriod = `${code}\u0000${period}`;
    let seenHere = firstRowOf.get(areaPeriod);
    if (!seenHere) {
      seenHere = new Map<string, FirstValue>();
      firstRowOf.set(areaPeriod, seenHere);
    }
    let repeatOf: number | undefined;
    let fresh = 0;
    let conflicts = 0;
    for (const { indicatorIndex, valueIndex, name } of valueColumns) {
      const field = table.header[valueIndex]!;
      const valueCell = cells[valueIndex] ?? null;
      let indicator = name;
      if (indicatorIndex >= 0) {
        const text = codeText(cells[indicatorIndex] ?? null);
        if (text === null) {
          if (valueCell !== null) problems.error('table-indicator-empty', file, at(table.header[indicatorIndex]!));
          continue;
        }
        if (text.length > TABLE_LIMITS.headerChars) {
          const column = table.header[indicatorIndex]!;
          problems.error('table-indicator-name-too-long', file, { ...at(column), params: { column, length: text.length, max: TABLE_LIMITS.headerChars, start: nameStart(text) } });
          continue;
        }
        indicator = text;
      }
      const read = readValueCell(table, valueCell, at(field), dashes, problems);
      if (!read) continue;
      const first = seenHere.get(indicator);
      if (first !== undefined) {
        if (first.value === read.value && first.suppressed === read.suppressed) repeatOf ??= first.row;
        else {
          problems.error('table-duplicate', file, { ...at(field), params: { code, period, indicator, first: first.row } });
          conflicts++;
        }
        continue;
      }
      seenHere.set(indicator, { row, ...read });
      fresh++;
      out.push({ code, period, indicator, ...read, row });
    }
    if (repeatOf !== undefined && fresh === 0 && conflicts === 0) problems.warning('table-duplicate-same', file, { ...sheet, row, params: { code, period, first: repeatOf } });
  });
  for (const [key, { count, marker, row }] of dashes) {
    const field = key.slice(0, key.indexOf('\u0000'));
    problems.warning('table-dash-marker', file, { ...sheet, row, field, params: { count, marker } });
  }
  return out;
}
