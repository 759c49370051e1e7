import type { LoadedPackage } from '../package/model';
import { EMPTY_ORGANISATION, type Organisation } from './organisation';

/**
 * The organisation a package holds: its teams, its territory at the base level (a territory given at a
 * coarser level, e.g. wijken, is spread over the base areas of each area), locations, FTE and the analysis
 * roles its descriptor sets. A package without teams gives an empty organisation (with its roles).
 *
 * @example
 * organisationOf(kortrijk).teams.length // 7
 */
export function organisationOf(pkg: LoadedPackage): Organisation {
  const roles = Object.fromEntries(Object.entries(pkg.descriptor.analysis).filter(([key]) => ['population', 'households', 'need', 'clients', 'caseload', 'socialWorkerProfile'].includes(key)));
  if (pkg.teams.length === 0 && pkg.centres.length === 0 && pkg.teamFte.length === 0) return { ...EMPTY_ORGANISATION, roles };
  const territory = new Map<string, string>();
  if (pkg.territories) {
    const { level, teamOf } = pkg.territories;
    if (level === pkg.baseLevel) for (const [code, team] of teamOf) territory.set(code, team);
    else {
      const parentOf = pkg.assignments.find((a) => a.level === level)?.parentOf;
      if (parentOf) for (const [base, parent] of parentOf) {
        const team = teamOf.get(parent);
        if (team !== undefined) territory.set(base, team);
      }
    }
  }
  return {
    teams: pkg.teams.map((t) => ({ id: t.id, name: t.name, colour: t.colour ?? null })),
    territory,
    centres: pkg.centres,
    fte: pkg.teamFte,
    roles,
  };
}

/**
 * The areas of a package a territory table may name: its base areas, and each area of every coarser level
 * (wijk, deelgemeente, …; not the team level) with the base areas inside it.
 */
export function territoryContextOf(pkg: LoadedPackage, teams: Organisation['teams'] = organisationOf(pkg).teams) {
  const base = pkg.levels.find((l) => l.level === pkg.baseLevel);
  const baseCodes = new Set((base?.areas.features ?? []).map((f) => f.properties.code));
  const membersOf = new Map<string, string[]>();
  for (const assignment of pkg.assignments) {
    if (assignment.level === pkg.baseLevel || assignment.method === 'team-territories') continue;
    for (const [baseCode, parent] of assignment.parentOf) membersOf.set(parent, [...(membersOf.get(parent) ?? []), baseCode]);
  }
  return { municipality: pkg.descriptor.municipality?.name ?? pkg.descriptor.title ?? pkg.sourceLabel, baseCodes, membersOf, teams };
}
