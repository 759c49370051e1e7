import type { ProblemList } from '../problems';
import type { ImportRow } from './collect-table-rows';
import type { MatchingReport } from './import-types';
import { matchAreaCodes, type CodeMatchReport } from './match-area-codes';

/** Where the rows and the areas come from, for the problems' locations. */
export interface MatchContext {
  /** The table named when nothing matched, and its code column. */
  readonly tableFile: string;
  readonly codeColumn: string;
  /** The file the areas come from (a boundary file, or the built-in geography). */
  readonly areaFile: string;
}

function reportLeftovers(match: CodeMatchReport, rows: readonly ImportRow[], areaCodes: readonly string[], context: MatchContext, problems: ProblemList): void {
  if (match.matched.size === 0) {
    problems.error('import-nothing-matched', context.tableFile, {
      params: {
        column: context.codeColumn,
        tableExamples: [...new Set(rows.slice(0, 50).map((r) => r.code))].slice(0, 3).join(', '),
        areaExamples: areaCodes.slice(0, 3).join(', '),
      },
    });
    return;
  }
  if (match.unmatchedInTable.length > 0) {
    problems.warning('import-codes-unmatched-table', context.tableFile, {
      params: {
        count: match.unmatchedInTable.length,
        rows: match.unmatchedInTable.reduce((s, u) => s + u.count, 0),
        examples: match.unmatchedInTable.slice(0, 5).map((u) => `${u.code} (${u.count}×, row ${u.rows[0]})`).join(', '),
        examplesNl: match.unmatchedInTable.slice(0, 5).map((u) => `${u.code} (${u.count}×, rij ${u.rows[0]})`).join(', '),
      },
    });
  }
  if (match.unmatchedAreas.length > 0) {
    problems.warning('import-codes-unmatched-areas', context.areaFile, { params: { count: match.unmatchedAreas.length, examples: match.unmatchedAreas.slice(0, 5).join(', ') } });
  }
}

/**
 * The matched rows with the area's own code. A second value for the same area, period and indicator (two
 * codes written differently for one area, or two files) is an error when it differs, and a warning, kept
 * once, when it is the same.
 */
function keepMatched(rows: readonly ImportRow[], matched: ReadonlyMap<string, string>, problems: ProblemList): ImportRow[] {
  const kept: ImportRow[] = [];
  const seen = new Map<string, ImportRow>();
  for (const r of rows) {
    const area = matched.get(r.code);
    if (area === undefined) continue;
    const key = `${area}|${r.period}|${r.indicator}`;
    const first = seen.get(key);
    if (first !== undefined) {
      const where = { ...(r.sheet ? { sheet: r.sheet } : {}), row: r.row, params: { code: area, period: r.period, indicator: r.indicator, first: first.row } };
      if (first.value === r.value && first.suppressed === r.suppressed) problems.warning('import-value-duplicate-same', r.file, where);
      else problems.error('import-value-duplicate', r.file, where);
      continue;
    }
    seen.set(key, r);
    kept.push({ ...r, code: area });
  }
  return kept;
}

/**
 * Matches the table codes to the area codes (exactly, then after normalising), reports the leftovers on both
 * sides (nothing matched is an error, leftovers warnings) and keeps the matched rows under the area's code.
 *
 * @example
 * const { kept, report } = matchRowsToAreas(rows, ['A1', 'A2'], { tableFile: 'cijfers.csv', codeColumn: 'code', areaFile: 'wijken.shp' }, problems);
 */
export function matchRowsToAreas(rows: readonly ImportRow[], areaCodes: readonly string[], context: MatchContext, problems: ProblemList): { kept: ImportRow[]; report: MatchingReport } {
  const match = matchAreaCodes(rows.map((r) => ({ code: r.code, row: r.row })), areaCodes);
  reportLeftovers(match, rows, areaCodes, context, problems);
  return {
    kept: keepMatched(rows, match.matched, problems),
    report: {
      matchedCodes: match.matched.size,
      exact: match.exact,
      normalised: match.normalised,
      unmatchedInTable: match.unmatchedInTable.slice(0, 10),
      unmatchedInTableCount: match.unmatchedInTable.length,
      unmatchedAreas: match.unmatchedAreas.slice(0, 10),
      unmatchedAreasCount: match.unmatchedAreas.length,
    },
  };
}
