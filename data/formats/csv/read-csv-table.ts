import { decodeText } from '../text/decode-text';
import { parseCsv, type ParsedCsv } from './parse-csv';
import { TABLE_LIMITS } from '../table/table-limits';
import type { ProblemList } from '../../problems';
import { extensionOf } from '../../import/input-file';
import { buildHeaderAndRows, type SourceRow } from '../table/build-raw-table';
import { detectDelimiter } from './detect-delimiter';
import { detectNumberFormat } from '../table/parse-number';
import type { DecimalMark, LineEnding, RawTable, TableReadOptions, TextEncoding } from '../table/raw-table';
import { reportNoRows, stringCells } from '../table/table-read-helpers';

/** Decodes text bytes: UTF-16 with a byte-order mark (Excel's "Unicode text"), else UTF-8 or Windows-1252. */
export function decodeTableText(bytes: Uint8Array): { text: string; encoding: TextEncoding; bom: boolean } {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return { text: new TextDecoder(encoding).decode(bytes.subarray(2)), encoding, bom: true };
  }
  const decoded = decodeText(bytes);
  return { text: decoded.text, encoding: decoded.encoding, bom: decoded.hadBom };
}

/** The first line end outside the text: CRLF, LF or CR (LF when the text has a single line). */
export function detectLineEnding(text: string): LineEnding {
  const i = text.search(/[\r\n]/);
  if (i < 0) return 'lf';
  if (text[i] === '\n') return 'lf';
  return text[i + 1] === '\n' ? 'crlf' : 'cr';
}

/** The decimal mark to expect when the numbers do not tell: Belgian Excel writes `;` with a decimal comma. */
const priorDecimal = (delimiter: string): DecimalMark => (delimiter === ';' || delimiter === '\t' ? ',' : '.');

/**
 * A record the parser stopped at (see {@link TABLE_LIMITS}): too many fields is `table-too-many-columns`; a
 * too long field is `table-header-too-long` on the first record (nothing was read before it) and
 * `table-cell-too-long` below it, named by its header.
 */
function reportCsvLimit(file: string, parsed: ParsedCsv, problems: ProblemList): void {
  const hit = parsed.limit!;
  const inHeader = parsed.header.length === 0;
  const column = (inHeader ? undefined : parsed.header[hit.column]) || `Kolom ${hit.column + 1}`;
  if (hit.kind === 'columns') problems.error('table-too-many-columns', file, { row: hit.line, params: { found: `${hit.max}+`, max: hit.max } });
  else if (inHeader) problems.error('table-header-too-long', file, { row: hit.line, field: column, params: { column, length: `${hit.max}+`, max: TABLE_LIMITS.headerChars, start: '' } });
  else problems.error('table-cell-too-long', file, { row: hit.line, field: column, params: { column, max: hit.max } });
}

/**
 * Reads a delimited text file (CSV, TSV, `|`-separated TXT): detects the encoding, line ends, separator
 * and decimal mark (each can be overridden by `options`), and reports located problems.
 */
export function readCsvTable(file: { name: string; bytes: Uint8Array }, options: TableReadOptions, problems: ProblemList): RawTable | null {
  const decoded = decodeTableText(file.bytes);
  const { encoding, bom } = decoded;
  let text = decoded.text;
  // Excel's separator hint on the first line (`sep=;`): obey it, and blank the line so line numbers stay.
  const hint = /^sep=([^\r\n])(?=\r|\n|$)/i.exec(text);
  if (hint) text = text.slice(hint[0].length);
  if (text.trim() === '') {
    problems.error('table-empty', file.name);
    return null;
  }
  if (encoding === 'windows-1252') problems.warning('encoding', file.name);
  const ext = extensionOf(file.name);
  const guess = detectDelimiter(text, ext === 'tsv' || ext === 'tab' ? '\t' : ext === 'psv' ? '|' : undefined);
  const delimiter = options.delimiter ?? hint?.[1] ?? guess.delimiter;
  const parsed = parseCsv(text, delimiter);
  if (parsed.limit) {
    reportCsvLimit(file.name, parsed, problems);
    return null;
  }
  if (parsed.error) {
    problems.error('csv-syntax', file.name, { row: parsed.error.line, params: { detail: parsed.error.message, detailNl: parsed.error.messageNl } });
  }
  const source: SourceRow[] = [
    { n: parsed.headerLine, cells: stringCells(parsed.header) },
    ...parsed.records.map((r) => ({ n: r.line, cells: stringCells(r.fields) })),
  ];
  const built = buildHeaderAndRows(source, { file: file.name, strictWidth: true, columnLabel: (i) => `Kolom ${i + 1}` }, problems);
  if (built === 'empty') {
    problems.error('table-empty', file.name);
    return null;
  }
  if (built === 'refused') return null;
  if ('headerOnly' in built) {
    reportNoRows(problems, file.name, built.headerOnly);
    return null;
  }
  if (built.header.length === 1 && options.delimiter === undefined) problems.warning('table-single-column', file.name, { params: { delimiter } });

  const texts = function* () {
    for (const row of built.rows) for (const cell of row) if (typeof cell === 'string') yield cell;
  };
  const numbers = detectNumberFormat(texts(), priorDecimal(delimiter), options.decimal);
  if (numbers.ambiguous) problems.warning('table-decimal-ambiguous', file.name, { params: { decimal: numbers.decimal, example: numbers.example ?? '' } });
  return {
    file: file.name,
    header: built.header,
    rows: built.rows,
    rowNumbers: built.rowNumbers,
    detected: { format: 'csv', delimiter, decimal: numbers.decimal, thousands: numbers.thousands, encoding, bom, lineEnding: detectLineEnding(text) },
  };
}
