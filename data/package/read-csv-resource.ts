import type { ResourceDescriptor } from './descriptor';
import { decodeText } from '../formats/text/decode-text';
import { parseCsv } from '../formats/csv/parse-csv';
import type { ProblemList } from '../problems';
import { typeTable, type TypedTable } from './type-table';

/**
 * Wijkzicht writes text that starts like a formula with a leading `'` (see write-csv.ts) so spreadsheets
 * never evaluate it; reading its own packages back, the apostrophe is dropped again.
 */
function unneutralise(cell: string | undefined): string | undefined {
  return cell !== undefined && /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/**
 * Reads a CSV resource (comma-separated, UTF-8; Windows-1252 accepted with a warning) and types it
 * against the resource's schema. Every problem carries the file's line number and the column name.
 */
export function readCsvResource(resource: ResourceDescriptor, bytes: Uint8Array, problems: ProblemList): TypedTable | null {
  const file = resource.path;
  const decoded = decodeText(bytes);
  if (decoded.encoding !== 'utf-8') problems.warning('encoding', file);
  const csv = parseCsv(decoded.text);
  if (csv.error) problems.error('csv-syntax', file, { row: csv.error.line, params: { detail: csv.error.message, detailNl: csv.error.messageNl } });
  if (csv.header.length === 0) {
    problems.error('column-missing', file, { params: { column: resource.schema.fields.map((f) => f.name).join(', '), where: 'empty file' } });
    return null;
  }
  const index = new Map(csv.header.map((name, i) => [name, i] as const));
  const rows: { origin: number; get(column: string): unknown }[] = [];
  for (const record of csv.records) {
    if (record.fields.length !== csv.header.length) {
      problems.error('csv-row-length', file, { row: record.line, params: { found: record.fields.length, expected: csv.header.length } });
      continue;
    }
    rows.push({ origin: record.line, get: (column) => unneutralise(record.fields[index.get(column)!]) });
  }
  return typeTable(file, resource.schema, csv.header, rows, 'row', problems);
}
