import { hiddenCellsAt, queryAreaDetails } from '../../../../data/queries';
import type { Services } from '../../../app/services';
import { sensitivePlans } from '../commands/suppression-plans';
import { inSlice } from '../../../app/app-state';
import { reportProblem } from '../../../shared/problems';
import { codesToLoad, detailsFailed, detailsLoaded, detailsRequested } from '../state/area-details-slice';

/**
 * Loads every indicator in every period for some areas of a level (the selected and the pinned ones), with
 * the small-cell suppression plans of all sensitive indicators applied in the database: hidden counts,
 * their rates and ranks never reach the app. Areas already loaded are not asked again; a failure is reported
 * ('area-details-failed') and kept per area, where the panel offers to ask again.
 */
export async function loadAreaDetails(services: Services, request: { level: string; codes: readonly string[] }): Promise<void> {
  const pkg = services.store.getState().pkg.current;
  if (!pkg || request.codes.length === 0) return;
  const { store } = services;
  const codes = codesToLoad(store.getState().details, pkg, request.level, request.codes);
  if (codes.length === 0) return;
  store.update(inSlice('details', detailsRequested(pkg, request.level, codes)));
  try {
    const rows = await services.withDatabase('read', async (db) => {
      const hidden = hiddenCellsAt(await sensitivePlans(services.memory, db, pkg), request.level);
      return queryAreaDetails(db, { level: request.level, codes, baseLevel: pkg.baseLevel, hidden });
    });
    // The database holds one package: drop what was read if another one was opened meanwhile.
    if (services.store.getState().pkg.current !== pkg) return;
    store.update(inSlice('details', detailsLoaded(pkg, request.level, codes, rows)));
  } catch (error) {
    if (services.store.getState().pkg.current !== pkg) return;
    store.update(inSlice('details', detailsFailed(pkg, request.level, codes)));
    reportProblem(store, 'area-details-failed', error);
  }
}
