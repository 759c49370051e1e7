import type { MultiPolygon, Polygon } from 'geojson';
import type { AnalysisRoles } from '../package/analysis-roles';
import type { Organisation } from '../organisation/organisation';
import { EMPTY_ORGANISATION } from '../organisation/organisation';
import { readCentresTable } from '../organisation/read-centres-table';
import { readFteTable } from '../organisation/read-fte-table';
import { readTerritoryTable, type TerritoryContext } from '../organisation/read-territory-table';
import type { ProblemList } from '../problems';
import type { InputFile } from './input-file';
import { readTableFile, type RawTable } from './tables/read-table-file';

/** The roles a file import can set, by indicator id (as the import report prints them) or FTE profile. */
export type ImportRoles = Partial<Pick<AnalysisRoles, 'need' | 'clients' | 'caseload' | 'socialWorkerProfile'>>;

/** The organisation tables of an import: teams (area code → team), locations, FTE; and the roles. */
export interface OrganisationFiles {
  readonly teams?: InputFile;
  readonly centres?: InputFile;
  readonly fte?: InputFile;
  readonly roles?: ImportRoles;
  /**
   * How each table is read (default {@link readTableFile} in this thread). The CLI reads them in a worker
   * with the import's time budget (node/read-table-with-budget.ts), as it reads the figures.
   */
  readonly readTable?: OrganisationTableReader;
}

/** Reads one organisation table into a raw table, its problems into `problems`; null when nothing usable was read. */
export type OrganisationTableReader = (file: InputFile, problems: ProblemList) => Promise<RawTable | null>;

/** What the import report says about the organisation. */
export interface OrganisationReport {
  readonly teams: readonly { readonly id: string; readonly name: string; readonly areas: number }[];
  readonly unassignedAreas: number;
  readonly centres: number;
  readonly fteRows: number;
  readonly roles: ImportRoles;
  /** The roles among `roles` that were suggested from the indicators' names, not given by the user. */
  readonly suggestedRoles?: readonly string[];
}

/** Where the organisation goes: the municipality, its outline, the base areas and the coarser areas' members. */
export interface OrganisationPlace extends Omit<TerritoryContext, 'teams'> {
  readonly outline: Polygon | MultiPolygon | null;
}

const ROLE_NAMES: Readonly<Record<keyof ImportRoles, { en: string; nl: string }>> = {
  need: { en: 'need', nl: 'nood' },
  clients: { en: 'clients', nl: 'cliënten' },
  caseload: { en: 'caseload', nl: 'caseload' },
  socialWorkerProfile: { en: 'social-worker profile', nl: 'profiel maatschappelijk werker' },
};

/** Each role must name one of the package's indicators (or, for the profile, an FTE profile); else an error listing them. */
function checkRoles(roles: ImportRoles, indicatorIds: readonly string[], profiles: readonly string[], problems: ProblemList): void {
  for (const [role, id] of Object.entries(roles) as [keyof ImportRoles, string][]) {
    const isProfile = role === 'socialWorkerProfile';
    const allowed = isProfile ? profiles : indicatorIds;
    if (allowed.includes(id)) continue;
    problems.error('org-role-unknown', `--role ${role}`, {
      params: { role: ROLE_NAMES[role].en, roleNl: ROLE_NAMES[role].nl, id, kind: isProfile ? 'an FTE profile' : 'an indicator', kindNl: isProfile ? 'VTE-profiel' : 'indicator', available: allowed.join(', ') || '—' },
    });
  }
}

const readInThread: OrganisationTableReader = (file, problems) => readTableFile(file, {}, problems);

/**
 * Reads the organisation tables of a file import with the organisation readers (the importer's Belgian-Excel
 * dialects: `;`, decimal comma, Windows-1252 or UTF-8, Dutch or English headers in any order): the teams
 * table gives the teams and their base areas (a wijk row gives its sectors), the locations table the centres
 * (lon/lat or Lambert 72/2008 X/Y), the FTE table the staff. Locations with a team and FTE need the teams
 * table. Base areas left without a team are a warning; roles must name the package's indicators.
 *
 * @example
 * const { organisation } = await readOrganisationFiles({ teams, centres, fte, roles: { need: 'leefloon' } }, place, ['population', 'leefloon'], problems);
 */
export async function readOrganisationFiles(
  files: OrganisationFiles,
  place: OrganisationPlace,
  indicatorIds: readonly string[],
  problems: ProblemList,
): Promise<{ organisation: Organisation; report: OrganisationReport }> {
  const readTable = files.readTable ?? readInThread;
  let teams: Organisation['teams'] = [];
  let territory: Organisation['territory'] = new Map();
  if (files.teams) {
    const table = await readTable(files.teams, problems);
    const read = table ? readTerritoryTable(table, { ...place, teams: [] }, problems) : null;
    if (read) ({ teams, territory } = read);
  }
  let centres: Organisation['centres'] = [];
  if (files.centres) {
    const table = await readTable(files.centres, problems);
    if (table) centres = readCentresTable(table, { municipality: place.municipality, outline: place.outline, teams, takenIds: [] }, problems) ?? [];
  }
  let fte: Organisation['fte'] = [];
  if (files.fte) {
    if (!files.teams) problems.error('import-organisation-without-teams', files.fte.name, { params: { table: 'FTE', tableNl: 'VTE' } });
    const table = await readTable(files.fte, problems);
    if (table && files.teams) fte = readFteTable(table, teams, problems) ?? [];
  }
  if (files.teams && teams.length > 0) {
    const unassigned = [...place.baseCodes].filter((code) => !territory.has(code)).sort();
    if (unassigned.length > 0) problems.warning('org-areas-unassigned', files.teams.name, { params: { count: unassigned.length, total: place.baseCodes.size, examples: unassigned.slice(0, 5).join(', ') } });
  }
  const roles = files.roles ?? {};
  checkRoles(roles, indicatorIds, [...new Set(fte.map((f) => f.profile))], problems);
  const organisation: Organisation = { ...EMPTY_ORGANISATION, teams, territory, centres, fte, roles };
  const count = (team: string) => [...territory.values()].filter((t) => t === team).length;
  return {
    organisation,
    report: {
      teams: teams.map((t) => ({ id: t.id, name: t.name, areas: count(t.id) })),
      unassignedAreas: teams.length > 0 ? [...place.baseCodes].filter((code) => !territory.has(code)).length : place.baseCodes.size,
      centres: centres.length,
      fteRows: fte.length,
      roles,
    },
  };
}
