import { unzipCapped } from '../zip/unzip-capped';
import type { ProblemList } from '../../problems';
import { buildHeaderAndRows, type SourceRow } from '../table/build-raw-table';
import { detectNumberFormat } from '../table/parse-number';
import type { RawCell, RawTable, TableReadOptions } from '../table/raw-table';
import { describeError, reportNoRows } from '../table/table-read-helpers';
import { classifyNumberFormat, excelSerialToIso, type CellDisplay } from './xlsx-number-formats';
import { attribute, attributes, columnIndex, columnLetters, elementPattern, firstElement, plainElementPattern, richText, xmlText } from './xlsx-xml';

/**
 * Reads one worksheet of an Excel workbook (.xlsx, .xlsm) without any spreadsheet library: the zip is
 * opened with fflate and the SpreadsheetML parts are scanned (see xlsx-xml.ts).
 *
 * Cells: shared and inline strings are text; numbers are numbers, except that a number whose format is a
 * date becomes ISO text (`2024-01-31`, `2024-01-31T08:30:00`, `08:30:00`) and a number whose format pads
 * with zeros (`00000`) becomes the padded text Excel shows (`01234`); booleans are booleans; error cells are
 * their text (`#DIV/0!`). A formula is never evaluated: its cached result (`<v>`) is the value, and a
 * formula without one is read as empty with a warning. Empty rows are skipped; cells are placed by their
 * reference (`C5`), so sparse rows keep their columns; row numbers are the ones Excel shows.
 */

const MAX_COLUMNS = 16_384;

interface WorkbookSheet {
  readonly name: string;
  readonly path: string | null;
  readonly hidden: boolean;
}

interface Workbook {
  readonly sheets: readonly WorkbookSheet[];
  readonly sharedStrings: readonly string[];
  readonly styles: readonly CellDisplay[];
  readonly date1904: boolean;
}

interface ParsedSheet {
  readonly rows: SourceRow[];
  readonly formulasWithoutValue: string[];
  readonly filledRows: number;
}

type ZipFiles = Record<string, Uint8Array>;
const utf8 = new TextDecoder('utf-8');

/** Unzips the entries whose lower-cased names pass `wanted`; the result is keyed by lower-cased name. */
function unzipSome(bytes: Uint8Array, wanted: (lowerName: string) => boolean): ZipFiles {
  const out: ZipFiles = {};
  const files = unzipCapped(bytes, { filter: (name) => wanted(name.toLowerCase()) });
  for (const [name, data] of Object.entries(files)) out[name.toLowerCase()] = data;
  return out;
}

/** Joins a relationship target to the folder of the part that refers to it (`xl/` + `worksheets/sheet1.xml`). */
function resolveTarget(baseFolder: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : `${baseFolder}${target}`).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/').toLowerCase();
}

function relationships(xml: string | undefined, baseFolder: string): Map<string, { type: string; path: string }> {
  const map = new Map<string, { type: string; path: string }>();
  if (!xml) return map;
  for (const m of xml.matchAll(elementPattern('Relationship'))) {
    const a = attributes(m[1] ?? '');
    const id = a.get('Id');
    const target = a.get('Target');
    if (id && target && a.get('TargetMode') !== 'External') map.set(id, { type: a.get('Type') ?? '', path: resolveTarget(baseFolder, target) });
  }
  return map;
}

