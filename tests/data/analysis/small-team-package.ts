import { runAnalysis, type AnalysisRun } from '../../../data/analysis/run-analysis';
import type { Database } from '../../../data/db/database';
import { loadPackageIntoDatabase } from '../../../data/db/load-package-into-database';
import { openNodeDatabase } from '../../../data/db/open-node-database';
import type { LoadedPackage } from '../../../data/package/model';
import { readPackage } from '../../../data/package/read-package';
import { createMemorySource } from '../../../data/package/sources/memory-source';
import { demoFiles, type PackageFiles } from '../../helpers/package-copies';

/** The Demostad team that gets a small caseload, how many open dossiers it gets, and in which period. */
export const SMALL_TEAM = 'team-hazelhoven';
export const SMALL_TEAM_DOSSIERS = 3;
export const SMALL_TEAM_PERIOD = 2024;

/**
 * Demostad with one team whose open dossiers in `period` add up to `dossiers` (1–4: a count that must never
 * be shown nor be derivable): its first sector carries them all, its other sectors none. Everything else
 * is the generated package as it is.
 */
export function demoFilesWithSmallTeam(team = SMALL_TEAM, dossiers = SMALL_TEAM_DOSSIERS, period = SMALL_TEAM_PERIOD): PackageFiles {
  const files = demoFiles();
  const sectors = files
    .get('sector_team.csv')!
    .split('\n')
    .slice(1)
    .map((line) => line.split(','))
    .filter(([, t]) => t === team)
    .map(([sector]) => sector!);
  if (sectors.length === 0) throw new Error(`demoFilesWithSmallTeam: Demostad has no team ${team}`);
  let edited = 0;
  const lines = files.get('indicators.csv')!.split('\n');
  const [header, ...rows] = lines;
  if (header !== 'area_code,period,indicator,value') throw new Error(`demoFilesWithSmallTeam: indicators.csv has another header: ${header}`);
  const out = rows.map((line) => {
    const [code, p, indicator] = line.split(',');
    if (indicator !== 'open_dossiers' || p !== String(period) || !sectors.includes(code!)) return line;
    edited++;
    return `${code},${p},open_dossiers,${code === sectors[0] ? dossiers : 0}`;
  });
  if (edited !== sectors.length) throw new Error(`demoFilesWithSmallTeam: expected ${sectors.length} open_dossiers rows of ${team} in ${period}, found ${edited}`);
  files.set('indicators.csv', [header, ...out].join('\n'));
  return files;
}

/** The analysis run of the small-team package at its base level (the planner's run), with its database. */
export async function runSmallTeamAnalysis(): Promise<{ db: Database; pkg: LoadedPackage; run: AnalysisRun }> {
  const pkg = (await readPackage(createMemorySource('demo-small-team', demoFilesWithSmallTeam()))).pkg!;
  const db = await openNodeDatabase();
  await loadPackageIntoDatabase(db, pkg);
  const run = await runAnalysis(db, pkg, { level: pkg.baseLevel, period: SMALL_TEAM_PERIOD });
  return { db, pkg, run };
}

/**
 * Whether `caseload` (dossiers per FTE, as shown or exported) times any of the `fte` shown beside it gives
 * back `dossiers`, to the nearest whole dossier (the rounding a reader would do).
 *
 * @example
 * workedBack(0.5, [6.5], 3) // true: 0.5 × 6.5 = 3.25 ≈ 3
 */
export function workedBack(caseload: number | null, fte: readonly number[], dossiers: number): boolean {
  return caseload !== null && fte.some((f) => Math.round(caseload * f) === dossiers);
}
