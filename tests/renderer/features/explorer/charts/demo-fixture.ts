import { runAnalysis, type AnalysisRun } from '../../../../../data/analysis/run-analysis';
import type { Database } from '../../../../../data/db/database';
import { openNodeDatabase } from '../../../../../data/db/open-node-database';
import { loadPackageIntoDatabase } from '../../../../../data/db/load-package-into-database';
import type { LoadedPackage } from '../../../../../data/package/model';
import { readPackage } from '../../../../../data/package/read-package';
import { createMemorySource } from '../../../../../data/package/sources/memory-source';
import type { Language } from '../../../../../renderer/shared/i18n/i18n';
import { initialAppState, type AppState } from '../../../../../renderer/app/app-state';
import { packageOpened } from '../../../../../renderer/app/package-slice';
import { viewForPackage } from '../../../../../renderer/features/explorer/state/view-slice';
import { demoFiles } from '../../../../helpers/package-copies';

/** The Demostad package loaded into a Node DuckDB (its sensitive indicators have counts 1–4). */
export async function openDemo(): Promise<{ pkg: LoadedPackage; db: Database }> {
  const result = await readPackage(createMemorySource('demo', demoFiles()));
  if (!result.ok) throw new Error('the demo package did not read');
  const db = await openNodeDatabase();
  await loadPackageIntoDatabase(db, result.pkg);
  return { pkg: result.pkg, db };
}

/** An app state with the package open, the view at `level`/`period` and the analysis of that view in the store. */
export function stateWith(pkg: LoadedPackage, run: AnalysisRun | null, options: { level: string; period?: number; language?: Language }): AppState {
  const period = options.period ?? pkg.periods[pkg.periods.length - 1]!;
  const view = { ...viewForPackage(pkg)(initialAppState.view), level: options.level, period };
  return {
    ...initialAppState,
    pkg: packageOpened(pkg)(initialAppState.pkg),
    view,
    ui: { ...initialAppState.ui, language: options.language ?? 'nl' },
    analysis: { key: `${options.level}|${period}`, run, computing: false, error: null },
  };
}

export async function analyse(db: Database, pkg: LoadedPackage, level: string, period = 2024): Promise<AnalysisRun> {
  return runAnalysis(db, pkg, { level, period });
}
