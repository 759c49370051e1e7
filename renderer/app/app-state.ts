import { initialAnalysisState, type AnalysisState } from '../features/explorer/state/analysis-slice';
import { initialAreaDetailsState, type AreaDetailsState } from '../features/explorer/state/area-details-slice';
import { initialImportState, type ImportState } from '../features/import/state/import-slice';
import { initialLayersState, type LayersState } from '../features/explorer/state/layers-slice';
import { initialMapDataState, type MapDataState } from '../features/explorer/state/map-data-slice';
import { initialPackageState, type PackageState } from './package-slice';
import { initialScenarioState, type ScenarioState } from '../features/planner/state/scenario-slice';
import { initialStoryState, type StoryState } from '../features/presenter/state/story-slice';
import { initialSelectionState, type SelectionState } from '../features/explorer/state/selection-slice';
import { initialUiState, type UiState } from './ui-slice';
import { initialViewState, type ViewState } from '../features/explorer/state/view-slice';
import { initialNoticesState, type NoticesState } from '../shared/problems';
import { initialOrganiseState, type OrganiseState } from '../features/organise/state/organise-slice';
import { initialBusyState, type BusyState } from '../shared/ui/busy';
import { initialExportProgressState, type ExportProgressState } from '../shared/export/export-progress';

/** The whole app state: small slices, each changed only by its own pure updaters. */
export interface AppState {
  readonly pkg: PackageState;
  readonly view: ViewState;
  readonly ui: UiState;
  readonly mapData: MapDataState;
  readonly analysis: AnalysisState;
  readonly selection: SelectionState;
  readonly layers: LayersState;
  readonly importer: ImportState;
  /** The detail panel's figures for the selected and pinned areas. */
  readonly details: AreaDetailsState;
  /** Planning scenarios over the package (never changing it), with undo and redo. */
  readonly scenarios: ScenarioState;
  /** The planner's own analysis run (base level, the view's period), independent of the map's level. */
  readonly plannerRun: AnalysisState;
  /** Saved views, the story they make, and presentation mode. */
  readonly story: StoryState;
  /** What the user is told went wrong, at the one notice surface (renderer/app/NoticeArea.tsx). */
  readonly notices: NoticesState;
  /** The organisation being set up (*Inrichten*: teams, areas, locations, FTE, roles), with undo. */
  readonly organise: OrganiseState;
  /** The controls whose step still runs (a level switch, a package opening…), for their busy marks. */
  readonly busy: BusyState;
  /** The export under way (story PDF, HTML, large PNG), for its progress bar and *Annuleren*. */
  readonly exportProgress: ExportProgressState;
}

export const initialAppState: AppState = {
  pkg: initialPackageState,
  view: initialViewState,
  ui: initialUiState,
  mapData: initialMapDataState,
  analysis: initialAnalysisState,
  selection: initialSelectionState,
  layers: initialLayersState,
  importer: initialImportState,
  details: initialAreaDetailsState,
  scenarios: initialScenarioState,
  plannerRun: initialAnalysisState,
  story: initialStoryState,
  notices: initialNoticesState,
  organise: initialOrganiseState,
  busy: initialBusyState,
  exportProgress: initialExportProgressState,
};

/** Lifts a slice updater to the app state: `store.update(inSlice('view', setLevel('wijk')))`. */
export function inSlice<K extends keyof AppState>(key: K, updater: (slice: AppState[K]) => AppState[K]) {
  return (state: AppState): AppState => {
    const next = updater(state[key]);
    return next === state[key] ? state : { ...state, [key]: next };
  };
}
