import { classifyValue } from '../../formats/table/parse-number';
import type { RawTable } from '../../formats/table/raw-table';
import { codeText, periodYear, type LayoutSpec, type PeriodSpec, type TableMapping } from './to-long-indicators';

/**
 * Sensible defaults for the import wizard and the CLI: which column holds the area codes, where the
 * period comes from and whether the table is long or wide. Each choice has a confidence from 0 (a blind
 * default) to 1, so the UI can ask the user to check the weak ones.
 *
 * - Code column: the column whose values look most like area codes — NIS5 `11001`, sector `34022A00-`,
 *   wijk `34022W08`, deelgemeente `34022B` — plus a bonus for a header such as code, nis, refnis, geoitem,
 *   sector or wijk and a malus for names (naam, name, descr). Ties go to the column with more distinct
 *   values (Statbel's CD_MUNTY_REFNIS before CD_DSTR_REFNIS), then to the leftmost.
 * - Period column: a header such as jaar, year, periode, period or CD_YEAR with year-like integers, or a
 *   column of only years with few distinct values; otherwise one value for the file: a year in the file
 *   name, or last year (confidence 0).
 * - Layout: long when a text column varies within an area (the indicator names) and there is one numeric
 *   column (or columns named like indicator and value); else wide over the numeric columns, leaving out
 *   the code and period columns and identifier columns (headers like CD_…, id, nr, postcode, refnis).
 *
 * `numericColumns` are the candidate indicator columns (numeric, not code, period or identifier).
 */

const PROFILE_ROWS = 20_000;

const CODE_PATTERNS = [/^\d{5}$/, /^\d{5}[A-Z][0-9A-Z]{2}[0-9A-Z-]$/, /^\d{5}W\d{2,3}$/, /^\d{5}[A-Z]$/];
const CODE_WORDS = new Set(['code', 'codes', 'nis', 'nis5', 'niscode', 'refnis', 'geoitem', 'sector', 'sectoren', 'statsec', 'sectorcode', 'wijk', 'wijkcode', 'gebied', 'gebiedscode', 'area', 'areacode', 'buurt']);
const NAME_WORDS = new Set(['naam', 'name', 'descr', 'description', 'omschrijving', 'label', 'tx', 'benaming']);
const IDENTIFIER_WORDS = new Set([...CODE_WORDS, 'id', 'nr', 'nummer', 'postcode', 'zip', 'cd', 'key', 'sleutel']);
const PERIOD_WORDS = new Set(['jaar', 'year', 'periode', 'period', 'jaartal', 'yr', 'refyear', 'referentiejaar']);
const INDICATOR_WORDS = new Set(['indicator', 'indicatoren', 'variabele', 'variable', 'kenmerk', 'measure', 'maatstaf', 'grootheid', 'indicatorid']);
const VALUE_WORDS = new Set(['value', 'waarde', 'val', 'aantal', 'count', 'n', 'obs', 'observation']);

