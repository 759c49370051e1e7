import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { dissolvePolygonsByKey } from '../../geo/geometry';
import { buildAreaHierarchy } from './build-area-hierarchy';
import { decodeText } from '../formats/text/decode-text';
import { DESCRIPTOR_FILE, parseDescriptor, type PackageDescriptor, type ResourceDescriptor, type ResourceRole } from './descriptor';
import { rootAtDescriptor, type PackageFileSource } from './file-source';
import {
  checkRoleColumns,
  interpretCentres,
  interpretDefinitions,
  interpretTeamFte,
  interpretTeams,
  keyColumnOf,
  teamColumnOf,
} from './interpret-roles';
import type { AreaLevel, AreaProperties, LevelAssignment, LoadedPackage, Provenance, ReadResult } from './model';
import { ProblemList } from '../problems';
import { readAreasResource } from './read-areas-resource';
import { readCsvResource } from './read-csv-resource';
import type { Cell, TypedTable } from './type-table';

/** The level id of team territories, derived from the `team-territories` resource. */
export const TEAM_LEVEL = 'team';

interface ReadResource {
  readonly resource: ResourceDescriptor;
  readonly table: TypedTable | null;
  readonly level: AreaLevel | null;
}

/**
 * Reads, validates and interprets a data package. Never throws for bad content: every problem is
 * returned with file, row or feature, field and a fix. `ok` is false when any problem is an error, and then
 * no package is returned, so the caller keeps whatever it had loaded before.
 *
 * @example
 * const result = await readPackage(await openNodePackageSource('../shared/data/kortrijk'));
 * if (result.ok) console.log(result.pkg.levels.map((l) => `${l.level}: ${l.areas.features.length}`));
 */
export async function readPackage(source: PackageFileSource): Promise<ReadResult> {
  const problems = new ProblemList();
  const fail = (): ReadResult => ({ ok: false, pkg: null, problems: problems.items });
  const root = await rootAtDescriptor(source);
  if (!root) {
    problems.error('descriptor-missing', source.label);
    return fail();
  }
  let json: unknown;
  try {
    json = JSON.parse(decodeText(await root.read(DESCRIPTOR_FILE)).text);
  } catch (error) {
    problems.error('descriptor-json', DESCRIPTOR_FILE, { params: { detail: error instanceof Error ? error.message : String(error) } });
    return fail();
  }
  const descriptor = parseDescriptor(json, problems);
  if (!descriptor) return fail();

  const files = new Set(await root.list());
  const read: ReadResource[] = [];
  for (const resource of descriptor.resources) {
    if (!files.has(resource.path)) {
      problems.error('resource-file-missing', DESCRIPTOR_FILE, { field: `${resource.name}.path`, params: { resource: resource.name, path: resource.path } });
      continue;
    }
    const bytes = await root.read(resource.path);
    if (resource.role === 'areas') {
      read.push({ resource, table: null, level: readAreasResource(resource, bytes, problems) });
    } else {
      const table = checkRoleColumns(resource, problems) ? readCsvResource(resource, bytes, problems) : null;
      read.push({ resource, table, level: null });
    }
  }
  const pkg = interpret(descriptor, root.label, read, problems);
  if (!pkg || problems.items.some((p) => p.severity === 'error')) return fail();
  return { ok: true, pkg: { ...pkg, problems: problems.items }, problems: problems.items };
}

