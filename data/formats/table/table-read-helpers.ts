import type { ProblemList } from '../../problems';
import type { RawCell } from './raw-table';

/** CSV fields as cells: trimmed text, empty → null. Text stays text (codes keep leading zeros). */
export const stringCells = (fields: readonly string[]): RawCell[] =>
  fields.map((f) => {
    const t = f.trim();
    return t === '' ? null : t;
  });

/** Reports a table that has a header but no data rows. */
export function reportNoRows(problems: ProblemList, file: string, header: readonly string[], sheet?: string): void {
  const columns = header.length > 8 ? `${header.slice(0, 8).join(', ')}, …` : header.join(', ');
  problems.error('table-no-rows', file, { ...(sheet !== undefined ? { sheet } : {}), params: { columns } });
}

/** A short description of an exception for a problem's `detail`. */
export const describeError = (error: unknown): string => (error instanceof Error ? error.message : String(error)).replace(/\.$/, '').slice(0, 200);
