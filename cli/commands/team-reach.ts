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
 * Per team: the known clients of its areas and its reach (clients ÷ persons in need), never revealing a
 * hidden area count. Area counts are worked back from the shown reach, so a team total gives back the hidden
 * areas inside it: a team is hidden ('suppressed') when exactly one of its areas is hidden, or when its total
 * is a sensitive 1–threshold count. A single hidden team could be worked back from the municipality's total,
 * so a second team with hidden areas is hidden with it (all teams when there is none). 'missing' when no area
 * of the team has clients.
 *
 * @example
 * teamReach(pkg, run).find((t) => t.id === 'noord') // { id: 'noord', knownClients: 412, reach: 0.31, status: 'shown' }
 */
export function teamReach(pkg: LoadedPackage, run: Pick<AnalysisRun, 'input' | 'result' | 'settings' | 'clientsSuppressed'>): TeamReach[] {
  const clientsRole = analysisRolesOf(pkg).clients;
  const sensitive = pkg.definitions.find((d) => d.id === clientsRole)?.sensitive ?? true;
  const threshold = run.settings.suppressionThreshold;
  const teams = run.result.teams.map((team) => {
    const areas = run.input.areas.filter((a) => a.team === team.id);
    const known = areas.filter((a) => a.clients !== null);
    const total = known.reduce((s, a) => s + a.clients!, 0);
    const hiddenAreas = areas.filter((a) => run.clientsSuppressed.has(a.code)).length;
    return { team, missing: known.length === 0, total, hiddenAreas, hide: hiddenAreas === 1 || (sensitive && total >= 1 && total <= threshold) };
  });
  const hidden = teams.filter((t) => t.hide && !t.missing);
  if (hidden.length === 1) {
    const partner = teams.filter((t) => !t.hide && !t.missing && t.hiddenAreas > 0).sort((a, b) => a.total - b.total)[0];
    if (partner) partner.hide = true;
    else for (const t of teams) t.hide = true;
  }
  return teams.map(({ team, missing, total, hide }) => {
    if (missing) return { id: team.id, knownClients: null, reach: null, status: 'missing' };
    if (hide) return { id: team.id, knownClients: null, reach: null, status: 'suppressed' };
    return { id: team.id, knownClients: total, reach: team.need > 0 ? Math.round((total / team.need) * 1e4) / 1e4 : null, status: 'shown' };
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