function readWorkbook(parts: ZipFiles): Workbook | null {
  const text = (name: string): string | undefined => {
    const data = parts[name];
    return data ? utf8.decode(data) : undefined;
  };
  const rootRels = relationships(text('_rels/.rels'), '');
  const officeDocument = [...rootRels.values()].find((r) => r.type.endsWith('/officeDocument'))?.path ?? 'xl/workbook.xml';
  const workbookXml = text(officeDocument) ?? text('xl/workbook.xml');
  if (workbookXml === undefined) return null;
  const folder = officeDocument.includes('/') ? officeDocument.slice(0, officeDocument.lastIndexOf('/') + 1) : '';
  const relsPath = `${folder}_rels/${officeDocument.slice(folder.length)}.rels`;
  const rels = relationships(text(relsPath), folder);

  const workbookPr = firstElement(workbookXml, 'workbookPr');
  const date1904Attr = workbookPr ? attributes(workbookPr.attrs).get('date1904') : undefined;
  const date1904 = date1904Attr === '1' || date1904Attr === 'true';

  const sheets: WorkbookSheet[] = [];
  const sheetsElement = firstElement(workbookXml, 'sheets');
  for (const m of (sheetsElement?.content ?? '').matchAll(elementPattern('sheet'))) {
    const a = attributes(m[1] ?? '');
    const rel = rels.get(a.get('r:id') ?? a.get('id') ?? '');
    // Chart sheets and dialog sheets hold no cells.
    const isWorksheet = rel !== undefined && rel.type.endsWith('/worksheet');
    sheets.push({ name: a.get('name') ?? `Sheet${sheets.length + 1}`, path: isWorksheet ? rel.path : null, hidden: (a.get('state') ?? 'visible') !== 'visible' });
  }

  const relOf = (suffix: string, fallback: string): string => [...rels.values()].find((r) => r.type.endsWith(suffix))?.path ?? fallback;
  const sharedStrings: string[] = [];
  const sstXml = text(relOf('/sharedStrings', `${folder}sharedstrings.xml`));
  if (sstXml) for (const m of sstXml.matchAll(elementPattern('si'))) sharedStrings.push(richText(m[2] ?? ''));

  const styles: CellDisplay[] = [];
  const stylesXml = text(relOf('/styles', `${folder}styles.xml`));
  if (stylesXml) {
    const formats = new Map<number, string>();
    for (const m of (firstElement(stylesXml, 'numFmts')?.content ?? '').matchAll(elementPattern('numFmt'))) {
      const a = attributes(m[1] ?? '');
      formats.set(Number(a.get('numFmtId')), a.get('formatCode') ?? '');
    }
    for (const m of (firstElement(stylesXml, 'cellXfs')?.content ?? '').matchAll(elementPattern('xf'))) {
      const id = Number(attributes(m[1] ?? '').get('numFmtId') ?? 0);
      styles.push(classifyNumberFormat(id, formats.get(id)));
    }
  }
  return { sheets, sharedStrings, styles, date1904 };
}

const V = plainElementPattern('v');
const IS = plainElementPattern('is');
const F = plainElementPattern('f');

function cellValue(attrs: string, content: string, book: Workbook): { value: RawCell; formulaWithoutValue: boolean } {
  const type = attribute(attrs, 't') ?? 'n';
  if (type === 'inlineStr') {
    IS.lastIndex = 0;
    const is = IS.exec(content);
    return { value: is ? richText(is[2] ?? '') : null, formulaWithoutValue: false };
  }
  V.lastIndex = 0;
  const v = V.exec(content);
  if (!v) {
    F.lastIndex = 0;
    return { value: null, formulaWithoutValue: F.test(content) };
  }
  const raw = v[2] ?? '';
  switch (type) {
    case 's':
      return { value: book.sharedStrings[Number(raw)] ?? null, formulaWithoutValue: false };
    case 'b':
      return { value: raw.trim() === '1' || raw.trim() === 'true', formulaWithoutValue: false };
    case 'str':
    case 'e':
    case 'd':
      return { value: xmlText(raw), formulaWithoutValue: false };
    default: {
      const number = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(number)) return { value: raw.trim() === '' ? null : xmlText(raw), formulaWithoutValue: false };
      const display = book.styles[Number(attribute(attrs, 's') ?? 0)];
      if (display && (display.kind === 'date' || display.kind === 'datetime' || display.kind === 'time')) {
        return { value: excelSerialToIso(number, display.kind, book.date1904), formulaWithoutValue: false };
      }
      if (display?.kind === 'zeros' && Number.isInteger(number) && number >= 0) {
        return { value: String(number).padStart(display.width, '0'), formulaWithoutValue: false };
      }
      return { value: number, formulaWithoutValue: false };
    }
  }
}