function interpret(descriptor: PackageDescriptor, label: string, read: readonly ReadResource[], problems: ProblemList): Omit<LoadedPackage, 'problems'> | null {
  const ofRole = (role: ResourceRole) => read.filter((r) => r.resource.role === role);
  const single = (role: ResourceRole, required: boolean): ReadResource | undefined => {
    const found = ofRole(role);
    if (found.length === 0 && required && !descriptor.resources.some((r) => r.role === role)) problems.error('role-missing', DESCRIPTOR_FILE, { params: { role } });
    return found[0];
  };

  // Area levels, finest first.
  const levels: AreaLevel[] = [];
  for (const r of ofRole('areas')) {
    if (!r.level) continue;
    if (levels.some((l) => l.level === r.level!.level)) {
      problems.error('level-duplicate', DESCRIPTOR_FILE, { params: { level: r.level.level } });
      continue;
    }
    levels.push(r.level);
  }
  if (!descriptor.resources.some((r) => r.role === 'areas')) problems.error('role-missing', DESCRIPTOR_FILE, { params: { role: 'areas' } });
  levels.sort((a, b) => b.areas.features.length - a.areas.features.length);
  const levelNames = new Set(levels.map((l) => l.level));
  const codesByLevel = new Map(levels.map((l) => [l.level, new Set(l.areas.features.map((f) => f.properties.code))] as const));
  for (const level of levels) {
    const parent = level.resource.parentLevel;
    if (parent && !levelNames.has(parent)) problems.error('level-parent-unknown', DESCRIPTOR_FILE, { field: `${level.resource.name}.parentLevel`, params: { level: level.level, parent } });
  }

  const teamsRead = single('teams', false);
  const territoriesRead = single('team-territories', false);
  const fteRead = single('team-fte', false);
  const centresRead = single('centres', false);
  const indicatorsRead = single('indicators', true);
  const definitionsRead = single('indicator-definitions', true);

  const teams = teamsRead?.table ? interpretTeams(teamsRead.table) : [];
  const teamIds = new Set(teams.map((t) => t.id));
  const definitions = definitionsRead?.table ? interpretDefinitions(definitionsRead.table, problems) : [];
  const definitionIds = new Set(definitions.map((d) => d.id));

  // Declared foreign keys (schema.foreignKeys) and the references each role implies.
  const checked = new Set<string>();
  const checkReference = (table: TypedTable, field: string, allowed: ReadonlySet<string> | undefined, target: string) => {
    const marker = `${table.file}|${field}`;
    if (!allowed || checked.has(marker)) return;
    checked.add(marker);
    const values = table.columns.get(field);
    if (!values) return;
    values.forEach((value, i) => {
      if (value === null || allowed.has(String(value))) return;
      const where = table.originKind === 'row' ? { row: table.origin[i]! } : { feature: table.origin[i]! };
      problems.error('foreign-key', table.file, { ...where, field, params: { value: String(value), target } });
    });
  };
  const keySetOf = (resourceName: string, field: string): ReadonlySet<string> | undefined => {
    const r = read.find((x) => x.resource.name === resourceName);
    if (!r) return undefined;
    if (r.level) {
      const codeField = r.resource.schema.primaryKey[0] ?? 'code';
      return new Set(r.level.areas.features.map((f) => String(field === codeField ? f.properties.code : f.properties[field])));
    }
    const values = r.table?.columns.get(field);
    return values ? new Set(values.filter((v): v is Exclude<Cell, null> => v !== null).map(String)) : undefined;
  };
  const areaTable = (r: ReadResource): TypedTable | null => {
    if (!r.level) return r.table;
    // Expose area properties as a table so declared foreign keys on areas can be checked too.
    const fields = r.resource.schema.fields;
    const columns = new Map<string, Cell[]>(fields.map((f) => [f.name, r.level!.areas.features.map((x) => (x.properties[f.name] as Cell) ?? null)]));
    return { file: r.resource.path, fields, columns, origin: r.level.areas.features.map((_, i) => i), originKind: 'feature', rowCount: r.level.areas.features.length };
  };
  for (const r of read) {
    const table = areaTable(r);
    if (!table) continue;
    for (const fk of r.resource.schema.foreignKeys) {
      const targetName = fk.reference.resource === '' ? r.resource.name : fk.reference.resource;
      fk.fields.forEach((field, k) => checkReference(table, field, keySetOf(targetName, fk.reference.fields[k]!), targetName));
    }
  }
  for (const level of levels) {
    const key = level.resource.parentKey;
    const parent = level.resource.parentLevel;
    const table = areaTable(read.find((r) => r.level === level)!);
    if (key && parent && table) checkReference(table, key, codesByLevel.get(parent), `${parent} (${read.find((r) => r.level?.level === parent)?.resource.path ?? parent})`);
  }
  const levelTarget = (level: string) => `${level} (${levels.find((l) => l.level === level)?.resource.path ?? level})`;
  const teamsTarget = teamsRead ? `teams (${teamsRead.resource.path})` : 'teams';

  const baseLevel = indicatorsRead?.resource.level ?? levels[0]?.level ?? '';
  if (indicatorsRead?.table) {
    if (!levelNames.has(baseLevel)) {
      problems.error('level-parent-unknown', DESCRIPTOR_FILE, { field: `${indicatorsRead.resource.name}.level`, params: { level: 'indicators', parent: baseLevel } });
    }
    const t = indicatorsRead.table;
    checkReference(t, 'area_code', codesByLevel.get(baseLevel), levelTarget(baseLevel));
    if (definitionsRead?.table) checkReference(t, 'indicator', definitionIds, `indicator-definitions (${definitionsRead.resource.path})`);
    const flags = t.columns.get('flag');
    if (flags) {
      flags.forEach((flag, i) => {
        if (flag !== null && flag !== 'suppressed') {
          problems.error('value-enum', t.file, { row: t.origin[i]!, field: 'flag', params: { value: String(flag), allowed: 'suppressed, (empty)' } });
        } else if (flag === 'suppressed' && t.columns.get('value')![i] !== null) {
          problems.error('value-range', t.file, { row: t.origin[i]!, field: 'value', params: { value: String(t.columns.get('value')![i]), range: 'empty when flag = suppressed', hint: 'leave the value of a suppressed cell empty', hintNl: 'laat de waarde van een afgeschermde cel leeg' } });
        }
      });
    }
    const kinds = new Map(definitions.map((d) => [d.id, d.kind] as const));
    const ids = t.columns.get('indicator')!;
    const values = t.columns.get('value')!;
    values.forEach((v, i) => {
      if (typeof v === 'number' && v < 0 && kinds.get(String(ids[i])) === 'count') {
        problems.error('value-range', t.file, { row: t.origin[i]!, field: 'value', params: { value: v, range: '≥ 0 for a count', hint: 'counts cannot be negative', hintNl: 'aantallen kunnen niet negatief zijn' } });
      }
    });
  }
  if (definitionsRead?.table) checkReference(definitionsRead.table, 'denominator', definitionIds, `indicator-definitions (${definitionsRead.resource.path})`);
  if (fteRead?.table) checkReference(fteRead.table, 'team_id', teamsRead ? teamIds : undefined, teamsTarget);
  if (centresRead?.table?.columns.has('team_id')) checkReference(centresRead.table, 'team_id', teamsRead ? teamIds : undefined, teamsTarget);

  const attributes = ofRole('area-attributes').flatMap((r) => {
    if (!r.table) return [];
    const level = r.resource.level!;
    if (!levelNames.has(level)) {
      problems.error('level-parent-unknown', DESCRIPTOR_FILE, { field: `${r.resource.name}.level`, params: { level: r.resource.name, parent: level } });
      return [];
    }
    checkReference(r.table, keyColumnOf(r.resource), codesByLevel.get(level), levelTarget(level));
    return [{ level, resource: r.resource, table: r.table }];
  });

  let territories: LoadedPackage['territories'] = null;
  if (territoriesRead?.table) {
    const level = territoriesRead.resource.level!;
    const areaColumn = keyColumnOf(territoriesRead.resource);
    const teamColumn = teamColumnOf(territoriesRead.resource, teamsRead?.resource.name);
    if (!teamColumn) {
      problems.error('column-missing', territoriesRead.resource.path, { params: { column: 'team_id', where: 'or a foreign key to the teams resource' } });
    } else if (!levelNames.has(level)) {
      problems.error('level-parent-unknown', DESCRIPTOR_FILE, { field: `${territoriesRead.resource.name}.level`, params: { level: territoriesRead.resource.name, parent: level } });
    } else {
      checkReference(territoriesRead.table, areaColumn, codesByLevel.get(level), levelTarget(level));
      checkReference(territoriesRead.table, teamColumn, teamsRead ? teamIds : undefined, teamsTarget);
      const areasCol = territoriesRead.table.columns.get(areaColumn)!;
      const teamsCol = territoriesRead.table.columns.get(teamColumn)!;
      const teamOf = new Map<string, string>();
      areasCol.forEach((a, i) => {
        if (a !== null && teamsCol[i] !== null) teamOf.set(String(a), String(teamsCol[i]));
      });
      territories = { level, teamOf };
    }
  }

  if (!indicatorsRead?.table || !definitionsRead?.table || levels.length === 0) return null;

  const periodValues = indicatorsRead.table.columns.get('period')!;
  const periods = [...new Set(periodValues.filter((p): p is number => typeof p === 'number'))].sort((a, b) => a - b);
  if (descriptor.periods.length > 0) {
    for (const p of periods) if (!descriptor.periods.includes(p)) problems.warning('period-unlisted', indicatorsRead.resource.path, { field: 'period', params: { value: p } });
  }

  const assignments: LevelAssignment[] = buildAreaHierarchy(
    levels,
    baseLevel,
    attributes.map((a) => ({ level: a.level, keyColumn: keyColumnOf(a.resource), table: a.table })),
    problems,
  );
  const allLevels = [...levels];
  if (territories && territoriesRead) {
    const teamLevel = buildTeamLevel(levels, assignments, territories, teams, territoriesRead.resource);
    if (teamLevel) {
      allLevels.push(teamLevel.level);
      assignments.push(teamLevel.assignment);
    }
  }

  return {
    descriptor,
    sourceLabel: label,
    levels: allLevels,
    baseLevel,
    assignments,
    teams,
    territories,
    centres: centresRead?.table ? interpretCentres(centresRead.table, problems) : [],
    teamFte: fteRead?.table ? interpretTeamFte(fteRead.table, problems) : [],
    indicators: indicatorsRead.table,
    definitions,
    periods,
    attributes,
    provenance: buildProvenance(descriptor),
  };
}

