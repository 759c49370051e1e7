import type { ProblemList } from '../problems';
import type { RawTable } from '../formats/table/raw-table';

/**
 * A column a table must or may have, with the headers it is known by in Dutch and English (matched without
 * case, accents, spaces, `_` or `-`, in any order of columns).
 */
export interface ColumnSpec {
  readonly key: string;
  readonly what: string;
  readonly whatNl: string;
  readonly names: readonly string[];
}

const fold = (header: string) => header.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[\s_\-./()]+/g, '');

/** The index of each wanted column (undefined when absent). */
export function findColumns<K extends string>(table: RawTable, specs: readonly (ColumnSpec & { key: K })[]): Partial<Record<K, number>> {
  const folded = table.header.map(fold);
  const found: Partial<Record<K, number>> = {};
  for (const spec of specs) {
    const names = spec.names.map(fold);
    const index = folded.findIndex((h) => names.includes(h));
    if (index >= 0) found[spec.key] = index;
  }
  return found;
}

/** Reports a required column that is missing, naming what it is for and the names it may have. */
export function reportMissingColumn(problems: ProblemList, table: RawTable, spec: ColumnSpec, tableName: { en: string; nl: string }): void {
  problems.error('org-column-missing', table.file, {
    ...(table.sheet !== undefined ? { sheet: table.sheet } : {}),
    params: { table: tableName.en, tableNl: tableName.nl, what: spec.what, whatNl: spec.whatNl, names: spec.names.slice(0, 4).join(', '), columns: table.header.join(', ') },
  });
}

/** A cell as trimmed text, or null when empty. */
export const cellText = (value: unknown): string | null => {
  if (value === null || value === undefined) return null;
  const text = String(value).trim();
  return text === '' ? null : text;
};

/** Where a row is, for its problems. */
export const rowOf = (table: RawTable, i: number) => ({ row: table.rowNumbers[i]!, ...(table.sheet !== undefined ? { sheet: table.sheet } : {}) });
