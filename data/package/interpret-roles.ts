import type { ResourceDescriptor, ResourceRole } from './descriptor';
import type { Centre, IndicatorDefinition, Polarity, Team, TeamFte } from './model';
import type { ProblemList } from '../problems';
import { column, type Cell, type TypedTable } from './type-table';

/**
 * Columns a resource of each role must declare, beyond what its own schema says. `area-attributes` and
 * `team-territories` name their key columns through `primaryKey` and `foreignKeys` instead.
 */
export const REQUIRED_COLUMNS: Partial<Record<ResourceRole, readonly string[]>> = {
  teams: ['team_id', 'name'],
  'team-fte': ['team_id', 'period', 'profile', 'fte'],
  centres: ['centre_id', 'name', 'lon', 'lat'],
  indicators: ['area_code', 'period', 'indicator', 'value'],
  'indicator-definitions': ['id', 'label_nl', 'unit', 'kind', 'denominator', 'polarity', 'sensitive'],
};

/** Reports role columns missing from a resource's schema; returns false when any is missing. */
export function checkRoleColumns(resource: ResourceDescriptor, problems: ProblemList): boolean {
  const required = REQUIRED_COLUMNS[resource.role] ?? [];
  let ok = true;
  for (const name of required) {
    if (!resource.schema.fields.some((f) => f.name === name)) {
      problems.error('column-missing', resource.path, { field: name, params: { column: name, where: `required for role ${resource.role}` } });
      ok = false;
    }
  }
  return ok;
}

const text = (v: Cell | undefined): string | null => (v === null || v === undefined || String(v).trim() === '' ? null : String(v));

