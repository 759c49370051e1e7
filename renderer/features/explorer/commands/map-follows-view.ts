import type { AppState } from '../../../app/app-state';
import { reportingTo } from '../../../shared/problems';
import { defineSessionSlot } from '../../../shared/session-memory';
import { selectScenarioFte } from '../../planner/planner-model';
import { refreshMap } from './refresh-map';
import type { Services } from '../../../app/services';

/** What the colouring is computed from; the map is computed again when one of these changes. */
export function colouringInputs(state: AppState): readonly unknown[] {
  const { view } = state;
  const staffing = view.measure === 'staffing';
  const fte = staffing ? selectScenarioFte(state) : null;
  return [state.pkg.current, view, staffing ? state.ui.language : null, fte ? [...fte].join(';') : null];
}

const sameInputs = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => Object.is(x, b[i]));

/** The map's refresh in this session: the computation last started (or about to start). */
const mapFollower = defineSessionSlot('map follows view', () => ({ latest: Promise.resolve(), scheduled: false }));

/** Starts one computation of the map for the state as it will be at the end of this task's changes. */
function scheduleRefresh(services: Services): void {
  const memory = mapFollower(services.memory);
  if (memory.scheduled) return;
  memory.scheduled = true;
  memory.latest = Promise.resolve()
    .then(() => {
      memory.scheduled = false;
      return refreshMap(services);
    })
    .catch(reportingTo(services.store, 'map-compute-failed'));
}

/**
 * Keeps the map's colouring in step with the state until the returned function is called; computes it at
 * once when a package is already open. The map view runs it while it is on screen. No control asks for
 * the map: a control only updates its slice (`store.update(inSlice('view', setIndicator(id)))`).
 *
 * Why a subscription and not a `changeView(services, updater)` command that every control calls: the
 * colouring is a value derived from the state — the package, the view, and on the staffing map the
 * language (territory labels) and the planner's scenario FTE — and those change from many places (the
 * controls, the language toggle, a saved view of the story, an opened package, a planner slider). A
 * command would have to be remembered at each of them, which is how maps went stale before; a
 * subscription that compares the colouring's inputs cannot be forgotten, and a change of anything else
 * (the pointer over the map, a highlight, a panel) computes nothing.
 *
 * A burst of changes computes only the latest: changes made in one go (one event, one saved view) are
 * gathered into one computation started a microtask later, still before the frame is drawn; a computation
 * overtaken by a newer one is not waited for (the newer one starts at once), and its result is dropped by
 * `refreshMap`, so the map ends on the latest view.
 *
 * @example
 * useEffect(() => followViewWithMap(services), [services]);
 */
export function followViewWithMap(services: Services): () => void {
  const { store } = services;
  let last = colouringInputs(store.getState());
  const unsubscribe = store.subscribe(() => {
    const next = colouringInputs(store.getState());
    if (sameInputs(last, next)) return;
    last = next;
    scheduleRefresh(services);
  });
  if (store.getState().pkg.current) scheduleRefresh(services);
  return unsubscribe;
}

/**
 * Resolves once the colouring of the latest state is computed (or failed and was reported): what a
 * command awaits after changing the view when it needs the map on screen (a saved view before drawing it,
 * a package before saying it is open). Resolves at once when nothing is being computed.
 *
 * @example
 * services.store.update(inSlice('view', setIndicator('leefloon')));
 * await mapShown(services);
 */
export async function mapShown(services: Services): Promise<void> {
  const memory = mapFollower(services.memory);
  let seen: Promise<void>;
  do {
    seen = memory.latest;
    await seen;
  } while (seen !== memory.latest);
}
