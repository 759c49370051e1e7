import { decodeWindows1252 } from '../text/decode-text';
import type { ProblemList } from '../../problems';
import { TABLE_LIMITS } from '../table/table-limits';

export type DbfValue = string | number | boolean | null;
export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date';

export interface DbfField {
  readonly name: string;
  readonly type: FieldType;
  /** The dBASE type letter: C, N, F, L or D. */
  readonly dbfType: string;
  /** Byte offset of the field inside a record (after the deletion flag) and its width. */
  readonly offset: number;
  readonly length: number;
}

export interface DbfTable {
  /** The fields that are read (unsupported types are reported and skipped). */
  readonly fields: readonly DbfField[];
  readonly recordCount: number;
  readonly encoding: 'utf-8' | 'windows-1252';
  /** True when record `i` carries the deletion mark `*`. */
  isDeleted(i: number): boolean;
  /** The value of one field of record `i` (blank → null; a malformed number, date or logical → null, with a warning). */
  value(i: number, field: DbfField): DbfValue;
  /** Every field of record `i`. */
  record(i: number): Record<string, DbfValue>;
}

export interface DbfSource {
  /** Display names for messages. */
  readonly dbfName: string;
  readonly cpgName?: string;
  readonly bytes: Uint8Array;
  /** Contents of the .cpg file, if there is one. */
  readonly cpg?: string;
}

/** Language driver IDs (header byte 29) that mean Windows-1252 / ANSI Western European. */
const LDID_WINDOWS_1252 = new Set([0x03, 0x57, 0x58, 0x59]);

const utf8 = new TextDecoder('utf-8');

/**
 * Reads a dBASE III+/IV attribute table (.dbf) as written beside shapefiles: field types C (text), N and F
 * (numbers; N without decimals is an integer), L (logical) and D (date, returned as `YYYY-MM-DD`). Text is
 * decoded per the .cpg file (UTF-8 / 65001; 1252, ANSI, Windows-1252; ISO-8859-1 and Latin-1, read as
 * Windows-1252, their superset in practice); without a .cpg per the language driver byte (0x03, 0x57–0x59
 * → Windows-1252); otherwise UTF-8 when every text is valid UTF-8, else Windows-1252 with a warning. Text
 * declared UTF-8 that is not valid UTF-8 is read as Windows-1252 with a warning too. Values are trimmed;
 * blank values are null. Records are decoded on demand, so a filter on one field stays cheap.
 *
 * Returns null after reporting `dbf-corrupt` when the header is unusable.
 *
 * @example
 * const table = readDbf({ dbfName: 'ggw7.dbf', bytes, cpg: 'UTF-8' }, problems);
 * table?.record(0); // { geoitem: '11001W01', naam: 'Aartselaar' }
 */
export function readDbf(source: DbfSource, problems: ProblemList): DbfTable | null {
  const { bytes, dbfName } = source;
  const corrupt = (detail: string, detailNl: string): null => {
    problems.error('dbf-corrupt', dbfName, { params: { detail, detailNl } });
    return null;
  };
  const header = readHeader(bytes, corrupt);
  if (!header) return null;
  const { recordCount, headerLength, recordLength } = header;
  const { fields, textFields, width, refused } = readFieldDescriptors(bytes, headerLength, dbfName, problems);
  if (refused) return null;
  if (width > recordLength) {
    return corrupt(`its fields (${width} bytes) do not fit its records (${recordLength} bytes)`, `de velden (${width} bytes) passen niet in de records (${recordLength} bytes)`);
  }
  const recordStart = (i: number) => headerLength + i * recordLength;
  const encoding = chooseEncoding(source, bytes[29]!, () => allTextIsUtf8(bytes, textFields, recordCount, recordStart), problems);
  const decodeText = encoding === 'utf-8' ? (b: Uint8Array) => utf8.decode(b) : decodeWindows1252;
  const value = valueReader(bytes, recordStart, decodeText, dbfName, problems);
  return {
    fields,
    recordCount,
    encoding,
    isDeleted: (i) => bytes[recordStart(i)] === 0x2a,
    value,
    record(i) {
      const out: Record<string, DbfValue> = {};
      for (const field of fields) out[field.name] = value(i, field);
      return out;
    },
  };
}

