import { buildSuppressionPlan, type SuppressionPlan } from '../../../../data/analysis';
import type { Database } from '../../../../data/db';
import type { LoadedPackage } from '../../../../data/package';
import { createPackageMemo } from '../../../shared/memo-per-package';

/** Plans by package: the map, the detail panel and the charts share them. */
const plans = createPackageMemo<SuppressionPlan>(96);

/**
 * The small-cell suppression plan of one sensitive indicator and period (primary and secondary, across all
 * levels at once), computed once per package and shared by every view. A failed computation is not kept.
 *
 * @example
 * const plan = await suppressionPlanFor(db, pkg, 'leefloon', 2024);
 * plan.status.get('wijk|W07'); // 'primary' | 'secondary' | 'shown' | undefined
 */
export function suppressionPlanFor(db: Database, pkg: LoadedPackage, indicator: string, period: number): Promise<SuppressionPlan> {
  return plans.get(pkg, `${indicator}|${period}`, () => buildSuppressionPlan(db, pkg, { indicator, period }));
}

/** The plans of every sensitive indicator in every period of the package (the detail panel shows them all). */
export function sensitivePlans(db: Database, pkg: LoadedPackage): Promise<SuppressionPlan[]> {
  return Promise.all(pkg.definitions.filter((d) => d.sensitive).flatMap((d) => pkg.periods.map((period) => suppressionPlanFor(db, pkg, d.id, period))));
}
