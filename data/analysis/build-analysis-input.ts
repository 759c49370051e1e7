import { computePopulationWeightedPoint } from '../../geo/geometry';
import { findInteriorPoint } from '../../geo/geometry';
import type { LonLat } from '../../geo/units';
import type { Database } from '../db/database';
import { analysisRolesOf, type AnalysisRoles } from '../package/analysis-roles';
import type { LoadedPackage } from '../package/model';
import { TEAM_LEVEL } from '../package/read-package';
import { quoteIdentifier as q } from '../db/quote-identifier';
import { TABLES } from '../db/load-package-into-database';

/** One area of the level analysed, with the counts the engine needs (null where missing). */
export interface AnalysisAreaInput {
  readonly code: string;
  readonly name: string;
  /** The team serving the area: for a coarser area, the team of most of its population. */
  readonly team: string | null;
  /** Sector centroid (from the package's attributes, else an interior point) or, for larger areas, the population-weighted point of its sectors. */
  readonly position: LonLat;
  readonly population: number | null;
  readonly need: number | null;
  readonly clients: number | null;
  readonly dossiers: number | null;
}

export interface AnalysisIndicatorInput {
  readonly id: string;
  readonly polarity: 'higher_worse' | 'higher_better' | 'neutral';
  readonly sensitive: boolean;
  readonly denominator: string | null;
  /** Per area (same order as `areas`). */
  readonly numerators: readonly (number | null)[];
  readonly denominators: readonly (number | null)[];
}

export interface AnalysisInput {
  readonly level: string;
  readonly period: number;
  readonly roles: AnalysisRoles;
  readonly areas: readonly AnalysisAreaInput[];
  readonly indicators: readonly AnalysisIndicatorInput[];
  readonly centres: readonly { readonly id: string; readonly name: string; readonly team: string | null; readonly position: LonLat }[];
  /** Teams with their current social-worker FTE (0 when the package has none for the period) and open dossiers. */
  readonly teams: readonly { readonly id: string; readonly name: string; readonly currentFte: number; readonly dossiers: number | null; readonly population: number | null; readonly need: number | null }[];
  /** The FTE period used (the analysed period if the package has FTE for it, else the latest before it). */
  readonly ftePeriod: number | null;
}

const positionCache = new WeakMap<LoadedPackage, Map<string, LonLat>>();

/** Base-area positions: the attribute centroid where the package gives one, else a point inside the polygon. */
function basePositions(pkg: LoadedPackage): Map<string, LonLat> {
  const cached = positionCache.get(pkg);
  if (cached) return cached;
  const base = pkg.levels.find((l) => l.level === pkg.baseLevel)!;
  const positions = new Map<string, LonLat>();
  const attr = pkg.attributes.find((a) => a.level === pkg.baseLevel);
  const lon = attr?.table.columns.get('centroid_lon');
  const lat = attr?.table.columns.get('centroid_lat');
  if (attr && lon && lat) {
    const key = attr.table.columns.get(attr.resource.schema.primaryKey[0] ?? attr.table.fields[0]!.name)!;
    key.forEach((k, i) => {
      const x = lon[i];
      const y = lat[i];
      if (k !== null && typeof x === 'number' && typeof y === 'number') positions.set(String(k), [x, y]);
    });
  }
  for (const f of base.areas.features) if (!positions.has(f.properties.code)) positions.set(f.properties.code, findInteriorPoint(f.geometry));
  positionCache.set(pkg, positions);
  return positions;
}

type LevelData = LoadedPackage['levels'][number];
type AreaProps = LevelData['areas']['features'][number]['properties'];

/** The counts and denominator counts of every indicator per area of the level (areas in `areas` order). */
async function readLevelCounts(db: Database, pkg: LoadedPackage, level: string, period: number, areas: readonly AreaProps[]) {
  const rows = await db.query<{ area_code: string; indicator: string; count: number | null; denominator_count: number | null }>(
    `SELECT area_code, indicator, count, denominator_count FROM indicator_rates WHERE level = ? AND period = ?`,
    [level, period],
  );
  const indexOf = new Map(areas.map((a, i) => [a.code, i] as const));
  const counts = new Map<string, (number | null)[]>();
  const denominators = new Map<string, (number | null)[]>();
  for (const d of pkg.definitions) {
    counts.set(d.id, new Array(areas.length).fill(null));
    denominators.set(d.id, new Array(areas.length).fill(null));
  }
  for (const r of rows) {
    const i = indexOf.get(r.area_code);
    if (i === undefined || !counts.has(r.indicator)) continue;
    counts.get(r.indicator)![i] = r.count;
    denominators.get(r.indicator)![i] = r.denominator_count;
  }
  const countOf = (id: string) => counts.get(id) ?? new Array<number | null>(areas.length).fill(null);
  return { countOf, denominators };
}

/** Team of each area: its own team at the territory level; otherwise the team of most of its population. */
async function teamsOfAreas(db: Database, level: string, period: number, areas: readonly AreaProps[], roles: AnalysisRoles): Promise<Map<string, string>> {
  const teamOf = new Map<string, string>();
  if (level === TEAM_LEVEL) {
    for (const a of areas) teamOf.set(a.code, a.code);
    return teamOf;
  }
  const teamRows = await db.query<{ area_code: string; team_id: string }>(
    `WITH pop AS (SELECT area_code AS base_code, value FROM ${q(TABLES.indicators)} WHERE indicator = ? AND period = ?),
          pairs AS (SELECT l.area_code, t.area_code AS team_id, coalesce(sum(pop.value), 0) AS people, count(*) AS bases
                    FROM ${q(TABLES.hierarchy)} l JOIN ${q(TABLES.hierarchy)} t ON t.base_code = l.base_code AND t.level = ?
                    LEFT JOIN pop ON pop.base_code = l.base_code
                    WHERE l.level = ? GROUP BY l.area_code, t.area_code)
     SELECT area_code, arg_max(team_id, people * 1000000 + bases) AS team_id FROM pairs GROUP BY area_code`,
    [roles.population, period, TEAM_LEVEL, level],
  );
  for (const r of teamRows) teamOf.set(r.area_code, r.team_id);
  return teamOf;
}

