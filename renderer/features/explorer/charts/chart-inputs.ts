import type { AnalysisRun } from '../../../../data/analysis';
import type { LoadedPackage } from '../../../../data/package';
import type { Language } from '../../../shared/i18n/i18n';
import type { AppState } from '../../../app/app-state';

/**
 * What every chart's data are built from: the package, the analysis of the shown level and period, and the
 * language. Not the pointer nor the highlight: those only emphasise elements (chart-focus.ts), so moving the
 * mouse over the map rebuilds no chart.
 */
export interface ChartInputs {
  readonly pkg: LoadedPackage;
  readonly run: AnalysisRun;
  readonly level: string;
  readonly period: number;
  readonly language: Language;
}

export type AnalysisStatus = 'no-package' | 'computing' | 'failed' | 'unavailable' | 'ready';

/** Whether the charts can be drawn: the analysis must be the one of the view's level and period. */
export function analysisStatusOf(state: AppState): AnalysisStatus {
  if (!state.pkg.current) return 'no-package';
  const wanted = `${state.view.level}|${state.view.period}`;
  if (!state.analysis.computing && state.analysis.error?.key === wanted) return 'failed';
  if (state.analysis.key !== wanted || state.analysis.computing) return 'computing';
  return state.analysis.run ? 'ready' : 'unavailable';
}

/** The inputs of the chart builders, or null while there is no analysis of the current view. */
export function chartInputsOf(state: AppState): ChartInputs | null {
  if (analysisStatusOf(state) !== 'ready') return null;
  return { pkg: state.pkg.current!, run: state.analysis.run!, level: state.view.level, period: state.view.period, language: state.ui.language };
}

/** The parts of the state `chartInputsOf` reads: a chart is built again only when one of them changes. */
export const chartInputParts = (state: AppState): readonly unknown[] => [
  state.pkg.current,
  state.analysis.run,
  state.analysis.key,
  state.analysis.computing,
  state.analysis.error,
  state.view.level,
  state.view.period,
  state.ui.language,
];
