/**
 * The shape every table reader (CSV/TSV, XLSX, Parquet) returns: a header and rows of raw cells, not yet
 * typed. Text stays text (codes keep their leading zeros), so numbers in CSV files are parsed later with the
 * decimal mark recorded in `detected` — the wizard can show that choice and let the user override it.
 */

/** A cell as read: CSV cells are trimmed text (empty → null); XLSX and Parquet keep their stored type. */
export type RawCell = string | number | boolean | null;

export type TableFormat = 'csv' | 'xlsx' | 'parquet';
export type DecimalMark = ',' | '.';
export type ThousandsMark = '.' | ',' | ' ' | null;
/** Encodings the CSV reader recognises; UTF-16 only with its byte-order mark (Excel's "Unicode text"). */
export type TextEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';
export type LineEnding = 'crlf' | 'lf' | 'cr';

export interface DetectedTableFormat {
  readonly format: TableFormat;
  /** CSV only: the field separator (`,` `;` tab `|` or what the user chose). */
  readonly delimiter?: string;
  /** The decimal mark used to read numbers written as text. */
  readonly decimal: DecimalMark;
  /** The thousands separator seen in numbers written as text, or null when none was seen. */
  readonly thousands: ThousandsMark;
  readonly encoding?: TextEncoding;
  readonly bom?: boolean;
  readonly lineEnding?: LineEnding;
}

export interface RawTable {
  /** The file's name as it was handed over (InputFile.name), also used in problems. */
  readonly file: string;
  /** XLSX: the sheet read. */
  readonly sheet?: string;
  /** XLSX: all worksheet names in workbook order, for the picker. */
  readonly sheets?: readonly string[];
  /** Column names: trimmed, unique, never empty. */
  readonly header: readonly string[];
  /** One cell per header column in every row. */
  readonly rows: readonly (readonly RawCell[])[];
  /** Where each row came from: CSV line number (header = 1), spreadsheet row number, or Parquet row index + 2. */
  readonly rowNumbers: readonly number[];
  readonly detected: DetectedTableFormat;
}

export interface TableReadOptions {
  /** XLSX: the sheet to read (default: the first sheet with data). */
  readonly sheet?: string;
  /** CSV: the field separator (default: detected). */
  readonly delimiter?: string;
  /** The decimal mark of numbers written as text (default: detected). */
  readonly decimal?: DecimalMark;
}
