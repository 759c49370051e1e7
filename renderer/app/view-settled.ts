import { mapShown } from '../features/explorer/commands/map-follows-view';
import { untilState } from '../shared/ui/busy';
import type { Services } from './services';

/**
 * Resolves once the app has caught up with a change of the view: the map's colouring is computed and the
 * analysis run the charts use (started after it) is no longer computing. Never rejects: failures are
 * reported where they happen. What a control's busy mark waits for (`withBusy(store, 'level', …)`).
 *
 * @example
 * services.store.update(inSlice('view', setLevel('sector')));
 * await withBusy(services.store, 'level', () => viewSettled(services));
 */
export async function viewSettled(services: Services): Promise<void> {
  await mapShown(services);
  await untilState(services.store, (s) => !s.analysis.computing);
}
