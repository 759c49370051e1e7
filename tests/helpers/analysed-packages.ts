import { runAnalysis, type AnalysisRun } from '../../data/analysis/run-analysis';
import type { Database } from '../../data/db/database';
import { openNodeDatabase } from '../../data/db/open-node-database';
import { loadPackageIntoDatabase } from '../../data/db/load-package-into-database';
import type { LoadedPackage } from '../../data/package/model';
import { readPackage } from '../../data/package/read-package';
import { createMemorySource } from '../../data/package/sources/memory-source';
import { openNodePackageSource } from '../../data/package/sources/node-folder-source';
import { demoFiles } from './package-copies';
import { KORTRIJK_DIR, hasKortrijk } from './shared-data';

/** The packages analysis tests run on: the generated Demostad, and Kortrijk where ../shared is present. */
export const ANALYSED_PACKAGES = [{ name: 'Demostad', dir: null as string | null }, ...(hasKortrijk ? [{ name: 'Kortrijk', dir: KORTRIJK_DIR }] : [])];

/** A package (null: Demostad) read, loaded into a Node DuckDB and analysed at its base level for 2024; close `db` after. */
export async function openAnalysedPackage(dir: string | null): Promise<{ db: Database; pkg: LoadedPackage; run: AnalysisRun }> {
  const result = await readPackage(dir ? await openNodePackageSource(dir) : createMemorySource('demo', demoFiles()));
  if (!result.ok) throw new Error(`test package ${dir ?? 'Demostad'} does not read`);
  const db = await openNodeDatabase();
  await loadPackageIntoDatabase(db, result.pkg);
  return { db, pkg: result.pkg, run: await runAnalysis(db, result.pkg, { level: result.pkg.baseLevel, period: 2024 }) };
}
