import { inSlice, type AppState } from '../../../app/app-state';
import { clearHighlight, selectArea, setHighlight } from '../state/selection-slice';
import { setPanel } from '../../../app/ui-slice';
import { teamAreaCodes } from './chart-selectors';

/**
 * How the charts change the shared selection (pure app-state updaters, applied with `store.update`):
 * pointing at a team highlights its areas on the map, pointing at an area highlights that area, leaving
 * clears it, choosing an area opens its details.
 */

const sameSource = (state: AppState, kind: 'team' | 'area', id: string) => state.selection.highlightSource?.kind === kind && state.selection.highlightSource.id === id;

/** Highlights a team's areas at the analysed level (unchanged state when it already is). */
export const highlightTeam = (teamId: string) => (state: AppState): AppState => {
  const run = state.analysis.run;
  if (!run || sameSource(state, 'team', teamId)) return state;
  return inSlice('selection', setHighlight({ kind: 'team', id: teamId }, teamAreaCodes(run, teamId)))(state);
};

/** Highlights one area (unchanged state when it already is). */
export const highlightArea = (code: string) => (state: AppState): AppState =>
  sameSource(state, 'area', code) ? state : inSlice('selection', setHighlight({ kind: 'area', id: code }, [code]))(state);

/** Clears what a chart highlighted. */
export const clearChartHighlight = inSlice('selection', clearHighlight);

/**
 * Selects an area and shows its details (a click on a gap row or a scatter point). The chart's highlight
 * goes: the charts are no longer on screen to take it back.
 */
export const openAreaDetail = (code: string) => (state: AppState): AppState =>
  inSlice('ui', setPanel('detail'))(inSlice('selection', (s) => selectArea(code)(clearHighlight(s)))(state));
