import type { RawTable } from '../formats/table/raw-table';
import { parseNumberText } from '../formats/table/parse-number';
import type { TeamFte } from '../package/model';
import type { ProblemList } from '../problems';
import { cellText, findColumns, reportMissingColumn, rowOf, type ColumnSpec } from './find-columns';
import { slugId, type OrganisationTeam } from './organisation';

/** The most FTE a team can have for one profile and period: a bound on what a user or a file can give. */
export const MAX_TEAM_FTE = 10_000;

type Key = 'team' | 'profile' | 'period' | 'fte';
const COLUMNS: readonly (ColumnSpec & { key: Key })[] = [
  { key: 'team', what: 'the team', whatNl: 'het team', names: ['team', 'team_id', 'wijkteam', 'teamnaam'] },
  { key: 'profile', what: 'the profile', whatNl: 'het profiel', names: ['profile', 'profiel', 'functie', 'function', 'rol', 'role'] },
  { key: 'period', what: 'the period', whatNl: 'de periode', names: ['period', 'periode', 'jaar', 'year'] },
  { key: 'fte', what: 'the FTE', whatNl: 'de VTE', names: ['fte', 'vte', 'voltijdse equivalenten', 'full-time equivalents', 'aantal vte'] },
];

/**
 * Reads a table of staff: team, profile (e.g. "Maatschappelijk werker" → `maatschappelijk_werker`), period
 * (a year) and FTE (0–10,000, decimal comma or point). Teams are matched by id or name. An exact repeated row is
 * a warning (kept once); the same team, profile and period twice with different FTE is an error naming both rows.
 *
 * @example
 * readFteTable(table, teams, problems) // [{ teamId: 'noord', profile: 'maatschappelijk_werker', period: 2024, fte: 14.5 }, …]
 */
export function readFteTable(table: RawTable, teams: readonly OrganisationTeam[], problems: ProblemList): TeamFte[] | null {
  const columns = findColumns(table, COLUMNS);
  for (const spec of COLUMNS) if (columns[spec.key] === undefined) reportMissingColumn(problems, table, spec, { en: 'FTE', nl: 'VTE' });
  if (COLUMNS.some((c) => columns[c.key] === undefined)) return null;
  const teamByKey = new Map(teams.flatMap((t) => [[t.id.toLowerCase(), t.id], [t.name.toLowerCase(), t.id]] as const));
  const seen = new Map<string, { fte: number; row: number }>();
  const out: TeamFte[] = [];
  table.rows.forEach((cells, i) => {
    const where = rowOf(table, i);
    const field = (key: Key) => table.header[columns[key]!]!;
    const texts = Object.fromEntries(COLUMNS.map((c) => [c.key, cellText(cells[columns[c.key]!])])) as Record<Key, string | null>;
    if (Object.values(texts).every((t) => t === null)) return;
    const missing = COLUMNS.find((c) => texts[c.key] === null);
    if (missing) {
      problems.error('org-value-missing', table.file, { ...where, field: field(missing.key), params: { what: missing.what.replace(/^the /, ''), whatNl: missing.whatNl } });
      return;
    }
    const teamId = teamByKey.get(texts.team!.toLowerCase());
    if (teamId === undefined) {
      problems.error('org-team-unknown', table.file, { ...where, field: field('team'), params: { team: texts.team!, teams: teams.map((t) => t.name).join(', ') || '—' } });
      return;
    }
    const rawPeriod = cells[columns.period!];
    const period = typeof rawPeriod === 'number' ? rawPeriod : Number(texts.period);
    if (!Number.isInteger(period) || period < 1990 || period > 2100) {
      problems.error('org-period-invalid', table.file, { ...where, field: field('period'), params: { value: texts.period! } });
      return;
    }
    const rawFte = cells[columns.fte!];
    const fte = typeof rawFte === 'number' ? rawFte : (parseNumberText(texts.fte!, table.detected.decimal) ?? parseNumberText(texts.fte!, table.detected.decimal === ',' ? '.' : ','));
    if (fte === undefined || !Number.isFinite(fte) || fte < 0 || fte > MAX_TEAM_FTE) {
      problems.error('org-fte-invalid', table.file, { ...where, field: field('fte'), params: { value: texts.fte! } });
      return;
    }
    const profile = slugId(texts.profile!) || texts.profile!;
    const key = `${teamId}|${profile}|${period}`;
    const before = seen.get(key);
    if (before) {
      if (before.fte === fte) problems.warning('org-row-duplicate', table.file, { ...where, params: { first: before.row } });
      else problems.error('org-row-conflict', table.file, { ...where, field: field('fte'), params: { what: `the FTE of ${texts.team} (${texts.profile}, ${period})`, whatNl: `de VTE van ${texts.team} (${texts.profile}, ${period})`, first: before.row, value: fte, other: before.fte } });
      return;
    }
    seen.set(key, { fte, row: where.row });
    out.push({ teamId, profile, period, fte });
  });
  return out;
}