/** Origins: base positions, or the population-weighted point of the base areas of a larger area. */
async function areaPositions(db: Database, pkg: LoadedPackage, levelData: LevelData, period: number, roles: AnalysisRoles): Promise<(code: string) => LonLat> {
  const level = levelData.level;
  const positions = basePositions(pkg);
  const assignment = pkg.assignments.find((a) => a.level === level)!;
  const members = new Map<string, string[]>();
  for (const [base, code] of assignment.parentOf) {
    const list = members.get(code);
    if (list) list.push(base);
    else members.set(code, [base]);
  }
  const basePopulation = new Map(
    (await db.query<{ area_code: string; value: number | null }>(`SELECT area_code, value FROM ${q(TABLES.indicators)} WHERE indicator = ? AND period = ?`, [roles.population, period])).map((r) => [r.area_code, r.value] as const),
  );
  const featureOf = new Map(levelData.areas.features.map((f) => [f.properties.code, f] as const));
  return (code) => {
    const feature = featureOf.get(code);
    if (level === pkg.baseLevel) return positions.get(code) ?? findInteriorPoint(feature!.geometry);
    const bases = (members.get(code) ?? []).filter((b) => positions.has(b));
    if (bases.length === 0) return findInteriorPoint(feature!.geometry);
    return computePopulationWeightedPoint(bases.map((b) => positions.get(b)!), bases.map((b) => basePopulation.get(b) ?? null));
  };
}

/** The teams with their social-worker FTE (of the latest FTE period up to `period`), dossiers, population and need. */
async function readTeams(db: Database, period: number, roles: AnalysisRoles) {
  const ftePeriods = (await db.query<{ period: number }>(`SELECT DISTINCT period FROM ${q(TABLES.teamFte)} WHERE period <= ? ORDER BY period DESC LIMIT 1`, [period]))[0];
  const ftePeriod = ftePeriods?.period ?? null;
  const teamRows = await db.query<{ team_id: string; name: string; fte: number | null; dossiers: number | null; population: number | null; need: number | null }>(
    `SELECT t.team_id, t.name,
            (SELECT sum(fte) FROM ${q(TABLES.teamFte)} f WHERE f.team_id = t.team_id AND f.period = ? AND f.profile = ?)::DOUBLE AS fte,
            (SELECT count FROM indicator_rates r WHERE r.level = ? AND r.area_code = t.team_id AND r.period = ? AND r.indicator = ?) AS dossiers,
            (SELECT count FROM indicator_rates r WHERE r.level = ? AND r.area_code = t.team_id AND r.period = ? AND r.indicator = ?) AS population,
            (SELECT count FROM indicator_rates r WHERE r.level = ? AND r.area_code = t.team_id AND r.period = ? AND r.indicator = ?) AS need
     FROM ${q(TABLES.teams)} t ORDER BY t.team_id`,
    [ftePeriod, roles.socialWorkerProfile, TEAM_LEVEL, period, roles.caseload, TEAM_LEVEL, period, roles.population, TEAM_LEVEL, period, roles.need],
  );
  return { ftePeriod, teams: teamRows.map((t) => ({ id: t.team_id, name: t.name, currentFte: t.fte ?? 0, dossiers: t.dossiers, population: t.population, need: t.need })) };
}

/**
 * Collects what the analysis engine needs for one level and period: per area its counts (population,
 * persons in need, clients, dossiers — summed from the base areas), every indicator's numerator and
 * denominator, the team, an origin point; the centres; the teams' social-worker FTE and dossiers.
 *
 * @example
 * const input = await buildAnalysisInput(db, pkg, { level: 'sector', period: 2024 });
 */
export async function buildAnalysisInput(db: Database, pkg: LoadedPackage, options: { level: string; period: number }): Promise<AnalysisInput> {
  const { level, period } = options;
  const levelData = pkg.levels.find((l) => l.level === level);
  if (!levelData) throw new Error(`The package has no level "${level}"; it has ${pkg.levels.map((l) => l.level).join(', ')}`);
  const roles = analysisRolesOf(pkg);
  const areas = levelData.areas.features.map((f) => f.properties).sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const { countOf, denominators } = await readLevelCounts(db, pkg, level, period, areas);
  const teamOf = await teamsOfAreas(db, level, period, areas, roles);
  const positionOf = await areaPositions(db, pkg, levelData, period, roles);
  const { teams, ftePeriod } = await readTeams(db, period, roles);
  return {
    level,
    period,
    roles,
    areas: areas.map((a, i) => ({
      code: a.code,
      name: a.name,
      team: teamOf.get(a.code) ?? null,
      position: positionOf(a.code),
      population: countOf(roles.population)[i] ?? null,
      need: countOf(roles.need)[i] ?? null,
      clients: countOf(roles.clients)[i] ?? null,
      dossiers: countOf(roles.caseload)[i] ?? null,
    })),
    indicators: pkg.definitions.map((d) => ({ id: d.id, polarity: d.polarity, sensitive: d.sensitive, denominator: d.denominator, numerators: countOf(d.id), denominators: denominators.get(d.id)! })),
    centres: pkg.centres.map((c) => ({ id: c.id, name: c.name, team: c.teamId, position: [c.lon, c.lat] as LonLat })),
    teams,
    ftePeriod,
  };
}
