/**
 * The one database seam of Wijkzicht. Everything tabular (indicators, FTE, derived rates) lives in
 * DuckDB-WASM behind this interface; only `data/db/` imports `@duckdb/duckdb-wasm`.
 *
 * Implementations:
 * - `data/db/open-node-database.ts`: the node *blocking* bundle, for tests, the CLI and the bench;
 * - `data/db/open-browser-database.ts`: the async bundle running in a Web Worker, for the renderer.
 *
 * SQL passes values only as parameters (`?` placeholders); identifiers go through `quoteIdentifier`.
 */

/** A value bound to a `?` placeholder. */
export type SqlValue = string | number | boolean | null;

/** Column types the loader creates. Maps to VARCHAR, INTEGER, DOUBLE, BOOLEAN. */
export type ColumnType = 'string' | 'integer' | 'number' | 'boolean';

/** One column of a table to insert, column-major. `null` is SQL NULL. */
export interface TableColumn {
  readonly name: string;
  readonly type: ColumnType;
  readonly values: readonly (string | number | boolean | null)[];
}

/** A plain result row: BIGINT and HUGEINT come back as `number`, NULL as `null`. */
export type Row = Record<string, string | number | boolean | null>;

export interface Database {
  /** Human-readable engine version, e.g. `DuckDB-WASM 1.32.0 / DuckDB v1.4.3`. */
  readonly engine: string;
  /** Runs one statement with positional parameters and returns plain rows. */
  query<R extends Row = Row>(sql: string, params?: readonly SqlValue[]): Promise<R[]>;
  /** Runs statements that return nothing of interest (DDL, SET). */
  exec(sql: string): Promise<void>;
  /** Creates (or replaces) `table` from column-major data. All columns must have the same length. */
  replaceTable(table: string, columns: readonly TableColumn[]): Promise<void>;
  close(): Promise<void>;
}

/** Throws unless every column has the same number of values; returns that number. */
export function checkColumnLengths(table: string, columns: readonly TableColumn[]): number {
  if (columns.length === 0) throw new Error(`Table ${table}: no columns to insert`);
  const n = columns[0]!.values.length;
  for (const column of columns) {
    if (column.values.length !== n) {
      throw new Error(`Table ${table}: column ${column.name} has ${column.values.length} values, expected ${n}`);
    }
  }
  return n;
}
