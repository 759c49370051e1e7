import type { LoadedPackage } from '../../../data/package';

/** What the planner needs from a package's organisation of social work. */
export type PlannerNeed = 'teams' | 'territories' | 'fte';

/**
 * What a package still lacks for the planner, in the order a user sets it up under *Inrichten*: teams, the
 * areas they cover, their FTE. Empty when the planner can compute. A municipality opened from the built-in
 * geography has none of them; the planner then says so and points to *Inrichten* instead of showing an
 * empty staffing map.
 *
 * @example
 * missingForPlanner(builtInRoeselare) // ['teams', 'territories', 'fte']
 * missingForPlanner(kortrijk)         // []
 */
export function missingForPlanner(pkg: Pick<LoadedPackage, 'teams' | 'territories' | 'teamFte'>): PlannerNeed[] {
  const missing: PlannerNeed[] = [];
  if (pkg.teams.length === 0) missing.push('teams');
  if (!pkg.territories || pkg.territories.teamOf.size === 0) missing.push('territories');
  if (!pkg.teamFte.some((r) => r.fte > 0)) missing.push('fte');
  return missing;
}
