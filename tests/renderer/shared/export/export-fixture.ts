import type { AnalysisRun } from '../../../../data/analysis/run-analysis';
import type { Database } from '../../../../data/db/database';
import type { LoadedPackage } from '../../../../data/package/model';
import { inSlice, type AppState } from '../../../../renderer/app/app-state';
import { createServices } from '../../../../renderer/app/services';
import { computeColouring } from '../../../../renderer/features/explorer/commands/compute-colouring';
import { colouringComputed } from '../../../../renderer/features/explorer/state/map-data-slice';
import type { ViewState } from '../../../../renderer/features/explorer/state/view-slice';
import type { Platform } from '../../../../renderer/shared/platform/platform';
import { createStore } from '../../../../renderer/shared/store/store';
import { stateWith } from '../../features/explorer/charts/demo-fixture';

export { analyse, openDemo } from '../../features/explorer/charts/demo-fixture';

/**
 * The Demostad app state with the map coloured for `change` of the view (computed by the app's own
 * colouring command, as the map would show it), in `language`.
 */
export async function colouredState(
  db: Database,
  pkg: LoadedPackage,
  run: AnalysisRun,
  options: { level: string; language?: 'nl' | 'en'; change: (view: ViewState) => ViewState },
): Promise<AppState> {
  const base = stateWith(pkg, run, { level: options.level, language: options.language ?? 'nl' });
  const state = inSlice('view', options.change)(base);
  const services = createServices(createStore(state), {} as Platform, () => Promise.resolve(db));
  const { colouring, note } = await computeColouring(services, db, pkg, state.view);
  return inSlice('mapData', colouringComputed(state.view, colouring, note))(services.store.getState());
}
