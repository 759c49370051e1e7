import type { Choropleth } from '../../geo/build-choropleth';
import type { ViewState } from './view-slice';

/** The computed choropleth for a view, produced by the refresh command from DuckDB. */
export interface MapDataState {
  readonly choropleth: Choropleth | null;
  /** The view the choropleth was computed for. */
  readonly view: ViewState | null;
  /** Why the choropleth is empty (e.g. the indicator cannot be summed to this level), or null. */
  readonly note: 'not-aggregable' | null;
  readonly computing: boolean;
}

export const initialMapDataState: MapDataState = { choropleth: null, view: null, note: null, computing: false };

export const startComputing = (s: MapDataState): MapDataState => ({ ...s, computing: true });
export const choroplethComputed = (view: ViewState, choropleth: Choropleth | null, note: MapDataState['note'] = null) => (s: MapDataState): MapDataState => ({
  ...s,
  choropleth,
  view,
  note,
  computing: false,
});
