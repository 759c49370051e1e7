import type { Database } from '../db/database';
import { TABLES } from '../db/load-package-into-database';
import { quoteIdentifier as q } from '../db/quote-identifier';

export interface TeamStaffingRow {
  readonly teamId: string;
  readonly name: string;
  /** FTE of the chosen profiles in the FTE period (the analysed period, or the latest before it). */
  readonly fte: number;
  readonly population: number | null;
  readonly dossiers: number | null;
}

/**
 * FTE per team for a set of profiles, with each team's residents and open dossiers in the period.
 *
 * @example
 * await queryTeamStaffing(db, { period: 2024, profiles: ['maatschappelijk_werker'], population: 'population', caseload: 'open_dossiers' })
 */
export async function queryTeamStaffing(
  db: Database,
  options: { period: number; profiles: readonly string[]; population: string; caseload: string },
): Promise<{ ftePeriod: number | null; rows: TeamStaffingRow[] }> {
  const latest = await db.query<{ period: number }>(`SELECT max(period) AS period FROM ${q(TABLES.teamFte)} WHERE period <= ?`, [options.period]);
  const ftePeriod = latest[0]?.period ?? null;
  const rows = await db.query<{ team_id: string; name: string; fte: number | null; population: number | null; dossiers: number | null }>(
    `SELECT t.team_id, t.name,
            (SELECT sum(f.fte) FROM ${q(TABLES.teamFte)} f WHERE f.team_id = t.team_id AND f.period = ? AND list_contains(?::VARCHAR[], f.profile))::DOUBLE AS fte,
            (SELECT r.count FROM indicator_rates r WHERE r.level = 'team' AND r.area_code = t.team_id AND r.period = ? AND r.indicator = ?) AS population,
            (SELECT r.count FROM indicator_rates r WHERE r.level = 'team' AND r.area_code = t.team_id AND r.period = ? AND r.indicator = ?) AS dossiers
     FROM ${q(TABLES.teams)} t ORDER BY t.team_id`,
    [ftePeriod, JSON.stringify(options.profiles), options.period, options.population, options.period, options.caseload],
  );
  return { ftePeriod, rows: rows.map((r) => ({ teamId: r.team_id, name: r.name, fte: r.fte ?? 0, population: r.population, dossiers: r.dossiers })) };
}
