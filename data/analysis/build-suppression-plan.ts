import { suppressHierarchy, type AdditiveGroup, type HierarchyCell, type SuppressionStatus } from '../../geo/suppression';
import type { Database } from '../db/database';
import type { LoadedPackage } from '../package/model';

export interface SuppressionPlan {
  readonly indicator: string;
  readonly period: number;
  /** `level|code` → status, for every area of every level (base level included). */
  readonly status: ReadonlyMap<string, SuppressionStatus>;
}

const key = (level: string, code: string) => `${level}|${code}`;

/**
 * The small-cell suppression plan of one indicator and period across all levels at once, so that what
 * one level shows can never be combined with what another shows to recover a hidden count: the cells
 * are the base areas and every coarser area (sums), the additive groups are each coarser area with its
 * base areas, and the single-area level (the municipality) with the areas of each other level.
 * Non-sensitive indicators come back all shown (or missing).
 *
 * @example
 * const plan = await buildSuppressionPlan(db, pkg, { indicator: 'leefloon_persons', period: 2024 });
 * plan.status.get('wijk|34022W05') // 'shown' | 'primary' | 'secondary' | 'missing'
 */
export async function buildSuppressionPlan(db: Database, pkg: LoadedPackage, options: { indicator: string; period: number; threshold?: number }): Promise<SuppressionPlan> {
  const definition = pkg.definitions.find((d) => d.id === options.indicator);
  if (!definition) throw new Error(`Unknown indicator ${options.indicator}`);
  const rows = await db.query<{ level: string; area_code: string; count: number | null; withheld: number }>(
    `SELECT level, area_code, count, withheld FROM indicator_rates WHERE indicator = ? AND period = ?`,
    [options.indicator, options.period],
  );
  const valueOf = new Map(rows.map((r) => [key(r.level, r.area_code), r.withheld > 0 ? null : r.count] as const));
  const cells: HierarchyCell[] = [];
  for (const level of pkg.levels) for (const f of level.areas.features) cells.push({ id: key(level.level, f.properties.code), value: valueOf.get(key(level.level, f.properties.code)) ?? null });
  const groups: AdditiveGroup[] = [];
  for (const assignment of pkg.assignments) {
    if (assignment.level === pkg.baseLevel) continue;
    const parts = new Map<string, string[]>();
    for (const [base, code] of assignment.parentOf) {
      const list = parts.get(code);
      if (list) list.push(key(pkg.baseLevel, base));
      else parts.set(code, [key(pkg.baseLevel, base)]);
    }
    for (const [code, list] of parts) groups.push({ total: key(assignment.level, code), parts: list.sort() });
  }
  const single = pkg.levels.find((l) => l.areas.features.length === 1);
  if (single) {
    const total = key(single.level, single.areas.features[0]!.properties.code);
    for (const level of pkg.levels) {
      if (level === single || level.level === pkg.baseLevel) continue;
      groups.push({ total, parts: level.areas.features.map((f) => key(level.level, f.properties.code)).sort() });
    }
  }
  const status = suppressHierarchy(cells, groups, { sensitive: definition.sensitive, ...(options.threshold !== undefined ? { threshold: options.threshold } : {}) });
  return { indicator: options.indicator, period: options.period, status };
}
