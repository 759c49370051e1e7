import { parquetMetadata, parquetRead, parquetSchema, type Compressors, type FileMetaData } from 'hyparquet';
import type { ProblemList } from '../../problems';
import { buildHeaderAndRows, type SourceRow } from '../table/build-raw-table';
import { detectNumberFormat } from '../table/parse-number';
import type { RawCell, RawTable, TableReadOptions } from '../table/raw-table';
import { describeError, reportNoRows } from '../table/table-read-helpers';
import { findParquetPageProblem } from './check-parquet-pages';

/**
 * Reads a Parquet file with hyparquet (pure JavaScript; DuckDB's parquet extension is not available
 * offline). SNAPPY and uncompressed pages are read by hyparquet itself; GZIP, ZSTD, BROTLI, LZ4 and
 * LZ4_RAW by hyparquet-compressors, loaded only when a file needs them. Any other codec (LZO) is reported
 * per column before anything is decompressed.
 *
 * Values: numbers and text as stored; INT64 as a number (as text when beyond 2^53); dates and timestamps as
 * ISO text; nested or binary values as JSON text, with a warning. Row numbers are the row index + 2, as if
 * the file were a CSV with a header line.
 */

const BUILT_IN = new Set(['UNCOMPRESSED', 'SNAPPY']);
const WITH_COMPRESSORS = ['GZIP', 'ZSTD', 'BROTLI', 'LZ4', 'LZ4_RAW'];

async function loadCompressors(): Promise<Compressors | undefined> {
  try {
    return (await import('hyparquet-compressors')).compressors;
  } catch {
    return undefined;
  }
}

function toIso(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
}

const jsonText = (value: unknown): string =>
  JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? Number.isSafeInteger(Number(v)) ? Number(v) : v.toString() : v instanceof Uint8Array ? Array.from(v) : v));

/** One Parquet value as a raw cell; `odd` is set for values that had to become JSON text. */
function toCell(value: unknown): { cell: RawCell; odd: string | null } {
  if (value === null || value === undefined) return { cell: null, odd: null };
  if (typeof value === 'string') return { cell: value.trim() === '' ? null : value.trim(), odd: null };
  if (typeof value === 'number') return { cell: Number.isFinite(value) ? value : null, odd: null };
  if (typeof value === 'boolean') return { cell: value, odd: null };
  if (typeof value === 'bigint') return { cell: Number.isSafeInteger(Number(value)) ? Number(value) : value.toString(), odd: null };
  if (value instanceof Date) return { cell: toIso(value) || null, odd: null };
  if (value instanceof Uint8Array) return { cell: jsonText(value), odd: 'binary' };
  return { cell: jsonText(value), odd: Array.isArray(value) ? 'list' : 'struct/map' };
}

export async function readParquetTable(file: { name: string; bytes: Uint8Array }, options: TableReadOptions, problems: ProblemList): Promise<RawTable | null> {
  const corrupt = (detail: string) => problems.error('table-file-corrupt', file.name, { params: { format: 'Parquet', detail } });
  const buffer = file.bytes.slice().buffer;
  let metadata: FileMetaData;
  try {
    metadata = parquetMetadata(buffer);
  } catch (error) {
    corrupt(describeError(error));
    return null;
  }
  const pageProblem = findParquetPageProblem(buffer, metadata);
  if (pageProblem) {
    corrupt(pageProblem);
    return null;
  }
  const columns = parquetSchema(metadata).children.map((c) => c.element.name);

  const codecs = new Map<string, string>();
  for (const group of metadata.row_groups) {
    for (const chunk of group.columns) {
      const codec = chunk.meta_data?.codec;
      if (codec && !BUILT_IN.has(codec) && !codecs.has(codec)) codecs.set(codec, (chunk.meta_data?.path_in_schema ?? []).join('.'));
    }
  }
  let compressors: Compressors | undefined;
  if (codecs.size > 0) compressors = await loadCompressors();
  const supported = [...BUILT_IN, ...WITH_COMPRESSORS.filter((c) => compressors?.[c as keyof Compressors])];
  let unsupported = false;
  for (const [codec, column] of codecs) {
    if (!supported.includes(codec)) {
      problems.error('table-parquet-compression', file.name, { field: column, params: { codec, column, supported: supported.join(', ') } });
      unsupported = true;
    }
  }
  if (unsupported) return null;

  if (Number(metadata.num_rows) === 0) {
    reportNoRows(problems, file.name, columns);
    return null;
  }
  let records: Record<string, unknown>[];
  try {
    records = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
      parquetRead({ file: buffer, metadata, columns, ...(compressors ? { compressors } : {}), rowFormat: 'object', onComplete: resolve }).catch(reject);
    });
  } catch (error) {
    const message = describeError(error);
    const codec = /unsupported compression codec:\s*(\w+)/i.exec(message)?.[1];
    if (codec) problems.error('table-parquet-compression', file.name, { params: { codec, column: '?', supported: supported.join(', ') } });
    else corrupt(message);
    return null;
  }

  const oddColumns = new Map<string, string>();
  const source: SourceRow[] = [{ n: 1, cells: columns }];
  records.forEach((record, i) => {
    const cells = columns.map((name) => {
      const { cell, odd } = toCell(record[name]);
      if (odd && !oddColumns.has(name)) oddColumns.set(name, odd);
      return cell;
    });
    source.push({ n: i + 2, cells });
  });
  for (const [column, type] of oddColumns) problems.warning('table-parquet-column-type', file.name, { field: column, params: { column, type } });

  const built = buildHeaderAndRows(source, { file: file.name, strictWidth: false, columnLabel: (i) => `Kolom ${i + 1}` }, problems);
  if (built === 'refused') return null;
  if (built === 'empty' || 'headerOnly' in built) {
    reportNoRows(problems, file.name, columns);
    return null;
  }
  const texts = function* () {
    for (const row of built.rows) for (const cell of row) if (typeof cell === 'string') yield cell;
  };
  const numbers = detectNumberFormat(texts(), '.', options.decimal);
  if (numbers.ambiguous) problems.warning('table-decimal-ambiguous', file.name, { params: { decimal: numbers.decimal, example: numbers.example ?? '' } });
  return {
    file: file.name,
    header: built.header,
    rows: built.rows,
    rowNumbers: built.rowNumbers,
    detected: { format: 'parquet', decimal: numbers.decimal, thousands: numbers.thousands },
  };
}
