import { runAnalysis, type AnalysisRun } from '../../../../data/analysis';
import { analysisRolesOf } from '../../../../data/package';
import { inSlice } from '../../../app/app-state';
import { analysisDone, analysisFailed, analysisStarted } from '../state/analysis-slice';
import type { Services } from '../../../app/services';

let pending: { key: string; promise: Promise<AnalysisRun | null> } | null = null;

/**
 * The analysis engine's run for a level and period, computed once and kept in the store (need index,
 * reach, distances, gaps, FTE targets). Returns null when the package has nothing to analyse (no centres
 * or no persons-in-need indicator).
 */
export async function ensureAnalysis(services: Services, level: string, period: number): Promise<AnalysisRun | null> {
  const { store } = services;
  const key = `${level}|${period}`;
  const state = store.getState();
  if (state.analysis.key === key) return state.analysis.run;
  if (pending?.key === key) return pending.promise;
  const pkg = state.pkg.current;
  if (!pkg) return null;
  const roles = analysisRolesOf(pkg);
  if (pkg.centres.length === 0 || !pkg.definitions.some((d) => d.id === roles.need)) {
    store.update(inSlice('analysis', analysisDone(key, null)));
    return null;
  }
  store.update(inSlice('analysis', analysisStarted));
  const promise = (async () => {
    try {
      const db = await services.database();
      const run = await runAnalysis(db, pkg, { level, period });
      // Only keep it if the package is still the one analysed.
      if (store.getState().pkg.current === pkg) store.update(inSlice('analysis', analysisDone(key, run)));
      return run;
    } catch (error) {
      if (store.getState().pkg.current === pkg) store.update(inSlice('analysis', analysisFailed(key, error instanceof Error ? error.message : String(error))));
      throw error;
    }
  })();
  pending = { key, promise };
  try {
    return await promise;
  } finally {
    if (pending?.promise === promise) pending = null;
  }
}
