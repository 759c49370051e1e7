import type { AnalysisRun } from '../../data/analysis/run-analysis';

/** The analysis engine's last run for a level and period (need, reach, gaps, accessibility, FTE). */
export interface AnalysisState {
  /** `level|period` of `run`. */
  readonly key: string | null;
  readonly run: AnalysisRun | null;
  readonly computing: boolean;
}

export const initialAnalysisState: AnalysisState = { key: null, run: null, computing: false };

export const analysisStarted = (s: AnalysisState): AnalysisState => ({ ...s, computing: true });
export const analysisDone = (key: string, run: AnalysisRun | null) => (_s: AnalysisState): AnalysisState => ({ key, run, computing: false });
export const analysisCleared = (_s: AnalysisState): AnalysisState => initialAnalysisState;
