import { findImplausibleCounts, IMPLAUSIBLE_FACTOR } from './find-implausible-counts';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { dissolvePolygonsByKey } from '../../geo/geometry';
import { buildAreaHierarchy } from './build-area-hierarchy';
import { checkDeclaredReferences, createReferenceCheck, type CheckReference, type ReadResource } from './check-references';
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
import type { AreaLevel, AreaProperties, IndicatorDefinition, LevelAssignment, LoadedPackage, Provenance, ReadResult } from './model';
import { ProblemList } from '../problems';
import { readAreasResource } from './read-areas-resource';
import { readCsvResource } from './read-csv-resource';
import type { TypedTable } from './type-table';

/** The level id of team territories, derived from the `team-territories` resource. */
export const TEAM_LEVEL = 'team';

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
  const known = collectLevels(descriptor, read, problems);
  const { levels, codesByLevel } = known;
  const roles = pickRoles(descriptor, read, problems);
  const teams = roles.teams?.table ? interpretTeams(roles.teams.table) : [];
  const teamIds = roles.teams ? new Set(teams.map((t) => t.id)) : undefined;
  const definitions = roles.definitions?.table ? interpretDefinitions(roles.definitions.table, problems) : [];
  const definitionIds = new Set(definitions.map((d) => d.id));
  const definitionsTarget = `indicator-definitions (${roles.definitions?.resource.path})`;

  // Declared foreign keys (schema.foreignKeys) and the references each role implies.
  const check = createReferenceCheck(problems);
  checkDeclaredReferences(read, levels, codesByLevel, check);
  const teamsTarget = roles.teams ? `teams (${roles.teams.resource.path})` : 'teams';
  const baseLevel = roles.indicators?.resource.level ?? levels[0]?.level ?? '';
  if (roles.indicators?.table) checkIndicators(roles.indicators.resource, roles.indicators.table, baseLevel, roles.definitions?.table ? definitionIds : undefined, definitionsTarget, definitions, known, check, problems);
  if (roles.definitions?.table) check(roles.definitions.table, 'denominator', definitionIds, definitionsTarget);
  if (roles.fte?.table) check(roles.fte.table, 'team_id', teamIds, teamsTarget);
  if (roles.centres?.table?.columns.has('team_id')) check(roles.centres.table, 'team_id', teamIds, teamsTarget);
  const attributes = readAttributes(read, known, check, problems);
  const territories = roles.territories?.table ? readTerritories(roles.territories.resource, roles.territories.table, roles.teams, teamIds, teamsTarget, known, check, problems) : null;

  if (!roles.indicators?.table || !roles.definitions?.table || levels.length === 0) return null;
  const periods = listPeriods(descriptor, roles.indicators.resource, roles.indicators.table, problems);
  const assignments: LevelAssignment[] = buildAreaHierarchy(
    levels,
    baseLevel,
    attributes.map((a) => ({ level: a.level, keyColumn: keyColumnOf(a.resource), table: a.table })),
    problems,
  );
  const allLevels = [...levels];
  if (territories && roles.territories) {
    const teamLevel = buildTeamLevel(levels, assignments, territories, teams, roles.territories.resource);
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
    centres: roles.centres?.table ? interpretCentres(roles.centres.table, problems) : [],
    teamFte: roles.fte?.table ? interpretTeamFte(roles.fte.table, problems) : [],
    indicators: roles.indicators.table,
    definitions,
    periods,
    attributes,
    provenance: buildProvenance(descriptor),
  };
}

/** The package's area levels, finest first, with their names and codes and how to name a level in a message. */
interface KnownLevels {
  readonly levels: AreaLevel[];
  readonly levelNames: ReadonlySet<string>;
  readonly codesByLevel: ReadonlyMap<string, ReadonlySet<string>>;
  /** A level as the target of a reference, e.g. `sector (areas/sectors.geojson)`. */
  readonly target: (level: string) => string;
}