function parseSheet(xml: string, book: Workbook): ParsedSheet {
  const start = xml.search(/<(?:[\w.-]+:)?sheetData[\s>/]/);
  const data = start < 0 ? '' : xml.slice(start);
  const rows: SourceRow[] = [];
  const formulasWithoutValue: string[] = [];
  let filledRows = 0;
  let rowNumber = 0;
  const cellPattern = plainElementPattern('c');
  for (const rowMatch of data.matchAll(plainElementPattern('row'))) {
    const r = Number(attribute(rowMatch[1] ?? '', 'r'));
    rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
    const content = rowMatch[2];
    if (!content) continue;
    const cells: RawCell[] = [];
    let col = -1;
    let filled = false;
    for (const cellMatch of content.matchAll(cellPattern)) {
      const a = cellMatch[1] ?? '';
      const ref = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(attribute(a, 'r') ?? '');
      col = ref ? columnIndex(ref[1]!) : col + 1;
      if (col < 0 || col >= MAX_COLUMNS) continue;
      const { value, formulaWithoutValue } = cellValue(a, cellMatch[2] ?? '', book);
      if (formulaWithoutValue) formulasWithoutValue.push(`${columnLetters(col)}${rowNumber}`);
      if (value === null || (typeof value === 'string' && value.trim() === '')) continue;
      while (cells.length < col) cells.push(null);
      cells[col] = typeof value === 'string' ? value.trim() : value;
      filled = true;
    }
    if (filled) {
      filledRows++;
      rows.push({ n: rowNumber, cells });
    }
  }
  return { rows, formulasWithoutValue, filledRows };
}

/** Tells what a zip that is not a workbook is, for the message. */
function unsupportedZipKind(bytes: Uint8Array): 'ods' | 'xlsb' | 'zip' {
  try {
    const names = Object.keys(unzipCapped(bytes, { filter: (name) => name === 'mimetype' || name.toLowerCase() === 'xl/workbook.bin' }));
    if (names.includes('mimetype')) return 'ods';
    if (names.some((n) => n.toLowerCase() === 'xl/workbook.bin')) return 'xlsb';
  } catch {
    // fall through: a plain zip
  }
  return 'zip';
}

export function readXlsxTable(file: { name: string; bytes: Uint8Array }, options: TableReadOptions, problems: ProblemList): RawTable | null {
  const book = openWorkbook(file, problems);
  if (!book) return null;
  // Worksheets only: chart sheets hold no cells, so the picker does not offer them.
  const names = book.sheets.filter((s) => s.path !== null).map((s) => s.name);
  const sheetList = names.join(', ');
  const readSheet = (sheet: WorkbookSheet): ParsedSheet | null => {
    if (!sheet.path) return { rows: [], formulasWithoutValue: [], filledRows: 0 };
    try {
      const data = unzipSome(file.bytes, (n) => n === sheet.path)[sheet.path];
      return data ? parseSheet(utf8.decode(data), book) : null;
    } catch (error) {
      problems.error('table-file-corrupt', file.name, { sheet: sheet.name, params: { format: 'Excel (.xlsx)', detail: describeError(error) } });
      return null;
    }
  };
  const picked = options.sheet !== undefined ? pickNamedSheet(book, options.sheet, readSheet) : pickFilledSheet(book, readSheet);
  if (picked === 'unknown' || picked === 'empty') {
    if (picked === 'unknown') problems.error('table-sheet-unknown', file.name, { params: { sheet: options.sheet!, sheets: sheetList } });
    else problems.error('table-sheet-empty', file.name, { params: { sheets: sheetList } });
    return null;
  }
  const { sheet: chosen, parsed } = picked;
  if (!parsed) {
    problems.error('table-file-corrupt', file.name, { sheet: chosen.name, params: { format: 'Excel (.xlsx)', detail: `the part for sheet "${chosen.name}" is missing` } });
    return null;
  }
  return toRawTable(file.name, chosen.name, names, parsed, options, problems);
}

