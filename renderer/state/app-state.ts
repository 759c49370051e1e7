import { initialImportState, type ImportState } from './import-slice';
import { initialMapDataState, type MapDataState } from './map-data-slice';
import { initialPackageState, type PackageState } from './package-slice';
import { initialUiState, type UiState } from './ui-slice';
import { initialViewState, type ViewState } from './view-slice';

/** The whole app state: small slices, each changed only by its own pure updaters. */
export interface AppState {
  readonly pkg: PackageState;
  readonly view: ViewState;
  readonly ui: UiState;
  readonly mapData: MapDataState;
  readonly importer: ImportState;
}

export const initialAppState: AppState = {
  pkg: initialPackageState,
  view: initialViewState,
  ui: initialUiState,
  mapData: initialMapDataState,
  importer: initialImportState,
};

/** Lifts a slice updater to the app state: `store.update(inSlice('view', setLevel('wijk')))`. */
export function inSlice<K extends keyof AppState>(key: K, updater: (slice: AppState[K]) => AppState[K]) {
  return (state: AppState): AppState => {
    const next = updater(state[key]);
    return next === state[key] ? state : { ...state, [key]: next };
  };
}
