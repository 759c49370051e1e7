import { TABLE_LIMITS, type TableLimits } from '../table/table-limits';

/**
 * An RFC 4180 CSV parser that keeps the line number where each record starts, so problems can name the
 * row as a spreadsheet user sees it (header = line 1). Handles quoted fields with embedded separators,
 * doubled quotes and line breaks, and CRLF / LF / CR line ends. Blank lines are skipped.
 *
 * Reading stops at the first field longer than `limits.cellChars` or record with more than `limits.columns`
 * fields (default {@link TABLE_LIMITS}): `limit` says where, `error` says it in words, and the records
 * before that one are returned, so a huge cell or header is never built in full.
 *
 * @example
 * parseCsv('a,b\n1,"x, y"\n') // { header: ['a','b'], records: [{ line: 2, fields: ['1','x, y'] }], error: null }
 */
export interface CsvRecord {
  /** 1-based line number of the record's first line. */
  readonly line: number;
  readonly fields: string[];
}

export interface ParsedCsv {
  readonly header: string[];
  readonly headerLine: number;
  readonly records: CsvRecord[];
  /** A syntax error (an unterminated quoted field); records before it are still returned. */
  readonly error: { line: number; message: string; messageNl: string } | null;
  /** Where reading stopped at a limit: a too long field or a record with too many fields (`column` 0-based). */
  readonly limit: CsvLimitHit | null;
}

export interface CsvLimitHit {
  readonly kind: 'cell' | 'columns';
  readonly line: number;
  readonly column: number;
  readonly max: number;
}

const limitError = (hit: CsvLimitHit): NonNullable<ParsedCsv['error']> =>
  hit.kind === 'cell'
    ? { line: hit.line, message: `field ${hit.column + 1} on line ${hit.line} is longer than ${hit.max} characters`, messageNl: `veld ${hit.column + 1} op regel ${hit.line} is langer dan ${hit.max} tekens` }
    : { line: hit.line, message: `line ${hit.line} has more than ${hit.max} fields`, messageNl: `regel ${hit.line} heeft meer dan ${hit.max} velden` };

export function parseCsv(text: string, delimiter = ',', limits: TableLimits = TABLE_LIMITS): ParsedCsv {
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
    throw new Error(`Invalid CSV delimiter ${JSON.stringify(delimiter)}`);
  }
  const scan: CsvScan = { text, delimiter, i: text.charCodeAt(0) === 0xfeff ? 1 : 0, line: 1, recordLine: 1, field: '', fields: [], fieldStarted: false, inQuotes: false, quoteLine: 0, all: [], limits, limit: null };
  const n = text.length;
  while (scan.i < n && scan.limit === null) {
    if (scan.inQuotes) scanQuoted(scan);
    else scanUnquoted(scan);
    if (scan.field.length > limits.cellChars) scan.limit = { kind: 'cell', line: scan.recordLine, column: scan.fields.length, max: limits.cellChars };
  }
  let error: ParsedCsv['error'] = null;
  if (scan.limit) {
    error = limitError(scan.limit);
  } else if (scan.inQuotes) {
    error = {
      line: scan.quoteLine,
      message: `a quoted field opened on line ${scan.quoteLine} is never closed`,
      messageNl: `een veld tussen aanhalingstekens, geopend op regel ${scan.quoteLine}, wordt nooit gesloten`,
    };
  } else if (scan.field !== '' || scan.fields.length > 0 || scan.fieldStarted) {
    endRecord(scan);
  }
  const [head, ...records] = scan.all;
  return { header: head ? head.fields.map((h) => h.trim()) : [], headerLine: head?.line ?? 1, records, error, limit: scan.limit };
}

/** Where the scan of one text is: position, line, the field and record being read, and the records so far. */
interface CsvScan {
  readonly text: string;
  readonly delimiter: string;
  i: number;
  line: number;
  /** Line on which the current record started. */
  recordLine: number;
  field: string;
  fields: string[];
  /** Whether the current record has any content yet (a delimiter or an opening quote counts). */
  fieldStarted: boolean;
  inQuotes: boolean;
  /** Line of the opening quote of the current quoted field. */
  quoteLine: number;
  readonly all: CsvRecord[];
  readonly limits: TableLimits;
  /** Set when a limit stops the scan. */
  limit: CsvLimitHit | null;
}

/** Closes the field and the record; a record that is one empty, unstarted field (a blank line) is skipped. */
function endRecord(scan: CsvScan): void {
  scan.fields.push(scan.field);
  const blank = scan.fields.length === 1 && scan.fields[0] === '' && !scan.fieldStarted;
  if (!blank) scan.all.push({ line: scan.recordLine, fields: scan.fields });
  scan.fields = [];
  scan.field = '';
  scan.fieldStarted = false;
}

/** One step inside a quoted field: a doubled quote, the closing quote, a line break kept in the field, or a character. */
function scanQuoted(scan: CsvScan): void {
  const { text, i } = scan;
  const ch = text[i]!;
  if (ch === '"') {
    if (text[i + 1] === '"') {
      scan.field += '"';
      scan.i += 2;
    } else {
      scan.inQuotes = false;
      scan.i++;
    }
    return;
  }
  if (ch === '\r' || ch === '\n') {
    if (ch === '\r' && text[i + 1] === '\n') {
      scan.field += '\r\n';
      scan.i += 2;
    } else {
      scan.field += ch;
      scan.i++;
    }
    scan.line++;
    return;
  }
  scan.field += ch;
  scan.i++;
}

/** One step outside quotes: an opening quote, a delimiter, a line end (ending the record), or a character. */
function scanUnquoted(scan: CsvScan): void {
  const { text, i } = scan;
  const ch = text[i]!;
  if (ch === '"' && scan.field === '') {
    scan.inQuotes = true;
    scan.fieldStarted = true;
    scan.quoteLine = scan.line;
    scan.i++;
    return;
  }
  if (ch === scan.delimiter) {
    scan.fields.push(scan.field);
    scan.field = '';
    scan.fieldStarted = true;
    scan.i++;
    if (scan.fields.length >= scan.limits.columns) scan.limit = { kind: 'columns', line: scan.recordLine, column: scan.fields.length, max: scan.limits.columns };
    return;
  }
  if (ch === '\r' || ch === '\n') {
    endRecord(scan);
    scan.i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    scan.line++;
    scan.recordLine = scan.line;
    return;
  }
  scan.field += ch;
  scan.fieldStarted = true;
  scan.i++;
}