/** The workbook's parts (no worksheets yet: they are unzipped one by one); null when it is not a readable .xlsx. */
function openWorkbook(file: { name: string; bytes: Uint8Array }, problems: ProblemList): Workbook | null {
  let parts: ZipFiles;
  try {
    parts = unzipSome(file.bytes, (n) => (n.endsWith('.xml') || n.endsWith('.rels')) && !/\/(?:worksheets|chartsheets|drawings|charts|media|pivotcache|pivottables|externallinks|customxml)\//.test(`/${n}`));
  } catch (error) {
    problems.error('table-file-corrupt', file.name, { params: { format: 'Excel (.xlsx)', detail: describeError(error) } });
    return null;
  }
  const book = readWorkbook(parts);
  if (!book) problems.error('table-format-unsupported', file.name, { params: { kind: unsupportedZipKind(file.bytes) } });
  return book;
}

/** A sheet and its cells; `parsed` is null when its part could not be read. */
type PickedSheet = { sheet: WorkbookSheet; parsed: ParsedSheet | null };

/** The sheet the user named (exactly, else ignoring case and spaces around it). */
function pickNamedSheet(book: Workbook, name: string, readSheet: (sheet: WorkbookSheet) => ParsedSheet | null): PickedSheet | 'unknown' {
  const wanted = name.trim();
  const sheet = book.sheets.find((s) => s.name === name) ?? book.sheets.find((s) => s.name.trim().toLowerCase() === wanted.toLowerCase());
  return sheet ? { sheet, parsed: readSheet(sheet) } : 'unknown';
}

/** The first sheet with a header and data; visible sheets before hidden ones; else the first with anything. */
function pickFilledSheet(book: Workbook, readSheet: (sheet: WorkbookSheet) => ParsedSheet | null): PickedSheet | 'empty' {
  const order = [...book.sheets.filter((s) => !s.hidden), ...book.sheets.filter((s) => s.hidden)];
  let fallback: PickedSheet | null = null;
  for (const sheet of order) {
    const parsed = readSheet(sheet);
    if (!parsed) continue;
    if (parsed.filledRows >= 2) return { sheet, parsed };
    if (parsed.filledRows >= 1 && !fallback) fallback = { sheet, parsed };
  }
  return fallback ?? 'empty';
}

/** Header and rows of the chosen sheet, with its formulas without a value and an ambiguous decimal reported. */
function toRawTable(fileName: string, sheet: string, sheets: string[], parsed: ParsedSheet, options: TableReadOptions, problems: ProblemList): RawTable | null {
  const where = { sheet };
  for (const cell of parsed.formulasWithoutValue) {
    problems.warning('table-formula-no-value', fileName, { ...where, row: Number(/\d+$/.exec(cell)![0]), params: { cell } });
  }
  const built = buildHeaderAndRows(parsed.rows, { file: fileName, sheet, strictWidth: false, columnLabel: (i) => `Kolom ${columnLetters(i)}` }, problems);
  if (built === 'empty') {
    problems.error('table-sheet-empty', fileName, { ...where, params: { sheet, sheets: sheets.join(', ') } });
    return null;
  }
  if (built === 'refused') return null;
  if ('headerOnly' in built) {
    reportNoRows(problems, fileName, built.headerOnly, sheet);
    return null;
  }
  const texts = function* () {
    for (const row of built.rows) for (const cell of row) if (typeof cell === 'string') yield cell;
  };
  // Numbers typed as text in a Belgian workbook use a decimal comma.
  const numbers = detectNumberFormat(texts(), ',', options.decimal);
  if (numbers.ambiguous) problems.warning('table-decimal-ambiguous', fileName, { ...where, params: { decimal: numbers.decimal, example: numbers.example ?? '' } });
  return {
    file: fileName,
    sheet,
    sheets,
    header: built.header,
    rows: built.rows,
    rowNumbers: built.rowNumbers,
    detected: { format: 'xlsx', decimal: numbers.decimal, thousands: numbers.thousands },
  };
}
