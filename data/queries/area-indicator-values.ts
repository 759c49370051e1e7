import type { Database } from '../db/database';
import { TABLES } from '../db/load-package-into-database';
import { quoteIdentifier as q } from '../db/quote-identifier';

export interface AreaIndicatorRow {
  readonly code: string;
  readonly name: string;
  /** Sum of the indicator over the base areas that reported it; null when none did. */
  readonly count: number | null;
  /** Sum of the denominator over the same base areas (so a rate is never biased by gaps); null without one. */
  readonly denominator: number | null;
  /** Base areas (e.g. sectors) in this area. */
  readonly baseAreas: number;
  /** Base areas with a value for the indicator in the period. */
  readonly reported: number;
  /** Base areas whose value the source suppressed (flag = 'suppressed'): the sum is then unknown. */
  readonly suppressedParts: number;
}

export interface AreaIndicatorQuery {
  readonly level: string;
  readonly indicator: string;
  readonly period: number;
  /** Indicator id to divide by, or null. */
  readonly denominator: string | null;
}

/**
 * Values of one indicator in one period for every area of a level: counts summed from the base areas
 * (sectors) through `area_hierarchy`, with the denominator summed over the same base areas. Rates are
 * computed by the caller from these sums, never by averaging rates.
 *
 * @example
 * await queryAreaIndicatorValues(db, { level: 'wijk', indicator: 'leefloon_persons', period: 2024, denominator: 'population' })
 */
export async function queryAreaIndicatorValues(db: Database, query: AreaIndicatorQuery): Promise<AreaIndicatorRow[]> {
  const sql = `
    WITH h AS (
      SELECT base_code, area_code FROM ${q(TABLES.hierarchy)} WHERE level = ?
    ), pairs AS (
      SELECT h.area_code, n.value AS num, d.value AS den, n.flag = 'suppressed' AS withheld
      FROM h
      LEFT JOIN ${q(TABLES.indicators)} n ON n.area_code = h.base_code AND n.indicator = ? AND n.period = ?
      LEFT JOIN ${q(TABLES.indicators)} d ON d.area_code = h.base_code AND d.indicator = ? AND d.period = ?
    ), agg AS (
      SELECT area_code,
             count(*)::INTEGER AS base_areas,
             count(num)::INTEGER AS reported,
             count(CASE WHEN withheld THEN 1 END)::INTEGER AS suppressed_parts,
             sum(num)::DOUBLE AS count,
             sum(CASE WHEN num IS NOT NULL THEN den END)::DOUBLE AS denominator
      FROM pairs GROUP BY area_code
    )
    SELECT a.code, a.name, agg.count, agg.denominator,
           coalesce(agg.base_areas, 0) AS base_areas, coalesce(agg.reported, 0) AS reported,
           coalesce(agg.suppressed_parts, 0) AS suppressed_parts
    FROM ${q(TABLES.areas)} a LEFT JOIN agg ON agg.area_code = a.code
    WHERE a.level = ?
    ORDER BY a.code`;
  const rows = await db.query<{ code: string; name: string; count: number | null; denominator: number | null; base_areas: number; reported: number; suppressed_parts: number }>(sql, [
    query.level,
    query.indicator,
    query.period,
    query.denominator,
    query.period,
    query.level,
  ]);
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    count: r.count,
    denominator: query.denominator === null ? null : r.denominator,
    baseAreas: r.base_areas,
    reported: r.reported,
    suppressedParts: r.suppressed_parts,
  }));
}