/**
 * Team territories as an area level of their own: each team's areas dissolved into one outline, and every
 * base area assigned to the team of the territory area that contains it.
 */
function buildTeamLevel(
  levels: readonly AreaLevel[],
  assignments: readonly LevelAssignment[],
  territories: NonNullable<LoadedPackage['territories']>,
  teams: LoadedPackage['teams'],
  resource: ResourceDescriptor,
): { level: AreaLevel; assignment: LevelAssignment } | null {
  const territoryLevel = levels.find((l) => l.level === territories.level);
  if (!territoryLevel) return null;
  const assigned = territoryLevel.areas.features.filter((f) => territories.teamOf.has(f.properties.code));
  const dissolved = dissolvePolygonsByKey({ type: 'FeatureCollection', features: assigned }, (f) => territories.teamOf.get(f.properties.code)!);
  const names = new Map(teams.map((t) => [t.id, t.name] as const));
  const features: Feature<Polygon | MultiPolygon, AreaProperties>[] = dissolved.features.map((f) => ({
    type: 'Feature',
    geometry: f.geometry,
    properties: { code: f.properties.key, name: names.get(f.properties.key) ?? f.properties.key, level: TEAM_LEVEL, areaCount: f.properties.count },
  }));
  const toTerritoryLevel = assignments.find((a) => a.level === territories.level)?.parentOf;
  const parentOf = new Map<string, string>();
  if (toTerritoryLevel) {
    for (const [base, area] of toTerritoryLevel) {
      const team = territories.teamOf.get(area);
      if (team !== undefined) parentOf.set(base, team);
    }
  }
  const derived: ResourceDescriptor = { ...resource, name: `${resource.name} (dissolved)`, role: 'areas', level: TEAM_LEVEL };
  return {
    level: { level: TEAM_LEVEL, resource: derived, areas: { type: 'FeatureCollection', features } },
    assignment: { level: TEAM_LEVEL, method: 'team-territories', parentOf },
  };
}

function buildProvenance(descriptor: PackageDescriptor): Provenance {
  const matches = (r: ResourceDescriptor, pattern: RegExp) => pattern.test(r.status ?? '') || pattern.test(r.geometryQuality ?? '');
  const synthetic = descriptor.resources.filter((r) => matches(r, /synthetic|synthetisch|fictional|fictief/i)).map((r) => r.name);
  return {
    fictional: descriptor.fictional,
    synthetic: descriptor.synthetic || descriptor.fictional ? descriptor.resources.map((r) => r.name) : synthetic,
    approximate: descriptor.resources.filter((r) => matches(r, /approximate|benaderd/i)).map((r) => r.name),
    assumed: descriptor.resources.filter((r) => matches(r, /assumed|aangenomen/i)).map((r) => r.name),
    sources: [...new Set([...descriptor.sources, ...descriptor.resources.flatMap((r) => r.sources)].map((s) => s.title))],
    licenses: descriptor.licenses.map((l) => l.title ?? l.name ?? '').filter((t) => t !== ''),
  };
}
