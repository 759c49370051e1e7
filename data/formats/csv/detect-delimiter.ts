import { parseCsv } from './parse-csv';

export const CANDIDATE_DELIMITERS = [';', ',', '\t', '|'] as const;

/** How much text the detection looks at, and how many records. */
const SAMPLE_CHARS = 256 * 1024;
const SAMPLE_RECORDS = 200;

export interface DelimiterGuess {
  readonly delimiter: string;
  /** Fields per record on most sampled records (1 when no candidate splits the lines). */
  readonly fields: number;
  /** Share of sampled records that have that many fields (quotes respected). */
  readonly consistency: number;
}

/**
 * Finds the field separator among `;` `,` tab and `|`: the one that splits the first records (parsed with
 * quotes respected, so a quoted `"Brussel, stad"` or a line break inside quotes does not count) into the
 * same number of fields, at least two. Ties go to more fields, then to `preferred` (a `.tsv` file prefers
 * tab), then to the order above. Title lines and rows of only separators count as disagreeing records,
 * which is why consistency, not unanimity, decides.
 *
 * @example
 * detectDelimiter('code;waarde\n11001;1,5\n11002;2,5\n') // { delimiter: ';', fields: 2, consistency: 1 }
 */
export function detectDelimiter(text: string, preferred?: string): DelimiterGuess {
  let sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const truncated = sample.length < text.length;
  if (truncated) {
    const cut = Math.max(sample.lastIndexOf('\n'), sample.lastIndexOf('\r'));
    if (cut > 0) sample = sample.slice(0, cut);
  }
  let best: DelimiterGuess | null = null;
  let bestScore = -1;
  for (const delimiter of CANDIDATE_DELIMITERS) {
    const parsed = parseCsv(sample, delimiter);
    const records = [parsed.header, ...parsed.records.map((r) => r.fields)].slice(0, SAMPLE_RECORDS);
    // An unclosed quote in a cut sample runs to the end: leave the last record out.
    if (truncated && parsed.error && !parsed.limit && records.length > 1) records.pop();
    // Parsing stopped at a limit (too many fields, a huge field): the fields before it still show how this
    // separator splits that record.
    if (parsed.limit) records.push(new Array<string>(parsed.limit.column + 1).fill('x'));
    if (records[0]!.length === 0) records.shift();
    if (records.length === 0) continue;
    const counts = new Map<number, number>();
    for (const fields of records) {
      // Trailing empty fields (Excel writes `a;b;;`) do not make a record disagree.
      let n = fields.length;
      while (n > 1 && fields[n - 1]!.trim() === '') n--;
      counts.set(n, (counts.get(n) ?? 0) + 1);
      if (n !== fields.length) counts.set(fields.length, (counts.get(fields.length) ?? 0) + 1);
    }
    let mode = 1;
    let modeCount = 0;
    for (const [n, c] of counts) if (n >= 2 && (c > modeCount || (c === modeCount && n > mode))) [mode, modeCount] = [n, c];
    if (modeCount === 0) continue;
    const consistency = modeCount / records.length;
    const score = consistency + (delimiter === preferred ? 0.001 : 0);
    if (score > bestScore + 1e-9 || (Math.abs(score - bestScore) <= 1e-9 && best !== null && mode > best.fields)) {
      best = { delimiter, fields: mode, consistency };
      bestScore = score;
    }
  }
  return best ?? { delimiter: preferred ?? ',', fields: 1, consistency: 1 };
}
