import type { Database, TableColumn } from './database';
import { ANALYSIS_VIEW_STATEMENTS } from '../queries/analysis-views';
import { analysisRolesOf } from '../package/analysis-roles';
import type { LoadedPackage } from '../package/model';
import { COLUMN_TYPE_OF } from '../package/type-table';
import { quoteIdentifier } from './quote-identifier';

/** Table names the loader creates; queries in `data/queries/` use these. */
export const TABLES = {
  areas: 'areas',
  hierarchy: 'area_hierarchy',
  indicators: 'indicators',
  definitions: 'indicator_definitions',
  teams: 'teams',
  teamFte: 'team_fte',
  centres: 'centres',
  territories: 'team_territories',
  roles: 'analysis_roles',
} as const;

/** Name of the table holding the `area-attributes` of a level. */
export const attributesTable = (level: string): string => `attributes_${level}`;

/**
 * Loads a package's tables into DuckDB, replacing the previous package in one transaction: if anything
 * fails, the previous package's tables are left exactly as they were. Geometry stays in GeoJSON for
 * MapLibre and Turf; only attributes go to the database.
 *
 * @example
 * await loadPackageIntoDatabase(db, pkg);
 * await db.query('SELECT count(*) AS n FROM indicators');
 */
export async function loadPackageIntoDatabase(db: Database, pkg: LoadedPackage): Promise<void> {
  await db.exec('BEGIN TRANSACTION');
  try {
    await replaceTables(db, pkg);
    await db.exec('COMMIT');
  } catch (error) {
    await db.exec('ROLLBACK');
    throw error;
  }
}

async function replaceTables(db: Database, pkg: LoadedPackage): Promise<void> {
  for (const { table } of await db.query<{ table: string }>("SELECT table_name AS \"table\" FROM information_schema.tables WHERE table_name LIKE 'attributes\\_%' ESCAPE '\\'")) {
    await db.exec(`DROP TABLE IF EXISTS ${quoteIdentifier(table)}`);
  }
  const areas = pkg.levels.flatMap((l) => l.areas.features.map((f) => f.properties));
  await db.replaceTable(TABLES.areas, [
    { name: 'level', type: 'string', values: areas.map((a) => a.level) },
    { name: 'code', type: 'string', values: areas.map((a) => a.code) },
    { name: 'name', type: 'string', values: areas.map((a) => a.name) },
  ]);
  const hierarchy = pkg.assignments.flatMap((a) => [...a.parentOf].map(([base, code]) => [base, a.level, code] as const));
  await db.replaceTable(TABLES.hierarchy, [
    { name: 'base_code', type: 'string', values: hierarchy.map((h) => h[0]) },
    { name: 'level', type: 'string', values: hierarchy.map((h) => h[1]) },
    { name: 'area_code', type: 'string', values: hierarchy.map((h) => h[2]) },
  ]);
  const ind = pkg.indicators.columns;
  await db.replaceTable(TABLES.indicators, [
    { name: 'area_code', type: 'string', values: ind.get('area_code')! },
    { name: 'period', type: 'integer', values: ind.get('period')! },
    { name: 'indicator', type: 'string', values: ind.get('indicator')! },
    { name: 'value', type: 'number', values: ind.get('value')! },
    // Optional `flag` column: `suppressed` marks a value the source withheld (e.g. "<5"); value is then empty.
    { name: 'flag', type: 'string', values: ind.get('flag') ?? new Array<null>(pkg.indicators.rowCount).fill(null) },
  ]);
  const d = pkg.definitions;
  await db.replaceTable(TABLES.definitions, [
    { name: 'id', type: 'string', values: d.map((x) => x.id) },
    { name: 'label_nl', type: 'string', values: d.map((x) => x.labelNl) },
    { name: 'label_en', type: 'string', values: d.map((x) => x.labelEn) },
    { name: 'unit', type: 'string', values: d.map((x) => x.unit) },
    { name: 'kind', type: 'string', values: d.map((x) => x.kind) },
    { name: 'denominator', type: 'string', values: d.map((x) => x.denominator) },
    { name: 'polarity', type: 'string', values: d.map((x) => x.polarity) },
    { name: 'sensitive', type: 'boolean', values: d.map((x) => x.sensitive) },
    { name: 'source', type: 'string', values: d.map((x) => x.source) },
    { name: 'synthetic', type: 'boolean', values: d.map((x) => x.synthetic) },
  ]);
  await db.replaceTable(TABLES.teams, [
    { name: 'team_id', type: 'string', values: pkg.teams.map((t) => t.id) },
    { name: 'name', type: 'string', values: pkg.teams.map((t) => t.name) },
  ]);
  await db.replaceTable(TABLES.teamFte, [
    { name: 'team_id', type: 'string', values: pkg.teamFte.map((r) => r.teamId) },
    { name: 'period', type: 'integer', values: pkg.teamFte.map((r) => r.period) },
    { name: 'profile', type: 'string', values: pkg.teamFte.map((r) => r.profile) },
    { name: 'fte', type: 'number', values: pkg.teamFte.map((r) => r.fte) },
  ]);
  const c = pkg.centres;
  await db.replaceTable(TABLES.centres, [
    { name: 'centre_id', type: 'string', values: c.map((x) => x.id) },
    { name: 'name', type: 'string', values: c.map((x) => x.name) },
    { name: 'team_id', type: 'string', values: c.map((x) => x.teamId) },
    { name: 'address', type: 'string', values: c.map((x) => x.address) },
    { name: 'lon', type: 'number', values: c.map((x) => x.lon) },
    { name: 'lat', type: 'number', values: c.map((x) => x.lat) },
  ]);
  const territories = pkg.territories ? [...pkg.territories.teamOf] : [];
  await db.replaceTable(TABLES.territories, [
    { name: 'area_code', type: 'string', values: territories.map((t) => t[0]) },
    { name: 'team_id', type: 'string', values: territories.map((t) => t[1]) },
  ]);
  for (const attr of pkg.attributes) {
    const columns: TableColumn[] = attr.table.fields.map((f) => ({ name: f.name, type: COLUMN_TYPE_OF[f.type], values: attr.table.columns.get(f.name)! }));
    await db.replaceTable(attributesTable(attr.level), columns);
  }
  const roles = Object.entries(analysisRolesOf(pkg));
  await db.replaceTable(TABLES.roles, [
    { name: 'role', type: 'string', values: roles.map((r) => r[0]) },
    { name: 'value', type: 'string', values: roles.map((r) => r[1]) },
  ]);
  for (const statement of ANALYSIS_VIEW_STATEMENTS) await db.exec(statement);
}
