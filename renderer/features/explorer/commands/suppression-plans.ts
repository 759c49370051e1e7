import { buildSuppressionPlan, type SuppressionPlan } from '../../../../data/analysis';
import type { Database } from '../../../../data/db';
import type { LoadedPackage } from '../../../../data/package';
import { createPackageMemo } from '../../../shared/memo-per-package';
import { defineSessionSlot, type SessionMemory } from '../../../shared/session-memory';

/** Plans by package, in the session's memory: the map, the detail panel and the charts share them. */
const suppressionPlans = defineSessionSlot('suppression plans', () => createPackageMemo<SuppressionPlan>(96));

/**
 * The small-cell suppression plan of one sensitive indicator and period (primary and secondary, across all
 * levels at once), computed once per package and session and shared by every view. A failed computation is
 * not kept.
 *
 * @example
 * const plan = await suppressionPlanFor(services.memory, db, pkg, 'leefloon', 2024);
 * plan.status.get('wijk|W07'); // 'primary' | 'secondary' | 'shown' | undefined
 */
export function suppressionPlanFor(memory: SessionMemory, db: Database, pkg: LoadedPackage, indicator: string, period: number): Promise<SuppressionPlan> {
  return suppressionPlans(memory).get(pkg, `${indicator}|${period}`, () => buildSuppressionPlan(db, pkg, { indicator, period }));
}

/** The plans of every sensitive indicator in every period of the package (the detail panel shows them all). */
export function sensitivePlans(memory: SessionMemory, db: Database, pkg: LoadedPackage): Promise<SuppressionPlan[]> {
  return Promise.all(pkg.definitions.filter((d) => d.sensitive).flatMap((d) => pkg.periods.map((period) => suppressionPlanFor(memory, db, pkg, d.id, period))));
}
