import type { Database } from '../db/database';
import { TABLES } from '../db/load-package-into-database';
import { quoteIdentifier as q } from '../db/quote-identifier';

export interface TeamFteRow {
  readonly teamId: string;
  readonly name: string;
  readonly period: number;
  readonly profile: string;
  readonly fte: number;
}

/**
 * FTE per team, period and profile, teams without FTE rows included with 0 for the latest period.
 *
 * @example
 * const rows = await queryTeamFte(db); // [{ teamId: 'centrum', period: 2024, profile: 'maatschappelijk_werker', fte: 14.5 }, …]
 */
export async function queryTeamFte(db: Database): Promise<TeamFteRow[]> {
  const rows = await db.query<{ team_id: string; name: string; period: number; profile: string; fte: number }>(`
    SELECT t.team_id, t.name, f.period, f.profile, sum(f.fte)::DOUBLE AS fte
    FROM ${q(TABLES.teams)} t JOIN ${q(TABLES.teamFte)} f ON f.team_id = t.team_id
    GROUP BY ALL
    ORDER BY t.team_id, f.period, f.profile`);
  return rows.map((r) => ({ teamId: r.team_id, name: r.name, period: r.period, profile: r.profile, fte: r.fte }));
}