export function interpretTeams(table: TypedTable): Team[] {
  const ids = column(table, 'team_id');
  const names = column(table, 'name');
  const colours = table.columns.get('colour');
  const teams: Team[] = [];
  ids.forEach((id, i) => {
    if (text(id) === null) return;
    const colour = colours ? text(colours[i]) : null;
    // Only a plain hex colour is taken (it goes into map styles): anything else means automatic.
    teams.push({ id: String(id), name: text(names[i]) ?? String(id), ...(colour !== null && /^#[0-9a-f]{6}$/i.test(colour) ? { colour } : {}) });
  });
  return teams;
}

export function interpretCentres(table: TypedTable, problems: ProblemList): Centre[] {
  const ids = column(table, 'centre_id');
  const names = column(table, 'name');
  const lons = column(table, 'lon');
  const lats = column(table, 'lat');
  const teams = table.columns.get('team_id');
  const addresses = table.columns.get('address');
  const quality = table.columns.get('location_quality');
  const centres: Centre[] = [];
  ids.forEach((id, i) => {
    const lon = lons[i];
    const lat = lats[i];
    if (text(id) === null) return;
    if (typeof lon !== 'number' || typeof lat !== 'number') {
      if (lon === null || lat === null) problems.error('value-required', table.file, { row: table.origin[i]!, field: lon === null ? 'lon' : 'lat' });
      return;
    }
    if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
      problems.error('value-range', table.file, {
        row: table.origin[i]!,
        field: Math.abs(lon) > 180 ? 'lon' : 'lat',
        params: { value: `${lon}, ${lat}`, range: 'WGS84 degrees: lon −180…180, lat −90…90', hint: 'give degrees in WGS84 (EPSG:4326), not projected metres', hintNl: 'geef graden in WGS84 (EPSG:4326), geen geprojecteerde meters' },
      });
      return;
    }
    centres.push({
      id: String(id),
      name: text(names[i]) ?? String(id),
      teamId: text(teams?.[i]),
      address: text(addresses?.[i]),
      lon,
      lat,
      locationQuality: text(quality?.[i]),
    });
  });
  return centres;
}

export function interpretTeamFte(table: TypedTable, problems: ProblemList): TeamFte[] {
  const teams = column(table, 'team_id');
  const periods = column(table, 'period');
  const profiles = column(table, 'profile');
  const fte = column(table, 'fte');
  const rows: TeamFte[] = [];
  teams.forEach((team, i) => {
    const value = fte[i];
    const period = periods[i];
    if (text(team) === null || typeof period !== 'number' || typeof value !== 'number') return;
    if (value < 0) {
      problems.error('value-range', table.file, { row: table.origin[i]!, field: 'fte', params: { value, range: '≥ 0', hint: 'FTE cannot be negative', hintNl: 'VTE kan niet negatief zijn' } });
      return;
    }
    rows.push({ teamId: String(team), period, profile: text(profiles[i]) ?? 'all', fte: value });
  });
  return rows;
}

const POLARITIES: readonly Polarity[] = ['higher_worse', 'higher_better', 'neutral'];
const YES = new Set(['yes', 'ja', 'true', '1', 'y', 'j']);
const NO = new Set(['no', 'nee', 'false', '0', 'n', '']);
const SYNTHETIC_SOURCE = /synthetic|synthetisch|fictief|fictional|fictitious/i;

export function interpretDefinitions(table: TypedTable, problems: ProblemList): IndicatorDefinition[] {
  const get = (name: string) => table.columns.get(name);
  const ids = column(table, 'id');
  const definitions: IndicatorDefinition[] = [];
  ids.forEach((id, i) => {
    if (text(id) === null) return;
    const row = table.origin[i]!;
    const polarityText = (text(get('polarity')?.[i]) ?? 'neutral').toLowerCase();
    let polarity: Polarity = 'neutral';
    if ((POLARITIES as readonly string[]).includes(polarityText)) polarity = polarityText as Polarity;
    else problems.error('value-enum', table.file, { row, field: 'polarity', params: { value: polarityText, allowed: POLARITIES.join(', ') } });
    const sensitiveRaw = get('sensitive')?.[i];
    const sensitiveText = typeof sensitiveRaw === 'boolean' ? String(sensitiveRaw) : (text(sensitiveRaw) ?? '').toLowerCase();
    let sensitive = false;
    if (YES.has(sensitiveText)) sensitive = true;
    else if (!NO.has(sensitiveText)) {
      // Unknown answers are treated as sensitive: the safe side for social data.
      sensitive = true;
      problems.error('value-enum', table.file, { row, field: 'sensitive', params: { value: sensitiveText, allowed: 'yes, no' } });
    }
    const labelNl = text(get('label_nl')?.[i]) ?? String(id);
    const source = text(get('source')?.[i]) ?? '';
    const sourceNl = text(get('source_nl')?.[i]);
    const sourceEn = text(get('source_en')?.[i]);
    const sources = sourceNl || sourceEn ? { ...(sourceNl ? { nl: sourceNl } : {}), ...(sourceEn ? { en: sourceEn } : {}) } : undefined;
    definitions.push({
      id: String(id),
      labelNl,
      labelEn: text(get('label_en')?.[i]) ?? labelNl,
      unit: text(get('unit')?.[i]) ?? '',
      kind: (text(get('kind')?.[i]) ?? 'count').toLowerCase(),
      denominator: text(get('denominator')?.[i]),
      polarity,
      sensitive,
      source,
      ...(sources ? { sources } : {}),
      synthetic: [source, sourceNl, sourceEn].some((s) => s !== null && SYNTHETIC_SOURCE.test(s)),
      theme: text(get('theme')?.[i]),
    });
  });
  return definitions;
}

/** The area-code column of a keyed resource: its first primary-key field, else the first field. */
export function keyColumnOf(resource: ResourceDescriptor): string {
  return resource.schema.primaryKey[0] ?? resource.schema.fields[0]!.name;
}

/** The team column of a team-territories resource: the foreign key to the teams resource, else `team_id`. */
export function teamColumnOf(resource: ResourceDescriptor, teamsResourceName: string | undefined): string | null {
  const inSchema = (name: string | undefined) => name !== undefined && resource.schema.fields.some((f) => f.name === name);
  const fk = resource.schema.foreignKeys.find((k) => k.reference.resource === teamsResourceName);
  // A foreign key may name a field the schema does not have: then there is no team column (column-missing).
  if (fk) return inSchema(fk.fields[0]) ? fk.fields[0]! : null;
  return inSchema('team_id') ? 'team_id' : null;
}
