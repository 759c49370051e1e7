import type { RawTable } from '../formats/table/raw-table';
import { normaliseAreaCode } from '../import/match-area-codes';
import type { ProblemList } from '../problems';
import { cellText, findColumns, reportMissingColumn, rowOf, type ColumnSpec } from './find-columns';
import { uniqueId, type OrganisationTeam } from './organisation';

/** The areas a territory table may name: the base areas, and each coarser area with the base areas inside it. */
export interface TerritoryContext {
  readonly municipality: string;
  readonly baseCodes: ReadonlySet<string>;
  /** Coarser level area code → its base area codes (wijken, deelgemeenten). */
  readonly membersOf: ReadonlyMap<string, readonly string[]>;
  /** Teams that already exist (a table row naming one by id or name joins it). */
  readonly teams: readonly OrganisationTeam[];
}

export interface TerritoryTable {
  readonly teams: readonly OrganisationTeam[];
  /** Base area → team id. */
  readonly territory: ReadonlyMap<string, string>;
}

const COLUMNS: readonly (ColumnSpec & { key: 'area' | 'team' })[] = [
  { key: 'area', what: 'the area code', whatNl: 'de gebiedscode', names: ['area_code', 'gebiedscode', 'code', 'gebied', 'sector', 'sector_code', 'statsec', 'sectorcode', 'wijk', 'wijk_code', 'wijkcode', 'area'] },
  { key: 'team', what: 'the team', whatNl: 'het team', names: ['team', 'team_id', 'wijkteam', 'teamnaam', 'team_name', 'naam team'] },
];

/**
 * Reads a table of area code → team (Belgian-Excel CSV or XLSX, read by the importer's table readers). A code
 * may be a sector (the base level) or a coarser area such as a wijk, which gives all its sectors; a sector
 * row wins over its wijk's row. Teams are matched by id or name (case-insensitive); new names become teams.
 * An exact repeated row is a warning (kept once); an area given to two teams is an error naming both rows.
 *
 * @example
 * readTerritoryTable(table, { municipality: 'Roeselare', baseCodes, membersOf, teams: [] }, problems)
 * // { teams: [{ id: 'noord', name: 'Noord', colour: null }, …], territory: Map { '36015A00-' => 'noord', … } }
 */
export function readTerritoryTable(table: RawTable, context: TerritoryContext, problems: ProblemList): TerritoryTable | null {
  const columns = findColumns(table, COLUMNS);
  for (const spec of COLUMNS) if (columns[spec.key] === undefined) reportMissingColumn(problems, table, spec, { en: 'teams', nl: 'teams' });
  if (columns.area === undefined || columns.team === undefined) return null;
  const teams = [...context.teams];
  const teamByKey = new Map<string, string>();
  for (const t of teams) {
    teamByKey.set(t.id.toLowerCase(), t.id);
    teamByKey.set(t.name.toLowerCase(), t.id);
  }
  const byNormal = new Map<string, string>();
  for (const code of [...context.baseCodes, ...context.membersOf.keys()]) byNormal.set(normaliseAreaCode(code), code);
  // Sector rows first, then coarser rows fill what is left: a sector row wins over its wijk's row.
  const direct = new Map<string, { team: string; row: number }>();
  const viaParent = new Map<string, { team: string; row: number }>();
  table.rows.forEach((cells, i) => {
    const where = rowOf(table, i);
    const code = cellText(cells[columns.area!]);
    const teamText = cellText(cells[columns.team!]);
    if (code === null && teamText === null) return;
    if (code === null || teamText === null) {
      problems.error('org-value-missing', table.file, { ...where, field: table.header[code === null ? columns.area! : columns.team!]!, params: code === null ? { what: 'area code', whatNl: 'de gebiedscode' } : { what: 'team', whatNl: 'het team' } });
      return;
    }
    const area = context.baseCodes.has(code) || context.membersOf.has(code) ? code : byNormal.get(normaliseAreaCode(code));
    if (area === undefined) {
      problems.error('org-area-unknown', table.file, { ...where, field: table.header[columns.area!]!, params: { code, municipality: context.municipality } });
      return;
    }
    let team = teamByKey.get(teamText.toLowerCase());
    if (team === undefined) {
      team = uniqueId(teamText, teams.map((t) => t.id));
      teams.push({ id: team, name: teamText, colour: null });
      teamByKey.set(team, team);
      teamByKey.set(teamText.toLowerCase(), team);
    }
    const isBase = context.baseCodes.has(area);
    const target = isBase ? direct : viaParent;
    for (const base of isBase ? [area] : context.membersOf.get(area) ?? []) {
      const before = target.get(base);
      if (before && before.team !== team) {
        problems.error('org-area-twice', table.file, { ...where, field: table.header[columns.team!]!, params: { code: base, first: teams.find((t) => t.id === before.team)!.name, second: teamText, row: before.row } });
      } else if (before && isBase) {
        problems.warning('org-row-duplicate', table.file, { ...where, params: { first: before.row } });
      } else if (!before) target.set(base, { team, row: where.row });
    }
  });
  const territory = new Map<string, string>();
  for (const [base, { team }] of viaParent) territory.set(base, team);
  for (const [base, { team }] of direct) territory.set(base, team);
  return { teams, territory };
}
