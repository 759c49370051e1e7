import type { AppState } from '../../../app/app-state';
import { chartInputParts, chartInputsOf, type ChartInputs } from './chart-inputs';
import { memoOnParts } from './chart-focus';
import { buildGapList } from './gap-list-model';
import { buildScatter } from './scatter-model';
import { buildCaseloadChart, buildTeamFteChart } from './team-chart-models';

/**
 * The charts' face: pure functions from the app state to what the charts draw (the models live in
 * team-chart-models.ts, gap-list-model.ts and scatter-model.ts; what they emphasise in chart-focus.ts).
 * Every number in a model is one the app may show: the analysis run already hides suppressed reach and
 * dossiers, and the builders keep it that way.
 */
export * from './chart-helpers';
export * from './chart-inputs';
export * from './chart-focus';
export * from './team-chart-models';
export * from './gap-list-model';
export * from './scatter-model';

/**
 * A chart model of the app state, built again only when the package, the analysis, the view's level or
 * period or the language change: a pointer move, a highlight or a click gives the very same model.
 */
function selectModel<T>(build: (inputs: ChartInputs) => T): (state: AppState) => T | null {
  return memoOnParts(chartInputParts, (state) => {
    const inputs = chartInputsOf(state);
    return inputs ? build(inputs) : null;
  });
}

export const selectTeamFteChart = selectModel(buildTeamFteChart);
export const selectCaseloadChart = selectModel(buildCaseloadChart);
export const selectGapList = selectModel((inputs) => buildGapList(inputs));
export const selectScatter = selectModel(buildScatter);
