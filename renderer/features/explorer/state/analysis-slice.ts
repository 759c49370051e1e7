import type { AnalysisRun } from '../../../../data/analysis';

/** The analysis engine's last run for a level and period (need, reach, gaps, accessibility, FTE). */
export interface AnalysisState {
  /** `level|period` of `run`. */
  readonly key: string | null;
  readonly run: AnalysisRun | null;
  readonly computing: boolean;
  /** The `level|period` whose last run failed and why (the panels show it with a retry), or null. */
  readonly error: { readonly key: string; readonly message: string } | null;
}

export const initialAnalysisState: AnalysisState = { key: null, run: null, computing: false, error: null };

export const analysisStarted = (s: AnalysisState): AnalysisState => ({ ...s, computing: true, error: null });
export const analysisDone = (key: string, run: AnalysisRun | null) => (_s: AnalysisState): AnalysisState => ({ key, run, computing: false, error: null });
/** The run failed: no longer computing, the previous run stays (it is labelled by its own key). */
export const analysisFailed = (key: string, message: string) => (s: AnalysisState): AnalysisState => ({ ...s, computing: false, error: { key, message } });
export const analysisCleared = (_s: AnalysisState): AnalysisState => initialAnalysisState;
