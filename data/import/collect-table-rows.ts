import type { ProblemList } from '../problems';
import type { ImportSpec, TableReport } from './import-types';
import type { TableInput } from './read-import-inputs';
import { slug } from './slug';
import { toLongIndicators, type LongIndicatorRow, type TableMapping } from './tables/to-long-indicators';

/** A long indicator row with the table it came from (for located problems); `indicator` is its id. */
export type ImportRow = LongIndicatorRow & { readonly file: string; readonly sheet: string | undefined };

/** The mapping a table is imported with: the user's, else the guess. */
export const mappingOf = (input: TableInput, mappings: ImportSpec['mappings']): TableMapping => mappings?.[input.table.file] ?? input.guess.mapping;

function tableReport(input: TableInput, mapping: TableMapping, long: readonly LongIndicatorRow[]): TableReport {
  const { table } = input;
  return {
    file: table.file,
    sheet: table.sheet ?? null,
    format: table.detected.format,
    delimiter: table.detected.delimiter ?? null,
    decimal: table.detected.decimal,
    thousands: table.detected.thousands,
    encoding: table.detected.encoding ?? null,
    rows: table.rows.length,
    mapping,
    values: long.filter((r) => r.value !== null).length,
    suppressed: long.filter((r) => r.suppressed).length,
    missing: long.filter((r) => r.value === null && !r.suppressed).length,
  };
}

/**
 * Every table as long rows with indicator ids (slugs of the headers or indicator cells), and a report per
 * table. The same indicator id from two files is an error.
 *
 * @example
 * const { rows, reports } = collectTableRows(inputs.tables, spec.mappings, problems);
 */
export function collectTableRows(tables: readonly TableInput[], mappings: ImportSpec['mappings'], problems: ProblemList): { rows: ImportRow[]; reports: TableReport[] } {
  const reports: TableReport[] = [];
  const rows: ImportRow[] = [];
  const indicatorFiles = new Map<string, string>();
  for (const input of tables) {
    const { table } = input;
    const mapping = mappingOf(input, mappings);
    const long = toLongIndicators(table, mapping, problems);
    const ids = new Set<string>();
    for (const r of long) {
      const id = slug(r.indicator);
      ids.add(id);
      rows.push({ ...r, indicator: id, file: table.file, sheet: table.sheet });
    }
    for (const id of ids) {
      const other = indicatorFiles.get(id);
      if (other !== undefined && other !== table.file) problems.error('import-indicator-clash', table.file, { params: { indicator: id, files: `${other}, ${table.file}` } });
      indicatorFiles.set(id, table.file);
    }
    reports.push(tableReport(input, mapping, long));
  }
  return { rows, reports };
}
