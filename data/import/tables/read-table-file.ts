import type { ProblemList } from '../../problems';
import { extensionOf, type InputFile } from '../input-file';
import { readCsvTable } from '../../formats/csv/read-csv-table';
import { readParquetTable } from '../../formats/parquet/read-parquet-table';
import { readXlsxTable } from '../../formats/xlsx/read-xlsx-table';
import type { DecimalMark, RawTable, TableFormat, TableReadOptions } from '../../formats/table/raw-table';

export type { DecimalMark, DetectedTableFormat, RawCell, RawTable, TableFormat, TableReadOptions, ThousandsMark } from '../../formats/table/raw-table';

const EXPECTED: Record<string, TableFormat | 'xls'> = {
  csv: 'csv',
  tsv: 'csv',
  tab: 'csv',
  txt: 'csv',
  psv: 'csv',
  dat: 'csv',
  xlsx: 'xlsx',
  xlsm: 'xlsx',
  parquet: 'parquet',
  parq: 'parquet',
  pq: 'parquet',
  xls: 'xls',
};

const DELIMITER_WORDS: Record<string, string> = { tab: '\t', '\\t': '\t', comma: ',', komma: ',', semicolon: ';', puntkomma: ';', pipe: '|' };
const DECIMAL_WORDS: Record<string, DecimalMark> = { ',': ',', '.': '.', comma: ',', komma: ',', point: '.', punt: '.', dot: '.' };

/**
 * Checks the user's options (the CLI passes them as typed): a separator may be one character (not a quote or
 * a line break) or a word such as tab, semicolon, pipe; a decimal mark `,` or `.` (or comma, point). Anything
 * else is reported and detected from the file instead.
 */
function checkedOptions(options: TableReadOptions, file: string, problems: ProblemList): TableReadOptions {
  let { delimiter, decimal } = options;
  if (delimiter !== undefined) {
    const word = DELIMITER_WORDS[delimiter.trim().toLowerCase()];
    if (word !== undefined) delimiter = word;
    else if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\r' || delimiter === '\n') {
      problems.warning('table-option-invalid', file, { params: { option: 'delimiter', value: delimiter, allowed: ', ; tab |' } });
      delimiter = undefined;
    }
  }
  if (decimal !== undefined) {
    const mark = DECIMAL_WORDS[String(decimal).trim().toLowerCase()];
    if (mark === undefined) problems.warning('table-option-invalid', file, { params: { option: 'decimal', value: String(decimal), allowed: ', .' } });
    decimal = mark;
  }
  return { ...(options.sheet !== undefined ? { sheet: options.sheet } : {}), ...(delimiter !== undefined ? { delimiter } : {}), ...(decimal !== undefined ? { decimal } : {}) };
}

const FORMAT_NAME: Record<TableFormat, string> = { csv: 'CSV', xlsx: 'XLSX', parquet: 'Parquet' };

type Sniffed = TableFormat | 'ole2' | 'html' | 'binary' | 'empty';

const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean => signature.every((b, i) => bytes[i] === b);

/** What the bytes are, whatever the file is called. */
function sniff(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'xlsx';
  if (startsWith(bytes, [0x50, 0x41, 0x52, 0x31])) return 'parquet';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole2';
  const utf16 = startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
  const head = bytes.subarray(0, 8192);
  if (!utf16 && head.includes(0)) return 'binary';
  const start = new TextDecoder('utf-8').decode(bytes.subarray(0, 512)).replace(/^\ufeff/, '').trimStart().toLowerCase();
  if (/^<(?:!doctype html|html|table)\b/.test(start)) return 'html';
  return 'csv';
}

/**
 * Reads a table file — CSV/TSV/TXT (any of `,` `;` tab `|`), Excel .xlsx or Parquet — into a header and raw
 * rows, deciding the format from the content (an extension that disagrees gets a warning). Never throws for
 * bad content: problems (file, sheet, row, field, fix) go to `problems`. Returns null when nothing usable
 * was found: an empty, unreadable or unsupported file, an unknown sheet, or a header without rows (so a
 * returned table always has at least one row).
 *
 * @example
 * const table = await readTableFile({ name: 'inkomen.csv', bytes }, {}, problems);
 * table?.detected // { format: 'csv', delimiter: ';', decimal: ',', thousands: '.', encoding: 'utf-8', bom: true, lineEnding: 'crlf' }
 */
export async function readTableFile(file: InputFile, givenOptions: TableReadOptions, problems: ProblemList): Promise<RawTable | null> {
  const ext = extensionOf(file.name);
  const expected = EXPECTED[ext];
  const kind = sniff(file.bytes);
  switch (kind) {
    case 'empty':
      problems.error('table-empty', file.name);
      return null;
    case 'ole2':
      problems.error('table-format-unsupported', file.name, { params: { kind: 'xls' } });
      return null;
    case 'html':
      problems.error('table-format-unsupported', file.name, { params: { kind: 'html' } });
      return null;
    case 'binary':
      if (expected === 'xlsx' || expected === 'parquet') {
        problems.error('table-file-corrupt', file.name, { params: { format: FORMAT_NAME[expected], detail: expected === 'xlsx' ? 'it is not a zip archive, as every .xlsx workbook is' : 'the Parquet marker PAR1 is missing at the start' } });
      } else problems.error('table-format-unknown', file.name, { params: { extension: ext } });
      return null;
    default:
      break;
  }
  if (expected !== undefined && expected !== kind) {
    problems.warning('table-extension-mismatch', file.name, { params: { extension: ext, format: FORMAT_NAME[kind] } });
  }
  const options = checkedOptions(givenOptions, file.name, problems);
  try {
    if (kind === 'xlsx') return readXlsxTable(file, options, problems);
    if (kind === 'parquet') return await readParquetTable(file, options, problems);
    return readCsvTable(file, options, problems);
  } catch {
    // A reader bug must not take the import down: the file is named, the internal text is not shown (the
    // fuzzer counts this problem as a crash: scripts/fuzz.ts).
    problems.error('import-read-crashed', file.name, { params: { name: file.name } });
    return null;
  }
}
