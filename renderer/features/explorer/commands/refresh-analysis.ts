import { runAnalysis, type AnalysisRun } from '../../../../data/analysis';
import { analysisRolesOf, type LoadedPackage } from '../../../../data/package';
import { inSlice } from '../../../app/app-state';
import { defineSessionSlot } from '../../../shared/session-memory';
import { reportProblem } from '../../../shared/problems';
import { analysisDone, analysisFailed, analysisStarted } from '../state/analysis-slice';
import type { Services } from '../../../app/services';

/**
 * The run in flight (one `level|period` at a time; asking for it again shares it) and the runs whose
 * failure was already reported, so that a failure shared by several callers is told once.
 */
const analysisRequests = defineSessionSlot('analysis requests', () => ({
  pending: null as { readonly pkg: LoadedPackage; readonly key: string; readonly promise: Promise<AnalysisRun | null> } | null,
  reported: new WeakSet<Promise<AnalysisRun | null>>(),
}));

/**
 * The analysis engine's run for a level and period, computed once and kept in the store (need index,
 * reach, distances, gaps, FTE targets). Returns null when the package has nothing to analyse (no centres
 * or no persons-in-need indicator). A failure is kept in the analysis slice (the panels offer a retry) and
 * rejects the promise: callers that do not await it use `requestAnalysis`, which reports it.
 *
 * @example
 * const run = await ensureAnalysis(services, 'wijk', 2024);
 */
export function ensureAnalysis(services: Services, level: string, period: number): Promise<AnalysisRun | null> {
  const { store } = services;
  const memory = analysisRequests(services.memory);
  const key = `${level}|${period}`;
  const state = store.getState();
  if (state.analysis.key === key) return Promise.resolve(state.analysis.run);
  const pkg = state.pkg.current;
  if (!pkg) return Promise.resolve(null);
  // A run of the package that was open before is not this package's run, even for the same level and period.
  if (memory.pending?.key === key && memory.pending.pkg === pkg) return memory.pending.promise;
  const roles = analysisRolesOf(pkg);
  if (pkg.centres.length === 0 || !pkg.definitions.some((d) => d.id === roles.need)) {
    store.update(inSlice('analysis', analysisDone(key, null)));
    return Promise.resolve(null);
  }
  store.update(inSlice('analysis', analysisStarted));
  const promise = (async () => {
    try {
      const run = await services.withDatabase('read', (db) => runAnalysis(db, pkg, { level, period }));
      // Only keep it if the package is still the one analysed.
      if (store.getState().pkg.current === pkg) store.update(inSlice('analysis', analysisDone(key, run)));
      return run;
    } catch (error) {
      // The slice keeps which run failed (its message is the problem code; the words are in the notice).
      if (store.getState().pkg.current === pkg) store.update(inSlice('analysis', analysisFailed(key, 'analysis-failed')));
      throw error;
    }
  })();
  memory.pending = { pkg, key, promise };
  const settled = () => {
    if (memory.pending?.promise === promise) memory.pending = null;
  };
  // Both outcomes handled here: this derived promise cannot reject (the caller gets `promise` itself).
  void promise.then(settled, settled);
  return promise;
}

/**
 * Starts the analysis of a level and period for a caller that does not wait for it (a panel, an overlay,
 * the map after its colouring): a failure is reported once as 'analysis-failed', however many asked.
 */
export function requestAnalysis(services: Services, level: string, period: number): void {
  const memory = analysisRequests(services.memory);
  const pkg = services.store.getState().pkg.current;
  const promise = ensureAnalysis(services, level, period);
  promise.catch((error: unknown) => {
    // The package was closed meanwhile: its run no longer matters to anyone.
    if (services.store.getState().pkg.current !== pkg) return;
    if (memory.reported.has(promise)) return;
    memory.reported.add(promise);
    reportProblem(services.store, 'analysis-failed', error);
  });
}
