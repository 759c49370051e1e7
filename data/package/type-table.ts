import type { ColumnType } from '../db/database';
import type { FieldDescriptor, FieldType, SchemaDescriptor } from './descriptor';
import type { ProblemList } from '../problems';

/** A cell after typing: numbers for integer/number/year, booleans, strings, or null for missing. */
export type Cell = string | number | boolean | null;

/** A resource's rows after typing, column-major, with the source location of each row. */
export interface TypedTable {
  readonly file: string;
  readonly fields: readonly FieldDescriptor[];
  readonly columns: ReadonlyMap<string, Cell[]>;
  /** Where row i came from: a CSV line number, or a feature index for GeoJSON. */
  readonly origin: readonly number[];
  readonly originKind: 'row' | 'feature';
  readonly rowCount: number;
}

export const COLUMN_TYPE_OF: Record<FieldType, ColumnType> = {
  string: 'string',
  integer: 'integer',
  year: 'integer',
  number: 'number',
  boolean: 'boolean',
  date: 'string',
  any: 'string',
};

const TYPE_NL: Record<FieldType, string> = {
  string: 'tekst',
  integer: 'geheel getal',
  year: 'jaartal',
  number: 'getal',
  boolean: 'ja/nee-waarde',
  date: 'datum (JJJJ-MM-DD)',
  any: 'waarde',
};

const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const TRUE = new Set(['true', 'True', 'TRUE', 'yes', 'ja', '1']);
const FALSE = new Set(['false', 'False', 'FALSE', 'no', 'nee', '0']);

/**
 * Parses one raw cell according to its Table Schema type. Returns `undefined` when the text does not fit
 * the type (the caller reports it), `null` for a missing value.
 */
export function parseCell(raw: unknown, type: FieldType, missingValues: readonly string[]): Cell | undefined {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return undefined;
    if ((type === 'integer' || type === 'year') && !Number.isInteger(raw)) return undefined;
    if (type === 'string' || type === 'any' || type === 'date') return String(raw);
    if (type === 'boolean') return raw === 1 ? true : raw === 0 ? false : undefined;
    return raw;
  }
  if (typeof raw === 'boolean') return type === 'boolean' ? raw : type === 'string' || type === 'any' ? String(raw) : undefined;
  if (typeof raw !== 'string') return type === 'any' ? JSON.stringify(raw) : undefined;
  if (missingValues.includes(raw)) return null;
  const text = raw.trim();
  switch (type) {
    case 'integer':
    case 'year': {
      if (!INTEGER.test(text)) return undefined;
      const value = Number(text);
      return Number.isSafeInteger(value) ? value : undefined;
    }
    case 'number':
      return NUMBER.test(text) ? Number(text) : undefined;
    case 'boolean':
      return TRUE.has(text) ? true : FALSE.has(text) ? false : undefined;
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(text)) ? text : undefined;
    default:
      return raw;
  }
}

/**
 * Types raw rows (records of cells keyed by column name) against a schema: every field must be a column
 * (missing columns are reported once), each cell must fit its type (reported with row and field), primary
 * keys must be present and unique. Bad cells become null so the rest of the table stays usable.
 */
export function typeTable(
  file: string,
  schema: SchemaDescriptor,
  available: readonly string[],
  rows: readonly { origin: number; get(column: string): unknown }[],
  originKind: 'row' | 'feature',
  problems: ProblemList,
  where = '',
): TypedTable | null {
  let missing = false;
  for (const field of schema.fields) {
    if (!available.includes(field.name)) {
      problems.error('column-missing', file, { field: field.name, params: { column: field.name, where } });
      missing = true;
    }
  }
  if (missing) return null;
  if (originKind === 'row') {
    for (const column of available) {
      if (column !== '' && !schema.fields.some((f) => f.name === column)) problems.warning('column-extra', file, { field: column, params: { column } });
    }
  }
  const columns = new Map<string, Cell[]>();
  const origin = rows.map((r) => r.origin);
  const locate = (i: number) => (originKind === 'row' ? { row: origin[i]! } : { feature: origin[i]! });
  const keySet = new Set(schema.primaryKey);
  for (const field of schema.fields) {
    const values: Cell[] = new Array(rows.length);
    const required = keySet.has(field.name) || field.constraints?.required === true;
    const allowed = field.constraints?.enum;
    rows.forEach((row, i) => {
      const raw = row.get(field.name);
      const value = parseCell(raw, field.type, schema.missingValues);
      if (value === undefined) {
        problems.error('value-type', file, { ...locate(i), field: field.name, params: { value: String(raw).slice(0, 60), type: field.type, typeNl: TYPE_NL[field.type] } });
        values[i] = null;
        return;
      }
      if (value === null && required) problems.error('value-required', file, { ...locate(i), field: field.name });
      if (value !== null && allowed && !allowed.includes(String(value))) {
        problems.error('value-enum', file, { ...locate(i), field: field.name, params: { value: String(value), allowed: allowed.join(', ') } });
      }
      values[i] = value;
    });
    columns.set(field.name, values);
  }
  if (schema.primaryKey.length > 0) {
    const seen = new Map<string, number>();
    const keyColumns = schema.primaryKey.map((k) => columns.get(k)!);
    for (let i = 0; i < rows.length; i++) {
      if (keyColumns.some((c) => c[i] === null)) continue;
      const key = keyColumns.map((c) => String(c[i])).join(' | ');
      const first = seen.get(key);
      if (first !== undefined) {
        const firstWhere = originKind === 'row' ? `row ${origin[first]}` : `feature ${origin[first]}`;
        const firstWhereNl = originKind === 'row' ? `rij ${origin[first]}` : `feature ${origin[first]}`;
        problems.error('key-duplicate', file, { ...locate(i), field: schema.primaryKey.join(', '), params: { value: key, first: firstWhere, firstNl: firstWhereNl } });
      } else seen.set(key, i);
    }
  }
  return { file, fields: schema.fields, columns, origin, originKind, rowCount: rows.length };
}

/** Reads a typed column; throws if the table lacks it (a programming error: schemas are checked first). */
export function column(table: TypedTable, name: string): Cell[] {
  const values = table.columns.get(name);
  if (!values) throw new Error(`${table.file}: no column ${name}`);
  return values;
}
