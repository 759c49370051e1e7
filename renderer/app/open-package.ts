import type { PackageFileSource } from '../../data/package';
import { loadPackageIntoDatabase } from '../../data/db';
import { readPackage } from '../../data/package';
import { generateDemoPackage } from '../../data/demo';
import { createMemorySource } from '../../data/package';
import { inSlice } from './app-state';
import { geometryRead, loadingStopped, packageOpened, packageRejected, startLoading } from './package-slice';
import { earlyGeometryLevel } from '../map/early-geometry-level';
import { reportProblem } from '../shared/problems';
import { viewForPackage } from '../features/explorer/state/view-slice';
import { mapShown } from '../features/explorer/commands/map-follows-view';
import { initialAnalysisState } from '../features/explorer/state/analysis-slice';
import { initialScenarioState } from '../features/planner/state/scenario-slice';
import { rememberPackageSource } from './project/project-commands';
import { initialSelectionState } from '../features/explorer/state/selection-slice';
import type { Services } from './services';

/**
 * Opens a package, all or nothing: it is read and validated completely first; with any error the problems
 * are shown and the package that was open stays open, untouched. Only a valid package replaces it (in one
 * database transaction).
 *
 * Map first, numbers next: while no package is open (the start), a package read and valid has its areas
 * drawn at once in a neutral fill (`geometryRead`, when small enough: `earlyGeometryLevel`), while DuckDB
 * starts and takes the package; the colours follow from DuckDB as for every later view.
 *
 * @returns true when the package was opened.
 */
export async function openPackage(services: Services, label: string, getSource: () => Promise<PackageFileSource | null> | PackageFileSource | null): Promise<boolean> {
  const { store } = services;
  store.update(inSlice('pkg', startLoading(label)));
  try {
    const source = await getSource();
    if (!source) {
      store.update(inSlice('pkg', loadingStopped));
      return false;
    }
    // Start the database while the package is read; the tables are replaced once no run is reading them.
    const database = services.database();
    database.catch(() => undefined); // awaited below, after the geometry is drawn
    const result = await readPackage(source);
    if (!result.ok) {
      store.update(inSlice('pkg', packageRejected(source.label, result.problems)));
      return false;
    }
    const state = store.getState();
    if (!state.pkg.current) {
      const level = earlyGeometryLevel(result.pkg, viewForPackage(result.pkg, null)(state.view).level);
      if (level !== null) store.update(inSlice('pkg', geometryRead(result.pkg, level)));
    }
    await database;
    await services.withDatabase('write', (db) => loadPackageIntoDatabase(db, result.pkg));
    rememberPackageSource(services, result.pkg, source);
    store.update((s) => ({ ...s, pkg: packageOpened(result.pkg)(s.pkg), view: viewForPackage(result.pkg, s.pkg.current)(s.view), analysis: initialAnalysisState, plannerRun: initialAnalysisState, scenarios: initialScenarioState, selection: initialSelectionState }));
    await mapShown(services);
    return true;
  } catch (error) {
    store.update(inSlice('pkg', loadingStopped));
    reportProblem(store, 'package-open-failed', error, { params: { name: label } });
    return false;
  }
}

/** Opens the generated Demostad package (fictional). */
export function openDemo(services: Services): Promise<boolean> {
  return openPackage(services, 'Demostad', () => createMemorySource('Demostad', generateDemoPackage().files));
}

/** Opens what the platform names at start, else the demo. */
export async function openStartupPackage(services: Services): Promise<void> {
  let source: PackageFileSource | null = null;
  try {
    source = await services.platform.startupSource();
  } catch (error) {
    reportProblem(services.store, 'package-open-failed', error);
  }
  if (source) {
    const opened = await openPackage(services, source.label, () => source);
    if (opened) return;
  }
  if (!services.store.getState().pkg.current) await openDemo(services);
}