/** Record count and the lengths of the header and a record; null (reported as corrupt) when they cannot be right. */
function readHeader(bytes: Uint8Array, corrupt: (detail: string, detailNl: string) => null): { recordCount: number; headerLength: number; recordLength: number } | null {
  if (bytes.length < 33) return corrupt('the file is too short to be a .dbf', 'het bestand is te kort voor een .dbf');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const recordCount = view.getUint32(4, true);
  const headerLength = view.getUint16(8, true);
  const recordLength = view.getUint16(10, true);
  if (headerLength < 33 || recordLength < 1 || headerLength > bytes.length) {
    return corrupt(`its header is invalid (header length ${headerLength}, record length ${recordLength})`, `de kop is ongeldig (koplengte ${headerLength}, recordlengte ${recordLength})`);
  }
  if (headerLength + recordCount * recordLength > bytes.length) {
    return corrupt(
      `the file is shorter than its header says (${recordCount} records of ${recordLength} bytes)`,
      `het bestand is korter dan de kop zegt (${recordCount} records van ${recordLength} bytes)`,
    );
  }
  return { recordCount, headerLength, recordLength };
}

/**
 * The field descriptors up to the 0x0D terminator: supported fields with unique names (empty names become
 * `field_n`, repeats get `_2`, `_3`), unsupported types reported and skipped; `width` is the record width
 * they take, including the deletion flag. More fields than {@link TABLE_LIMITS}.columns, or a text field
 * wider than its cellChars (FoxPro's wide fields reach 65,535 bytes), is an error and `refused`.
 */
function readFieldDescriptors(bytes: Uint8Array, headerLength: number, dbfName: string, problems: ProblemList): { fields: DbfField[]; textFields: DbfField[]; width: number; refused: boolean } {
  const fields: DbfField[] = [];
  const textFields: DbfField[] = [];
  const seen = new Set<string>();
  let offset = 1; // after the deletion flag
  for (let at = 32; at + 32 <= headerLength && bytes[at] !== 0x0d; at += 32) {
    const rawName = asciiName(bytes.subarray(at, at + 11));
    const dbfType = String.fromCharCode(bytes[at + 11]!).toUpperCase();
    let length = bytes[at + 16]!;
    const decimals = bytes[at + 17]!;
    if (dbfType === 'C') length += decimals * 256; // FoxPro/Clipper: wide text fields use the decimals byte
    const fieldOffset = offset;
    offset += length;
    if (dbfType === 'C' && length > TABLE_LIMITS.cellChars) {
      problems.error('dbf-field-too-long', dbfName, { field: rawName, params: { field: rawName, length, max: TABLE_LIMITS.cellChars } });
      return { fields, textFields, width: offset, refused: true };
    }
    const type = fieldType(dbfType, length, decimals);
    if (type === null) {
      if (dbfType !== '0') problems.warning('dbf-field-unsupported', dbfName, { field: rawName, params: { field: rawName, type: dbfType } });
      continue;
    }
    let name = rawName || `field_${fields.length + 1}`;
    for (let k = 2; seen.has(name); k++) name = `${rawName}_${k}`;
    seen.add(name);
    const field: DbfField = { name, type, dbfType, offset: fieldOffset, length };
    fields.push(field);
    if (type === 'string') textFields.push(field);
    if (fields.length > TABLE_LIMITS.columns) {
      problems.error('dbf-too-many-fields', dbfName, { params: { found: `${TABLE_LIMITS.columns}+`, max: TABLE_LIMITS.columns } });
      return { fields, textFields, width: offset, refused: true };
    }
  }
  return { fields, textFields, width: offset, refused: false };
}

/** Decodes one field of one record: trimmed of spaces and NULs, blank → null, a malformed value → null with a warning. */
function valueReader(
  bytes: Uint8Array,
  recordStart: (i: number) => number,
  decodeText: (b: Uint8Array) => string,
  dbfName: string,
  problems: ProblemList,
): (i: number, field: DbfField) => DbfValue {
  return (i, field) => {
    const start = recordStart(i) + field.offset;
    let from = start;
    let to = start + field.length;
    while (from < to && (bytes[from] === 0x20 || bytes[from] === 0)) from++;
    while (to > from && (bytes[to - 1] === 0x20 || bytes[to - 1] === 0)) to--;
    if (from === to) return null;
    const raw = bytes.subarray(from, to);
    if (field.type === 'string') return isAscii(raw) ? ascii(raw) : decodeText(raw);
    const text = ascii(raw);
    const parsed = parseValue(field.type, text);
    if (parsed === undefined) {
      const typeNl = { integer: 'geheel getal', number: 'getal', boolean: 'logische waarde', date: 'datum' }[field.type];
      problems.warning('dbf-value-invalid', dbfName, { feature: i, field: field.name, params: { value: text, type: field.type, typeNl } });
      return null;
    }
    return parsed;
  };
}

