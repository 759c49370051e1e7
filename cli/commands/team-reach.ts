import type { AnalysisRun } from '../../data/analysis';
import { analysisRolesOf, type LoadedPackage } from '../../data/package';

/** Known clients and reach of one team; hidden where they could reveal a small count. */
export interface TeamReach {
  readonly id: string;
  readonly knownClients: number | null;
  /** Known clients ÷ persons in need of the team. */
  readonly reach: number | null;
  readonly status: 'shown' | 'suppressed' | 'missing';
}

/**
 * Per team: its known clients and reach as the analysis run computed them (`runAnalysis`: the sum over the
 * base areas of the team's territory, hidden where the package's suppression plan hides the team's count,
 * the same figure the app shows), in the CLI's report shape (reach rounded to 4 decimals).
 *
 * @example
 * teamReach(run).find((t) => t.id === 'noord') // { id: 'noord', knownClients: 412, reach: 0.31, status: 'shown' }
 */
export function teamReach(run: Pick<AnalysisRun, 'result' | 'teamClients'>): TeamReach[] {
  return run.result.teams.map((team) => {
    const figures = run.teamClients.get(team.id);
    if (!figures || figures.status !== 'shown') return { id: team.id, knownClients: null, reach: null, status: figures?.status ?? 'missing' };
    return { id: team.id, knownClients: figures.clients, reach: figures.reach === null ? null : Math.round(figures.reach * 1e4) / 1e4, status: 'shown' };
  });
}

/**
 * What the analysis of this package lacks, in plain words with how to add it: `blocking` when it cannot run
 * (no teams), `notes` for outputs that stay empty (no FTE, no roles).
 *
 * @example
 * missingParts(pkg).blocking // ['The package has no teams: …']
 */
export function missingParts(pkg: LoadedPackage, location: string): { blocking: string[]; notes: string[] } {
  const blocking: string[] = [];
  const notes: string[] = [];
  const how = `npm run cli -- import <figures> --municipality <NIS|name> --teams teams.csv --centres centres.csv --fte fte.csv --out ${location}`;
  if (pkg.teams.length === 0 || pkg.territories === null) {
    blocking.push(`The package has no teams (or no areas given to teams), so there is nothing to analyse per team. Add a teams table (area code → team) with \`${how}\`, or set the teams up in the app (Inrichten).`);
  }
  const roles = analysisRolesOf(pkg);
  if (pkg.teams.length > 0 && !pkg.teamFte.some((f) => f.profile === roles.socialWorkerProfile)) {
    notes.push(`No FTE of profile ${roles.socialWorkerProfile}: FTE now, target FTE and caseload per FTE stay empty. Add an FTE table (team, profile, period, FTE) with --fte at import, or in Inrichten.`);
  }
  if (pkg.centres.length === 0) notes.push('No locations: distances and coverage stay empty. Add a locations table with --centres at import, or in Inrichten.');
  const ids = new Set(pkg.definitions.map((d) => d.id));
  const roleWords = { need: 'persons in need', clients: 'known clients (reach)', caseload: 'open dossiers (caseload per FTE)' } as const;
  for (const role of ['need', 'clients', 'caseload'] as const) {
    if (!ids.has(roles[role])) notes.push(`No indicator plays ${role} (${roleWords[role]}; looked for ${roles[role]}): its outputs stay empty. Name one at import with --role ${role}=<indicator id>.`);
  }
  return { blocking, notes };
}
