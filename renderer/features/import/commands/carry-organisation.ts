import type { MunicipalityGeography } from '../../../../data/geography';
import type { Organisation } from '../../../../data/organisation';
import type { CarriedOrganisation } from '../state/import-slice';

/** The analysis roles that name an indicator (the profile role names an FTE profile). */
const INDICATOR_ROLES = ['population', 'households', 'need', 'clients', 'caseload'] as const;

/** The sectors of each wijk, and the wijk of each sector, of the built-in geography. */
function wijkMembers(geography: MunicipalityGeography): { sectorsOf: Map<string, string[]>; wijkOf: Map<string, string> } {
  const sectorsOf = new Map<string, string[]>();
  const wijkOf = new Map<string, string>();
  for (const s of geography.sectors) {
    if (s.wijk === null) continue;
    wijkOf.set(s.code, s.wijk);
    sectorsOf.set(s.wijk, [...(sectorsOf.get(s.wijk) ?? []), s.code]);
  }
  return { sectorsOf, wijkOf };
}

/**
 * The territory at the new base level: kept as it is at the same level; sector → wijk gives a wijk the team
 * of its sectors when they all have that one team (else the wijk is left out and listed as split); wijk →
 * sector gives each sector its wijk's team. Codes the new base level does not have are left out.
 */
function territoryAt(
  territory: ReadonlyMap<string, string>,
  from: string,
  to: string,
  geography: MunicipalityGeography,
  baseCodes: ReadonlySet<string>,
): { territory: Map<string, string>; split: string[] } {
  const out = new Map<string, string>();
  const split: string[] = [];
  const { sectorsOf, wijkOf } = wijkMembers(geography);
  if (from === 'sector' && to === 'wijk') {
    for (const [wijk, sectors] of sectorsOf) {
      const teams = new Set(sectors.map((s) => territory.get(s)));
      const [team] = teams;
      if (teams.size === 1 && team !== undefined) out.set(wijk, team);
      else if ([...teams].some((t) => t !== undefined)) split.push(wijk);
    }
  } else if (from === 'wijk' && to === 'sector') {
    for (const [sector, wijk] of wijkOf) {
      const team = territory.get(wijk);
      if (team !== undefined) out.set(sector, team);
    }
  } else {
    for (const [code, team] of territory) out.set(code, team);
  }
  for (const code of out.keys()) if (!baseCodes.has(code)) out.delete(code);
  return { territory: out, split: split.sort() };
}

/**
 * The organisation of the open package as it goes into a package built from new figures on the same
 * municipality: teams, locations and FTE as they are; the territory moved to the new base level (sector or
 * wijk, see `territoryAt`); the indicator roles only where the new package has that indicator (the built-in
 * population being its own already), the social-worker profile only where an FTE row has it. Null when
 * there is nothing to carry.
 *
 * @example
 * carryOrganisation(organisationOf(pkg), { fromLevel: 'sector', toLevel: 'wijk', geography, baseCodes, indicatorIds: ['population', 'armoede'] })
 */
export function carryOrganisation(
  organisation: Organisation,
  to: { readonly fromLevel: string; readonly toLevel: string; readonly geography: MunicipalityGeography; readonly baseCodes: ReadonlySet<string>; readonly indicatorIds: readonly string[] },
): { organisation: Organisation; carried: CarriedOrganisation } | null {
  const roles: Partial<Record<string, string>> = {};
  for (const role of INDICATOR_ROLES) {
    const id = organisation.roles[role];
    // The built-in residents are the new package's population already.
    if (typeof id === 'string' && to.indicatorIds.includes(id) && !(role === 'population' && id === 'population')) roles[role] = id;
  }
  const profile = organisation.roles.socialWorkerProfile;
  if (typeof profile === 'string' && organisation.fte.some((f) => f.profile === profile)) roles.socialWorkerProfile = profile;
  const nothing = organisation.teams.length === 0 && organisation.centres.length === 0 && organisation.fte.length === 0 && Object.keys(roles).length === 0;
  if (nothing) return null;
  const { territory, split } = territoryAt(organisation.territory, to.fromLevel, to.toLevel, to.geography, to.baseCodes);
  const carried: CarriedOrganisation = {
    teams: organisation.teams.length,
    areas: territory.size,
    centres: organisation.centres.length,
    fteRows: organisation.fte.length,
    split,
    roles: Object.keys(roles).sort(),
  };
  return { organisation: { ...organisation, territory, roles }, carried };
}
