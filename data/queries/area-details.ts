import type { SuppressionPlan } from '../analysis/build-suppression-plan';
import type { Database } from '../db/database';
import { TABLES } from '../db/load-package-into-database';
import { quoteIdentifier as q } from '../db/quote-identifier';

/**
 * Why a value is or is not shown:
 * - `shown`: the count (and its rate) may be shown;
 * - `suppressed`: hidden by the small-cell suppression plan (a count of 1–4 of a sensitive indicator, or a
 *   cell hidden so that one cannot be worked out: secondary suppression);
 * - `withheld`: the source withheld a value of one of the base areas (`flag = suppressed`), so the sum is unknown;
 * - `missing`: no base area reported the indicator;
 * - `not-aggregable`: the indicator is not a count and cannot be summed to this level.
 */
export type AreaDetailStatus = 'shown' | 'suppressed' | 'withheld' | 'missing' | 'not-aggregable';

/** One indicator in one period for one area. Everything but `status` is null unless the value may be shown. */
export interface AreaDetailRow {
  readonly code: string;
  readonly indicator: string;
  readonly period: number;
  readonly status: AreaDetailStatus;
  /** The count summed over the area's base areas; null unless `status` is `shown`. */
  readonly count: number | null;
  /** Indicator id of the denominator, or null. */
  readonly denominator: string | null;
  /** 1000 × count ÷ denominator; null when not shown, without a denominator, or when the denominator is itself hidden. */
  readonly rate: number | null;
  /**
   * Rank among the areas of the same level with a shown value in the period (1 = highest): by the rate for an
   * indicator with a denominator, else by the count. Null when the area's own value is not shown.
   */
  readonly rank: number | null;
  /** Number of areas ranked (those with a shown value): "rank of N". */
  readonly ranked: number;
}

export interface AreaDetailsQuery {
  readonly level: string;
  /** The areas to return (e.g. the selected area and the pinned ones). */
  readonly codes: readonly string[];
  /** The level indicators are given at: a non-count indicator is only shown there. */
  readonly baseLevel: string;
  /**
   * Cells hidden by the suppression plans, as {@link hiddenCellKey}s (`indicator|period|code`) of this level.
   * Their values never leave the database and they are left out of every rank.
   */
  readonly hidden: readonly string[];
}

/** Joins the keys of a list into one bound parameter: the unit separator does not occur in codes or ids. */
const SEPARATOR = '\u001f';

/** The key of a hidden cell: `indicator|period|code`. */
export const hiddenCellKey = (indicator: string, period: number, code: string): string => `${indicator}|${period}|${code}`;

/**
 * The cells of one level that the suppression plans hide (primary, secondary, or missing — a missing cell of
 * a sensitive indicator stays unknown too), as {@link hiddenCellKey}s for {@link queryAreaDetails}.
 *
 * @example
 * hiddenCellsAt([await buildSuppressionPlan(db, pkg, { indicator: 'leefloon_persons', period: 2024 })], 'wijk')
 * // ['leefloon_persons|2024|W03', …]
 */
export function hiddenCellsAt(plans: readonly SuppressionPlan[], level: string): string[] {
  const prefix = `${level}|`;
  const keys: string[] = [];
  for (const plan of plans) {
    for (const [key, status] of plan.status) {
      if (status === 'shown' || !key.startsWith(prefix)) continue;
      keys.push(hiddenCellKey(plan.indicator, plan.period, key.slice(prefix.length)));
    }
  }
  return keys;
}

