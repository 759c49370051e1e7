import type { MapColouring } from '../../../map/colouring/map-colouring';
import type { ViewState } from './view-slice';

/** The colouring computed for a view by the refresh command. */
export interface MapDataState {
  readonly colouring: MapColouring | null;
  /** The view the colouring was computed for. */
  readonly view: ViewState | null;
  /** Why the map is empty (e.g. the indicator cannot be summed to this level), or null. */
  readonly note: 'not-aggregable' | 'no-analysis' | null;
  readonly computing: boolean;
}

export const initialMapDataState: MapDataState = { colouring: null, view: null, note: null, computing: false };

export const startComputing = (s: MapDataState): MapDataState => ({ ...s, computing: true });
export const colouringComputed = (view: ViewState, colouring: MapColouring | null, note: MapDataState['note'] = null) => (s: MapDataState): MapDataState => ({
  ...s,
  colouring,
  view,
  note,
  computing: false,
});
