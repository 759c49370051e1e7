import { inSlice } from '../../../app/app-state';
import { clearProblems, reportProblem } from '../../../shared/problems';
import { defineSessionSlot } from '../../../shared/session-memory';
import { colouringComputed, startComputing } from '../state/map-data-slice';
import { computeColouring } from './compute-colouring';
import { requestAnalysis } from './refresh-analysis';
import type { Services } from '../../../app/services';

/** The number of the latest colouring request of the session: an older one's result is dropped. */
const mapRequests = defineSessionSlot('map requests', () => ({ generation: 0 }));

/**
 * Computes the colouring of the current view (see `computeColouring`) and puts it in the store. Results of
 * an older request that finish after a newer one are dropped, so the map always ends on the latest view.
 * Not called by controls: the map follows the state by itself (`followViewWithMap` in map-follows-view.ts).
 * A failure is reported ('map-compute-failed'); the promise does not reject.
 */
export async function refreshMap(services: Services): Promise<void> {
  const { store } = services;
  const { pkg, view } = store.getState();
  const current = pkg.current;
  if (!current) return;
  const requests = mapRequests(services.memory);
  const mine = ++requests.generation;
  store.update(inSlice('mapData', startComputing));
  try {
    const result = await services.withDatabase('read', (db) => computeColouring(services, db, current, view));
    if (mine !== requests.generation) return;
    performance.mark('wijkzicht:colouring-ready'); // for `npm run bench`: data and classes done, map next
    store.update(inSlice('mapData', colouringComputed(view, result.colouring, result.note)));
    clearProblems(store, 'map-compute-failed');
    // The charts and panels use the analysis of the shown level; start it if the map did not need it.
    requestAnalysis(services, view.level, view.period);
  } catch (error) {
    if (mine !== requests.generation) return;
    store.update(inSlice('mapData', colouringComputed(view, null)));
    reportProblem(store, 'map-compute-failed', error);
  }
}
