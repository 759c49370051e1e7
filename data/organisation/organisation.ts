import type { AnalysisRoles } from '../package/analysis-roles';
import type { Centre, TeamFte } from '../package/model';

/** A wijkteam as the organisation set-up edits it; `colour` is a CSS colour the user chose, or null (automatic). */
export interface OrganisationTeam {
  readonly id: string;
  readonly name: string;
  readonly colour: string | null;
}

/**
 * How a municipality's social service is organised: its teams, which base area (statistical sector) each
 * team covers, its locations, its staff (FTE per team, profile and period), and which indicators and profile
 * play which part in the analysis. Set up in the app (*Inrichten*) or from tables, and saved in the package.
 */
export interface Organisation {
  readonly teams: readonly OrganisationTeam[];
  /** Base-level area code → team id; an area in no team is absent (it is listed as unassigned). */
  readonly territory: ReadonlyMap<string, string>;
  readonly centres: readonly Centre[];
  readonly fte: readonly TeamFte[];
  /** Roles set explicitly (the rest follow the defaults, see data/package/analysis-roles.ts). */
  readonly roles: Partial<AnalysisRoles>;
}

export const EMPTY_ORGANISATION: Organisation = { teams: [], territory: new Map(), centres: [], fte: [], roles: {} };

/** The FTE profiles offered by default (the Kortrijk schema); a package or a table may name others. */
export const DEFAULT_PROFILES = ['maatschappelijk_werker', 'onthaal', 'administratie', 'coordinatie', 'psycholoog', 'jurist', 'andere'] as const;

/**
 * A stable identifier from a name: lower case, accents dropped, runs of other characters as `_`.
 *
 * @example
 * slugId('Wijkteam Zuidelijke Rand') // 'wijkteam_zuidelijke_rand'
 * slugId('Maatschappelijk werker')   // 'maatschappelijk_werker'
 */
export function slugId(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** A new id for `name` that none of `taken` has (`noord`, `noord_2`, …); `team` when the name gives nothing. */
export function uniqueId(name: string, taken: Iterable<string>, fallback = 'team'): string {
  const used = new Set(taken);
  const base = slugId(name) || fallback;
  if (!used.has(base)) return base;
  for (let i = 2; ; i++) if (!used.has(`${base}_${i}`)) return `${base}_${i}`;
}
