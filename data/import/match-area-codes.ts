/**
 * Normalises an area code for matching: trims, upper-cases, removes inner spaces and a trailing `-`
 * (Statbel sector codes are 9 characters, `34022A00-`, but exports often drop the dash), and strips a
 * trailing `.0` that spreadsheets add to numeric codes.
 *
 * @example
 * normaliseAreaCode(' 34022a00- ') // '34022A00'
 * normaliseAreaCode('34022.0')     // '34022'
 */
export function normaliseAreaCode(code: string): string {
  return code.trim().toUpperCase().replace(/\s+/g, '').replace(/\.0+$/, '').replace(/-+$/, '');
}

export interface UnmatchedCode {
  readonly code: string;
  /** How many rows (table side) carry this code. */
  readonly count: number;
  /** Up to three source row numbers, for the report. */
  readonly rows: readonly number[];
}

export interface CodeMatchReport {
  /** Table code (as written) → area code (as in the boundaries). */
  readonly matched: ReadonlyMap<string, string>;
  /** How many distinct table codes matched exactly, and how many only after normalising. */
  readonly exact: number;
  readonly normalised: number;
  /** Table codes with no area, most frequent first. */
  readonly unmatchedInTable: readonly UnmatchedCode[];
  /** Area codes no table row refers to. */
  readonly unmatchedAreas: readonly string[];
}

/**
 * Matches the codes found in a table to the codes of the boundaries: exactly first, then after
 * {@link normaliseAreaCode}. Reports what is left over on both sides with counts and example rows.
 * Two area codes that normalise to the same text are ambiguous and only match exactly.
 *
 * @example
 * matchAreaCodes([{ code: '34022a00', row: 2 }], ['34022A00-']).matched // Map { '34022a00' => '34022A00-' }
 */
export function matchAreaCodes(tableCodes: Iterable<{ readonly code: string; readonly row: number }>, areaCodes: Iterable<string>): CodeMatchReport {
  const areas = [...new Set(areaCodes)];
  const exactSet = new Set(areas);
  const byNormal = new Map<string, string | null>();
  for (const code of areas) {
    const key = normaliseAreaCode(code);
    byNormal.set(key, byNormal.has(key) ? null : code);
  }
  const seen = new Map<string, { count: number; rows: number[] }>();
  for (const { code, row } of tableCodes) {
    const entry = seen.get(code);
    if (entry) {
      entry.count++;
      if (entry.rows.length < 3) entry.rows.push(row);
    } else seen.set(code, { count: 1, rows: [row] });
  }
  const matched = new Map<string, string>();
  let exact = 0;
  let normalised = 0;
  const unmatchedInTable: UnmatchedCode[] = [];
  for (const [code, { count, rows }] of seen) {
    if (exactSet.has(code)) {
      matched.set(code, code);
      exact++;
      continue;
    }
    const area = byNormal.get(normaliseAreaCode(code));
    if (area) {
      matched.set(code, area);
      normalised++;
    } else unmatchedInTable.push({ code, count, rows });
  }
  unmatchedInTable.sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
  const used = new Set(matched.values());
  return { matched, exact, normalised, unmatchedInTable, unmatchedAreas: areas.filter((a) => !used.has(a)).sort() };
}
