import type { LoadedPackage } from './model';

/**
 * Which indicator (or FTE profile) plays which part in the analysis. Defaults follow the Kortrijk schema;
 * a package can say otherwise in its descriptor:
 *
 * ```json
 * "analysis": { "need": "est_poverty_persons", "clients": "known_clients", "caseload": "open_dossiers",
 *               "population": "population", "households": "households", "socialWorkerProfile": "maatschappelijk_werker" }
 * ```
 */
export interface AnalysisRoles {
  /** Residents: the base of "per 1,000 residents". */
  readonly population: string;
  /** Households: the base of "per 1,000 households". */
  readonly households: string;
  /** Persons in need (estimated persons at risk of poverty): the demand of accessibility and reach. */
  readonly need: string;
  /** Clients known to the social service: reach = clients ÷ need. */
  readonly clients: string;
  /** Open case files: caseload per social-worker FTE. */
  readonly caseload: string;
  /** The `team-fte` profile counted as social workers. */
  readonly socialWorkerProfile: string;
}

export const DEFAULT_ANALYSIS_ROLES: AnalysisRoles = {
  population: 'population',
  households: 'households',
  need: 'est_poverty_persons',
  clients: 'known_clients',
  caseload: 'open_dossiers',
  socialWorkerProfile: 'maatschappelijk_werker',
};

/** The package's roles: its descriptor's `analysis` member over the defaults. */
export function analysisRolesOf(pkg: Pick<LoadedPackage, 'descriptor'>): AnalysisRoles {
  const declared = pkg.descriptor.analysis;
  const pick = (key: keyof AnalysisRoles) => declared[key] ?? DEFAULT_ANALYSIS_ROLES[key];
  return {
    population: pick('population'),
    households: pick('households'),
    need: pick('need'),
    clients: pick('clients'),
    caseload: pick('caseload'),
    socialWorkerProfile: pick('socialWorkerProfile'),
  };
}