/** The area levels, finest first: one per level (`level-duplicate` otherwise), each parent level known. */
function collectLevels(descriptor: PackageDescriptor, read: readonly ReadResource[], problems: ProblemList): KnownLevels {
  const levels: AreaLevel[] = [];
  for (const r of read) {
    if (r.resource.role !== 'areas' || !r.level) continue;
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
  const target = (level: string) => `${level} (${levels.find((l) => l.level === level)?.resource.path ?? level})`;
  return { levels, levelNames, codesByLevel, target };
}

/** The first resource of each single-resource role; `role-missing` for indicators and their definitions when not declared. */
function pickRoles(descriptor: PackageDescriptor, read: readonly ReadResource[], problems: ProblemList) {
  const single = (role: ResourceRole, required: boolean): ReadResource | undefined => {
    const found = read.filter((r) => r.resource.role === role);
    if (found.length === 0 && required && !descriptor.resources.some((r) => r.role === role)) problems.error('role-missing', DESCRIPTOR_FILE, { params: { role } });
    return found[0];
  };
  return {
    teams: single('teams', false),
    territories: single('team-territories', false),
    fte: single('team-fte', false),
    centres: single('centres', false),
    indicators: single('indicators', true),
    definitions: single('indicator-definitions', true),
  };
}

/**
 * The indicators table: at a known level, its areas and indicators known, `flag` empty or `suppressed` (and
 * then no value), and no negative value for a count.
 */
function checkIndicators(
  resource: ResourceDescriptor,
  t: TypedTable,
  baseLevel: string,
  definitionIds: ReadonlySet<string> | undefined,
  definitionsTarget: string,
  definitions: readonly IndicatorDefinition[],
  known: KnownLevels,
  check: CheckReference,
  problems: ProblemList,
): void {
  if (!known.levelNames.has(baseLevel)) {
    problems.error('level-parent-unknown', DESCRIPTOR_FILE, { field: `${resource.name}.level`, params: { level: 'indicators', parent: baseLevel } });
  }
  check(t, 'area_code', known.codesByLevel.get(baseLevel), known.target(baseLevel));
  if (definitionIds) check(t, 'indicator', definitionIds, definitionsTarget);
  const values = t.columns.get('value')!;
  t.columns.get('flag')?.forEach((flag, i) => {
    if (flag !== null && flag !== 'suppressed') {
      problems.error('value-enum', t.file, { row: t.origin[i]!, field: 'flag', params: { value: String(flag), allowed: 'suppressed, (empty)' } });
    } else if (flag === 'suppressed' && values[i] !== null) {
      problems.error('value-range', t.file, { row: t.origin[i]!, field: 'value', params: { value: String(values[i]), range: 'empty when flag = suppressed', hint: 'leave the value of a suppressed cell empty', hintNl: 'laat de waarde van een afgeschermde cel leeg' } });
    }
  });
  const kinds = new Map(definitions.map((d) => [d.id, d.kind] as const));
  const ids = t.columns.get('indicator')!;
  values.forEach((v, i) => {
    if (typeof v === 'number' && v < 0 && kinds.get(String(ids[i])) === 'count') {
      problems.error('value-range', t.file, { row: t.origin[i]!, field: 'value', params: { value: v, range: '≥ 0 for a count', hint: 'counts cannot be negative', hintNl: 'aantallen kunnen niet negatief zijn' } });
    }
  });
  for (const odd of findImplausibleCounts(t, definitions)) {
    const { row, area, period, value, base } = odd.example;
    problems.warning('value-implausible', t.file, { row, field: 'value', params: { indicator: odd.indicator, denominator: odd.denominator, factor: IMPLAUSIBLE_FACTOR, rows: odd.rows.length, area, period, value, base } });
  }
}

/** The area-attributes tables at a known level, their keys checked against that level's codes. */
function readAttributes(read: readonly ReadResource[], known: KnownLevels, check: CheckReference, problems: ProblemList): LoadedPackage['attributes'] {
  return read.filter((r) => r.resource.role === 'area-attributes').flatMap((r) => {
    if (!r.table) return [];
    const level = r.resource.level!;
    if (!known.levelNames.has(level)) {
      problems.error('level-parent-unknown', DESCRIPTOR_FILE, { field: `${r.resource.name}.level`, params: { level: r.resource.name, parent: level } });
      return [];
    }
    check(r.table, keyColumnOf(r.resource), known.codesByLevel.get(level), known.target(level));
    return [{ level, resource: r.resource, table: r.table }];
  });
}

/** Which team each area of the territories' level belongs to; null when the team column or the level is unknown. */
function readTerritories(
  resource: ResourceDescriptor,
  table: TypedTable,
  teamsRead: ReadResource | undefined,
  teamIds: ReadonlySet<string> | undefined,
  teamsTarget: string,
  known: KnownLevels,
  check: CheckReference,
  problems: ProblemList,
): LoadedPackage['territories'] {
  const level = resource.level!;
  const areaColumn = keyColumnOf(resource);
  const teamColumn = teamColumnOf(resource, teamsRead?.resource.name);
  if (!teamColumn) {
    problems.error('column-missing', resource.path, { params: { column: 'team_id', where: 'or a foreign key to the teams resource' } });
    return null;
  }
  if (!known.levelNames.has(level)) {
    problems.error('level-parent-unknown', DESCRIPTOR_FILE, { field: `${resource.name}.level`, params: { level: resource.name, parent: level } });
    return null;
  }
  check(table, areaColumn, known.codesByLevel.get(level), known.target(level));
  check(table, teamColumn, teamIds, teamsTarget);
  const areasCol = table.columns.get(areaColumn)!;
  const teamsCol = table.columns.get(teamColumn)!;
  const teamOf = new Map<string, string>();
  areasCol.forEach((a, i) => {
    if (a !== null && teamsCol[i] !== null) teamOf.set(String(a), String(teamsCol[i]));
  });
  return { level, teamOf };
}

/** The periods in the indicators, ascending; a warning for each one the descriptor's `periods` does not list. */
function listPeriods(descriptor: PackageDescriptor, resource: ResourceDescriptor, table: TypedTable, problems: ProblemList): number[] {
  const periodValues = table.columns.get('period')!;
  const periods = [...new Set(periodValues.filter((p): p is number => typeof p === 'number'))].sort((a, b) => a - b);
  if (descriptor.periods.length > 0) {
    for (const p of periods) if (!descriptor.periods.includes(p)) problems.warning('period-unlisted', resource.path, { field: 'period', params: { value: p } });
  }
  return periods;
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
  const allSources = [...descriptor.sources, ...descriptor.resources.flatMap((r) => r.sources)];
  const licenceTitle = (l: PackageDescriptor['licenses'][number]) => l.title ?? l.name ?? l.titles?.nl ?? l.titles?.en ?? '';
  const licences = descriptor.licenses.filter((l) => licenceTitle(l) !== '');
  return {
    fictional: descriptor.fictional,
    synthetic: descriptor.synthetic || descriptor.fictional ? descriptor.resources.map((r) => r.name) : synthetic,
    approximate: descriptor.resources.filter((r) => matches(r, /approximate|benaderd/i)).map((r) => r.name),
    assumed: descriptor.resources.filter((r) => matches(r, /assumed|aangenomen/i)).map((r) => r.name),
    sources: [...new Set(allSources.map((s) => s.title))],
    licenses: licences.map(licenceTitle),
    sourceTexts: allSources.filter((s, i) => allSources.findIndex((o) => o.title === s.title) === i).map((s) => ({ title: s.title, ...(s.titles ? { titles: s.titles } : {}) })),
    licenceTexts: licences.map((l) => ({ title: licenceTitle(l), ...(l.titles ? { titles: l.titles } : {}) })),
  };
}
