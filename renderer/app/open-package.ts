import type { PackageFileSource, PackageRead } from '../../data/package';
import { loadPackageIntoDatabase } from '../../data/db';
import { createLazySource, createMemorySource } from '../../data/package';
import { generateDemoPackage } from '../../data/demo';
import { readPackageOffThread, spawnPackageReadWorker, type ReadOffThreadOptions } from './read-package-in-worker';
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

/** A package whose read has started: its source, and the read and validation under way (in the worker). */
export interface StartedRead {
  readonly source: PackageFileSource;
  readonly read: Promise<PackageRead>;
}

/** Starts reading `source` now (off the main thread, see `readPackageOffThread`), to be opened by `openStartedRead`. */
export function startRead(source: PackageFileSource, options?: ReadOffThreadOptions): StartedRead {
  const read = readPackageOffThread(source, options);
  read.catch(() => undefined); // awaited by whoever opens it
  return { source, read };
}

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
export function openPackage(services: Services, label: string, getSource: () => Promise<PackageFileSource | null> | PackageFileSource | null): Promise<boolean> {
  return openStartedRead(services, label, async () => {
    const source = await getSource();
    return source ? startRead(source) : null;
  });
}

/**
 * `openPackage` for a read that may have started already (the start-up package is read from the script's
 * first line on, while fonts load and the app is drawn). The read's files are hashed in the same pass, so the
 * project's `contentHash` needs no second fetch.
 */
export async function openStartedRead(services: Services, label: string, start: () => Promise<StartedRead | null>): Promise<boolean> {
  const { store } = services;
  store.update(inSlice('pkg', startLoading(label)));
  try {
    const started = await start();
    if (!started) {
      store.update(inSlice('pkg', loadingStopped));
      return false;
    }
    const { source } = started;
    // Start the database while the package is read; the tables are replaced once no run is reading them.
    const database = services.database();
    database.catch(() => undefined); // awaited below, after the geometry is drawn
    const { result, contentHash } = await started.read;
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
    performance.mark('wijkzicht:database-ready'); // marks for traces and the bench
    await services.withDatabase('write', (db) => loadPackageIntoDatabase(db, result.pkg));
    performance.mark('wijkzicht:package-in-database');
    rememberPackageSource(services, result.pkg, source, contentHash);
    store.update((s) => ({ ...s, pkg: packageOpened(result.pkg)(s.pkg), view: viewForPackage(result.pkg, s.pkg.current)(s.view), analysis: initialAnalysisState, plannerRun: initialAnalysisState, scenarios: initialScenarioState, selection: initialSelectionState }));
    await mapShown(services);
    return true;
  } catch (error) {
    store.update(inSlice('pkg', loadingStopped));
    reportProblem(store, 'package-open-failed', error, { params: { name: label } });
    return false;
  }
}

/**
 * The generated Demostad package (fictional) as a source: the package-read worker generates it itself (its
 * `location`); here it is generated only when its files are asked for (*Pakket opslaan*, a fallback read).
 */
export function demoSource(): PackageFileSource {
  return createLazySource('Demostad', { kind: 'demo' }, async () => createMemorySource('Demostad', generateDemoPackage().files));
}

/** Opens the generated Demostad package (fictional). */
export function openDemo(services: Services): Promise<boolean> {
  return openPackage(services, 'Demostad', demoSource);
}

/**
 * Starts reading the package the platform names at start, else the demo — at once, before anything is drawn
 * (`main.tsx` calls it on its first lines), so that the files are fetched and validated while fonts load,
 * DuckDB starts and React draws. Rejects when the platform cannot say what to open (reported by
 * `openStartupPackage`, which then opens the demo).
 */
export async function startStartupRead(services: Services): Promise<StartedRead> {
  // The worker starts before the platform answers, so its script is loaded and compiled by then.
  const worker = spawnPackageReadWorker();
  let source: PackageFileSource | null;
  try {
    source = await services.platform.startupSource();
  } catch (error) {
    worker?.terminate();
    throw error;
  }
  return startRead(source ?? demoSource(), worker ? { createWorker: () => worker } : undefined);
}

/** Opens what the platform names at start (read from `started` when it was started early), else the demo. */
export async function openStartupPackage(services: Services, started: Promise<StartedRead> = startStartupRead(services)): Promise<void> {
  let read: StartedRead | null = null;
  try {
    read = await started;
  } catch (error) {
    reportProblem(services.store, 'package-open-failed', error);
  }
  if (read) {
    const opened = await openStartedRead(services, read.source.label, async () => read);
    if (opened) return;
  }
  if (!services.store.getState().pkg.current && read?.source.location?.kind !== 'demo') await openDemo(services);
}