/** Header words: split on anything but letters and digits, and at lower→upper case changes. */
export function headerWords(header: string): string[] {
  return header
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

const hasWord = (header: string, words: ReadonlySet<string>): boolean => headerWords(header).some((w) => words.has(w));

interface ColumnProfile {
  readonly name: string;
  readonly index: number;
  nonEmpty: number;
  numbers: number;
  markers: number;
  texts: number;
  years: number;
  codeLike: number;
  readonly distinct: Set<string>;
}

function profileColumns(table: RawTable): ColumnProfile[] {
  const profiles: ColumnProfile[] = table.header.map((name, index) => ({ name, index, nonEmpty: 0, numbers: 0, markers: 0, texts: 0, years: 0, codeLike: 0, distinct: new Set<string>() }));
  const n = Math.min(table.rows.length, PROFILE_ROWS);
  for (let r = 0; r < n; r++) {
    const row = table.rows[r]!;
    for (const p of profiles) {
      const cell = row[p.index] ?? null;
      const text = codeText(cell);
      if (text === null) continue;
      p.nonEmpty++;
      if (p.distinct.size < 10_000) p.distinct.add(text);
      if (CODE_PATTERNS.some((re) => re.test(text))) p.codeLike++;
      const year = periodYear(cell);
      if (year !== undefined && year >= 1900 && year <= 2100) p.years++;
      const v = classifyValue(cell, table.detected.decimal);
      if (v.kind === 'number') p.numbers++;
      else if (v.kind === 'suppressed' || v.kind === 'missing' || v.kind === 'excel-error') p.markers++;
      else p.texts++;
    }
  }
  return profiles;
}

const isNumeric = (p: ColumnProfile): boolean => p.numbers > 0 && (p.numbers + p.markers) / p.nonEmpty >= 0.8;
const isText = (p: ColumnProfile): boolean => p.nonEmpty > 0 && p.texts / p.nonEmpty >= 0.8;

function guessCode(profiles: readonly ColumnProfile[]): { column: ColumnProfile | null; confidence: number } {
  const scored = profiles
    .filter((p) => p.nonEmpty > 0)
    .map((p) => ({ p, score: 0.6 * (p.codeLike / p.nonEmpty) + (hasWord(p.name, CODE_WORDS) ? 0.5 : 0) - (hasWord(p.name, NAME_WORDS) ? 0.4 : 0) }));
  if (scored.length === 0) return { column: null, confidence: 0 };
  const bestScore = Math.max(...scored.map((s) => s.score));
  if (bestScore <= 0.2) {
    // Nothing looks like a code: the first mostly-text column, else the first column.
    return { column: profiles.find((p) => isText(p)) ?? profiles[0] ?? null, confidence: 0.1 };
  }
  // Near-ties go to the column with more distinct values (municipality before district), then the leftmost.
  const best = scored.filter((s) => s.score >= bestScore - 0.05).sort((a, b) => b.p.distinct.size - a.p.distinct.size || a.p.index - b.p.index)[0]!;
  return { column: best.p, confidence: Math.min(1, Math.round(best.score * 100) / 100) };
}

function guessPeriod(profiles: readonly ColumnProfile[], exclude: ColumnProfile | null, fileName: string): { spec: PeriodSpec; column: ColumnProfile | null; confidence: number } {
  let best: ColumnProfile | null = null;
  let bestScore = 0;
  for (const p of profiles) {
    if (p === exclude || p.nonEmpty === 0) continue;
    const share = p.years / p.nonEmpty;
    const named = hasWord(p.name, PERIOD_WORDS);
    const score = (named && share >= 0.5 ? 0.5 : 0) + (share >= 0.9 && (named || p.distinct.size <= 50) ? 0.5 * share : 0);
    if (score > bestScore) {
      best = p;
      bestScore = score;
    }
  }
  if (best !== null && bestScore >= 0.45) return { spec: { column: best.name }, column: best, confidence: Math.round(bestScore * 100) / 100 };
  const fromName = /(?:^|[^0-9])((?:19|20)\d{2})(?![0-9])/.exec(fileName.split(/[\\/]/).pop() ?? fileName);
  if (fromName) return { spec: { value: Number(fromName[1]) }, column: null, confidence: 0.3 };
  return { spec: { value: new Date().getFullYear() - 1 }, column: null, confidence: 0 };
}

function guessLayout(table: RawTable, profiles: readonly ColumnProfile[], code: ColumnProfile | null, period: ColumnProfile | null): { layout: LayoutSpec; confidence: number; numeric: ColumnProfile[] } {
  const rest = profiles.filter((p) => p !== code && p !== period && p.nonEmpty > 0);
  const numeric = rest.filter((p) => isNumeric(p) && !hasWord(p.name, IDENTIFIER_WORDS) && !hasWord(p.name, PERIOD_WORDS));
  const texts = rest.filter((p) => isText(p) && p.distinct.size >= 2 && p.distinct.size <= 200 && p.distinct.size * 2 <= p.nonEmpty);

  // Indicator-like text columns vary within one area (names of areas do not).
  const variesWithinArea = (p: ColumnProfile): boolean => {
    if (code === null) return true;
    const pairs = new Set<string>();
    const codes = new Set<string>();
    const n = Math.min(table.rows.length, PROFILE_ROWS);
    for (let r = 0; r < n; r++) {
      const c = codeText(table.rows[r]![code.index] ?? null);
      const v = codeText(table.rows[r]![p.index] ?? null);
      if (c === null || v === null) continue;
      codes.add(c);
      pairs.add(`${c}\u0000${v}`);
    }
    return pairs.size > codes.size;
  };
  const indicatorCandidates = texts.filter(variesWithinArea);
  const namedIndicator = indicatorCandidates.find((p) => hasWord(p.name, INDICATOR_WORDS));
  const namedValue = numeric.find((p) => hasWord(p.name, VALUE_WORDS));
  if (namedIndicator && namedValue) {
    return { layout: { kind: 'long', indicatorColumn: namedIndicator.name, valueColumn: namedValue.name }, confidence: 0.9, numeric };
  }
  if (indicatorCandidates.length > 0 && numeric.length === 1) {
    const indicator = namedIndicator ?? [...indicatorCandidates].sort((a, b) => a.distinct.size - b.distinct.size)[0]!;
    return { layout: { kind: 'long', indicatorColumn: indicator.name, valueColumn: numeric[0]!.name }, confidence: 0.6, numeric };
  }
  return { layout: { kind: 'wide', indicatorColumns: numeric.map((p) => p.name) }, confidence: numeric.length > 0 ? 0.8 : 0, numeric };
}

export function guessTableMapping(table: RawTable): { mapping: TableMapping; confidence: { code: number; period: number; layout: number }; numericColumns: string[] } {
  const profiles = profileColumns(table);
  const code = guessCode(profiles);
  const period = guessPeriod(profiles, code.column, table.file);
  const layout = guessLayout(table, profiles, code.column, period.column);
  return {
    mapping: { codeColumn: code.column?.name ?? table.header[0] ?? '', period: period.spec, layout: layout.layout },
    confidence: { code: code.confidence, period: period.confidence, layout: layout.confidence },
    numericColumns: layout.numeric.map((p) => p.name),
  };
}
