/**
 * An RFC 4180 CSV parser that keeps the line number where each record starts, so problems can name the
 * row as a spreadsheet user sees it (header = line 1). Handles quoted fields with embedded separators,
 * doubled quotes and line breaks, and CRLF / LF / CR line ends. Blank lines are skipped.
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
}

export function parseCsv(text: string, delimiter = ','): ParsedCsv {
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
    throw new Error(`Invalid CSV delimiter ${JSON.stringify(delimiter)}`);
  }
  const all: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let inQuotes = false;
  let quoteLine = 0;
  let fieldStarted = false;
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const endRecord = () => {
    fields.push(field);
    const blank = fields.length === 1 && fields[0] === '' && !fieldStarted;
    if (!blank) all.push({ line: recordLine, fields });
    fields = [];
    field = '';
    fieldStarted = false;
  };

  while (i < n) {
    const ch = text[i]!;
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        i++;
        continue;
      }
      if (ch === '\r' || ch === '\n') {
        if (ch === '\r' && text[i + 1] === '\n') {
          field += '\r\n';
          i += 2;
        } else {
          field += ch;
          i++;
        }
        line++;
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') {
      inQuotes = true;
      fieldStarted = true;
      quoteLine = line;
      i++;
      continue;
    }
    if (ch === delimiter) {
      fields.push(field);
      field = '';
      fieldStarted = true;
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
      continue;
    }
    field += ch;
    fieldStarted = true;
    i++;
  }
  let error: ParsedCsv['error'] = null;
  if (inQuotes) {
    error = {
      line: quoteLine,
      message: `a quoted field opened on line ${quoteLine} is never closed`,
      messageNl: `een veld tussen aanhalingstekens, geopend op regel ${quoteLine}, wordt nooit gesloten`,
    };
  } else if (field !== '' || fields.length > 0 || fieldStarted) {
    endRecord();
  }
  const [head, ...records] = all;
  return { header: head ? head.fields.map((h) => h.trim()) : [], headerLine: head?.line ?? 1, records, error };
}