/**
 * Every indicator in every period for some areas of one level, from the `indicator_rates` table: the count,
 * the rate per 1,000 of the indicator's denominator, and the rank among the areas of the level (1 = highest).
 *
 * Small counts never leave the database: cells in `hidden` (from the suppression plans, see
 * {@link hiddenCellsAt}) and sums with a withheld part come back with `count`, `rate` and `rank` null, a rate
 * is also null when its denominator's cell is hidden, and ranks are computed over the shown values only, so
 * they say nothing about a hidden one. Values are bound parameters; identifiers go through `quoteIdentifier`.
 *
 * @example
 * await queryAreaDetails(db, { level: 'wijk', codes: ['W03'], baseLevel: 'sector', hidden: hiddenCellsAt(plans, 'wijk') })
 * // [{ code: 'W03', indicator: 'leefloon_persons', period: 2024, status: 'shown', count: 212, rate: 31.4, rank: 2, ranked: 14, … }, …]
 */
export async function queryAreaDetails(db: Database, query: AreaDetailsQuery): Promise<AreaDetailRow[]> {
  if (query.codes.length === 0) return [];
  for (const value of [...query.codes, ...query.hidden]) {
    if (value.includes(SEPARATOR)) throw new Error(`An area code or key must not contain U+001F: ${JSON.stringify(value)}`);
  }
  const sql = `
    WITH hidden AS (
      SELECT DISTINCT unnest(string_split(?, ?)) AS k
    ), wanted AS (
      SELECT DISTINCT unnest(string_split(?, ?)) AS code
    ), cells AS (
      SELECT r.area_code AS code, r.period, r.indicator, r.denominator, r.count, r.rate_per_1000 AS rate, r.withheld,
             (d.kind IS DISTINCT FROM 'count' AND ? <> ?) AS not_aggregable,
             (r.indicator || '|' || r.period || '|' || r.area_code) IN (SELECT k FROM hidden) AS hidden_count,
             (r.denominator IS NOT NULL AND (r.denominator || '|' || r.period || '|' || r.area_code) IN (SELECT k FROM hidden)) AS hidden_denominator
      FROM indicator_rates r
      LEFT JOIN ${q(TABLES.definitions)} d ON d.id = r.indicator
      WHERE r.level = ?
    ), judged AS (
      SELECT code, period, indicator, denominator,
             CASE WHEN not_aggregable THEN 'not-aggregable'
                  WHEN withheld > 0 THEN 'withheld'
                  WHEN hidden_count THEN 'suppressed'
                  WHEN count IS NULL THEN 'missing'
                  ELSE 'shown' END AS status,
             count, rate, hidden_denominator
      FROM cells
    ), shown AS (
      SELECT code, period, indicator, denominator, status,
             CASE WHEN status = 'shown' THEN count END AS count,
             CASE WHEN status = 'shown' AND NOT hidden_denominator THEN rate END AS rate
      FROM judged
    ), valued AS (
      SELECT *, CASE WHEN denominator IS NULL THEN count ELSE rate END AS rank_value FROM shown
    ), ranked AS (
      SELECT *,
             CASE WHEN rank_value IS NOT NULL THEN rank() OVER (PARTITION BY indicator, period ORDER BY rank_value DESC NULLS LAST) END AS rank,
             count(rank_value) OVER (PARTITION BY indicator, period) AS ranked
      FROM valued
    )
    SELECT code, indicator, period, status, count, denominator, rate, rank, ranked::INTEGER AS ranked
    FROM ranked
    WHERE code IN (SELECT code FROM wanted)
    ORDER BY code, indicator, period`;
  const rows = await db.query<{ code: string; indicator: string; period: number; status: AreaDetailStatus; count: number | null; denominator: string | null; rate: number | null; rank: number | null; ranked: number }>(sql, [
    query.hidden.join(SEPARATOR),
    SEPARATOR,
    query.codes.join(SEPARATOR),
    SEPARATOR,
    query.level,
    query.baseLevel,
    query.level,
  ]);
  return rows.map((r) => ({
    code: r.code,
    indicator: r.indicator,
    period: r.period,
    status: r.status,
    count: r.count,
    denominator: r.denominator,
    rate: r.rate,
    rank: r.rank === null ? null : Number(r.rank),
    ranked: Number(r.ranked),
  }));
}