function fieldType(dbfType: string, length: number, decimals: number): FieldType | null {
  switch (dbfType) {
    case 'C':
      return 'string';
    case 'N':
      return decimals === 0 && length <= 15 ? 'integer' : 'number';
    case 'F':
      return 'number';
    case 'L':
      return 'boolean';
    case 'D':
      return 'date';
    default:
      return null;
  }
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** A parsed value, null for a value that means "no value", undefined for a malformed one. */
function parseValue(type: FieldType, text: string): DbfValue | undefined {
  switch (type) {
    case 'integer':
    case 'number': {
      if (/^\*+$/.test(text) || text === '.' || text === '-') return null; // overflow markers and empty numbers
      return NUMBER.test(text) ? Number(text) : undefined;
    }
    case 'boolean':
      if ('TtYy'.includes(text)) return text.length === 1 ? true : undefined;
      if ('FfNn'.includes(text)) return text.length === 1 ? false : undefined;
      return text === '?' ? null : undefined;
    case 'date': {
      if (text === '00000000') return null;
      const m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
      if (!m) return undefined;
      const [, y, mo, d] = m;
      const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
      return date.getUTCMonth() === Number(mo) - 1 && date.getUTCDate() === Number(d) ? `${y}-${mo}-${d}` : undefined;
    }
    default:
      return text;
  }
}

function chooseEncoding(source: DbfSource, ldid: number, validUtf8: () => boolean, problems: ProblemList): 'utf-8' | 'windows-1252' {
  const fallback = (declared?: string): 'windows-1252' => {
    problems.warning('dbf-encoding-fallback', source.dbfName, { params: declared === undefined ? {} : { declared } });
    return 'windows-1252';
  };
  if (source.cpg !== undefined && source.cpg.trim() !== '') {
    const label = source.cpg.trim().toUpperCase().replace(/[\s_-]/g, '');
    if (label === 'UTF8' || label === '65001') return validUtf8() ? 'utf-8' : fallback(source.cpgName ?? '.cpg');
    if (/^(ANSI)?1252$|^(CP|WINDOWS|WIN)1252$|^ANSI$|^(ISO)?88591$|^LATIN1$|^28591$/.test(label)) return 'windows-1252';
    problems.warning('dbf-encoding-unknown', source.cpgName ?? source.dbfName, { params: { encoding: source.cpg.trim().slice(0, 40) } });
  } else if (LDID_WINDOWS_1252.has(ldid)) {
    return 'windows-1252';
  }
  return validUtf8() ? 'utf-8' : fallback();
}

function allTextIsUtf8(bytes: Uint8Array, fields: readonly DbfField[], recordCount: number, recordStart: (i: number) => number): boolean {
  for (let i = 0; i < recordCount; i++) {
    const base = recordStart(i);
    for (const field of fields) {
      const from = base + field.offset;
      let to = from + field.length;
      while (to > from && (bytes[to - 1] === 0x20 || bytes[to - 1] === 0)) to--;
      if (!isValidUtf8(bytes, from, to)) return false;
    }
  }
  return true;
}

/** Strict UTF-8 validation of bytes[from, to): no overlongs, surrogates or code points above U+10FFFF. */
function isValidUtf8(bytes: Uint8Array, from: number, to: number): boolean {
  let i = from;
  while (i < to) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    let cp: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min, cp] = [1, 0x80, b & 0x1f];
    else if (b >= 0xe0 && b <= 0xef) [need, min, cp] = [2, 0x800, b & 0x0f];
    else if (b >= 0xf0 && b <= 0xf4) [need, min, cp] = [3, 0x10000, b & 0x07];
    else return false;
    if (i + need >= to) return false; // the sequence is cut off
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) return false;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return false;
    i += need + 1;
  }
  return true;
}

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return false;
  return true;
}

function ascii(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]!);
  return s;
}

/** A field name: ASCII up to the first NUL, trimmed. */
function asciiName(bytes: Uint8Array): string {
  const end = bytes.indexOf(0);
  return ascii(end < 0 ? bytes : bytes.subarray(0, end)).trim();
}
