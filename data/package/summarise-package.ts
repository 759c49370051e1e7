import type { Database } from '../db/database';
import { queryTeamFte } from '../queries/team-fte-summary';
import { TABLES, loadPackageIntoDatabase } from '../db/load-package-into-database';
import type { LoadedPackage } from './model';
import { quoteIdentifier as q } from '../db/quote-identifier';

const round = (x: number) => Math.round(x * 100) / 100;

/**
 * The package summary the CLI prints: levels and counts, periods, indicators, teams with FTE (from
 * DuckDB), centres and provenance. Loads the package into `db` as a side effect.
 */
export async function summarisePackage(db: Database, pkg: LoadedPackage) {
  await loadPackageIntoDatabase(db, pkg);
  const fte = await queryTeamFte(db);
  const rowsPerIndicator = new Map(
    (await db.query<{ indicator: string; n: number }>(`SELECT indicator, count(*)::INTEGER AS n FROM ${q(TABLES.indicators)} GROUP BY indicator`)).map((r) => [r.indicator, r.n] as const),
  );
  const ftePeriods = [...new Set(fte.map((r) => r.period))].sort((a, b) => a - b);
  const latest = ftePeriods[ftePeriods.length - 1];
  const latestRows = fte.filter((r) => r.period === latest);
  const byProfile = (rows: typeof fte) => Object.fromEntries([...new Set(rows.map((r) => r.profile))].sort().map((p) => [p, round(rows.filter((r) => r.profile === p).reduce((s, r) => s + r.fte, 0))]));
  return {
    name: pkg.descriptor.name,
    title: pkg.descriptor.title,
    version: pkg.descriptor.version ?? null,
    municipality: pkg.descriptor.municipality ?? null,
    source: pkg.sourceLabel,
    engine: db.engine,
    provenance: pkg.provenance,
    counts: {
      ...Object.fromEntries(pkg.levels.map((l) => [l.level, l.areas.features.length])),
      teams: pkg.teams.length,
      centres: pkg.centres.length,
      indicators: pkg.definitions.length,
      indicatorRows: pkg.indicators.rowCount,
    },
    levels: pkg.levels.map((l) => ({
      level: l.level,
      count: l.areas.features.length,
      file: l.resource.path,
      parentLevel: l.resource.parentLevel ?? null,
      assignment: pkg.assignments.find((a) => a.level === l.level)?.method ?? null,
    })),
    baseLevel: pkg.baseLevel,
    periods: pkg.periods,
    indicators: pkg.definitions.map((d) => ({ ...d, rows: rowsPerIndicator.get(d.id) ?? 0 })),
    fte: latest === undefined ? null : { period: latest, total: round(latestRows.reduce((s, r) => s + r.fte, 0)), byProfile: byProfile(latestRows) },
    teams: pkg.teams.map((t) => {
      const own = latestRows.filter((r) => r.teamId === t.id);
      return {
        id: t.id,
        name: t.name,
        fte: round(own.reduce((s, r) => s + r.fte, 0)),
        fteByProfile: byProfile(own),
        territoryAreas: pkg.territories ? [...pkg.territories.teamOf.values()].filter((x) => x === t.id).length : 0,
        centres: pkg.centres.filter((c) => c.teamId === t.id).map((c) => c.id),
      };
    }),
    centres: pkg.centres,
  };
}
