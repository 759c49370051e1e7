import type { IndicatorDefinition } from './model';
import type { TypedTable } from './type-table';

/** How many times its denominator a count may be before it is called implausible (issue 15.8). */
export const IMPLAUSIBLE_FACTOR = 10;

/** One count indicator whose values exceed its denominator many times over, with its first example. */
export interface ImplausibleCount {
  readonly indicator: string;
  readonly denominator: string;
  /** Rows (as in the file) where it happens; `rows.length` of them in all. */
  readonly rows: readonly number[];
  readonly example: { readonly row: number; readonly area: string; readonly period: string; readonly value: number; readonly base: number };
}

/**
 * The count indicators whose value in some area and period is more than `factor` times its denominator's
 * value there (e.g. 9,000 persons in poverty in a sector of 600 residents): almost always a wrong unit
 * (per 1,000 given as a count) or swapped columns. Only counts with a count denominator are compared; a
 * zero or missing denominator is not (nothing to compare to). Pure: the package reader turns each into a
 * warning, the values stay.
 *
 * @example
 * findImplausibleCounts(indicatorsTable, definitions); // [{ indicator: 'poverty', denominator: 'population', rows: [14], … }]
 */
export function findImplausibleCounts(table: TypedTable, definitions: readonly IndicatorDefinition[], factor = IMPLAUSIBLE_FACTOR): ImplausibleCount[] {
  if (!(factor > 0)) throw new RangeError(`factor must be positive, got ${factor}`);
  const byId = new Map(definitions.map((d) => [d.id, d] as const));
  const areas = table.columns.get('area_code');
  const periods = table.columns.get('period');
  const indicators = table.columns.get('indicator');
  const values = table.columns.get('value');
  if (!areas || !periods || !indicators || !values) return [];
  const key = (area: unknown, period: unknown, indicator: unknown) => `${String(area)}\u0000${String(period)}\u0000${String(indicator)}`;
  const valueAt = new Map<string, number>();
  for (let i = 0; i < table.rowCount; i++) {
    const v = values[i];
    if (typeof v === 'number') valueAt.set(key(areas[i], periods[i], indicators[i]), v);
  }
  const found = new Map<string, { denominator: string; rows: number[]; example: ImplausibleCount['example'] }>();
  for (let i = 0; i < table.rowCount; i++) {
    const v = values[i];
    const definition = byId.get(String(indicators[i]));
    if (typeof v !== 'number' || !definition || definition.kind !== 'count' || !definition.denominator) continue;
    if (byId.get(definition.denominator)?.kind !== 'count') continue;
    const base = valueAt.get(key(areas[i], periods[i], definition.denominator));
    if (base === undefined || base <= 0 || v <= base * factor) continue;
    const row = table.origin[i]!;
    const entry = found.get(definition.id) ?? { denominator: definition.denominator, rows: [], example: { row, area: String(areas[i]), period: String(periods[i]), value: v, base } };
    entry.rows.push(row);
    found.set(definition.id, entry);
  }
  return [...found].map(([indicator, e]) => ({ indicator, denominator: e.denominator, rows: e.rows, example: e.example }));
}
