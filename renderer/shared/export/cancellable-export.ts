import type { Store } from '../store/store';
import { defineSessionSlot, type SessionMemory } from '../session-memory';
import { exportAdvanced, exportCancelling, exportEnded, exportStarted, type ExportProgressState } from './export-progress';

/** Any store whose state has the export-progress slice (the app's does). */
export type StoreWithExportProgress = Store<{ readonly exportProgress: ExportProgressState }>;

/** What the work of an export gets: the signal of *Annuleren*, and where it says how far it is. */
export interface ExportControl {
  readonly signal: AbortSignal;
  /** Reports `done` of `total` steps; throws the abort when the user cancelled (so call it between steps). */
  step(done: number, total: number): void;
  /** Throws the abort when the user cancelled. */
  check(): void;
}

export type ExportOutcome<T> = { readonly cancelled: false; readonly value: T } | { readonly cancelled: true };

/** The abort controllers of the exports under way, by task id (not app state: they change nothing on screen). */
const controllersSlot = defineSessionSlot('export controllers', () => new Map<number, AbortController>());

const inProgress = (updater: (s: ExportProgressState) => ExportProgressState) => <S extends { readonly exportProgress: ExportProgressState }>(state: S): S => {
  const next = updater(state.exportProgress);
  return next === state.exportProgress ? state : { ...state, exportProgress: next };
};

/**
 * Runs an export that can take more than a second, with a progress bar and *Annuleren*: `work` reports its
 * steps through `control.step` and stops at the next one once the user cancelled (the abort is thrown
 * there); its own `finally` puts back what it changed (the map). Resolves `{ cancelled: true }` when the
 * user cancelled — also when the work finished in the meantime, so nothing is saved — else the value; a
 * failure of the work is thrown to the caller, who reports it. A new export cancels one still under way.
 *
 * @example
 * const outcome = await runCancellableExport(services.store, services.memory, 'PDF', async (control) => {
 *   for (const [i, view] of views.entries()) { control.step(i, views.length); await draw(view); }
 *   return pages;
 * });
 * if (!outcome.cancelled) print(outcome.value);
 */
export async function runCancellableExport<T>(
  store: StoreWithExportProgress,
  memory: SessionMemory,
  what: string,
  work: (control: ExportControl) => Promise<T>,
  now: () => number = Date.now,
): Promise<ExportOutcome<T>> {
  const previous = store.getState().exportProgress.task;
  if (previous) cancelExport(store, memory);
  store.update(inProgress(exportStarted(what, now())));
  const id = store.getState().exportProgress.task!.id;
  const controller = new AbortController();
  const controllers = controllersSlot(memory);
  controllers.set(id, controller);
  const check = () => controller.signal.throwIfAborted();
  const control: ExportControl = {
    signal: controller.signal,
    check,
    step: (done, total) => {
      check();
      store.update(inProgress(exportAdvanced(id, done, total)));
    },
  };
  try {
    const value = await work(control);
    return controller.signal.aborted ? { cancelled: true } : { cancelled: false, value };
  } catch (error) {
    if (controller.signal.aborted) return { cancelled: true };
    throw error;
  } finally {
    controllers.delete(id);
    store.update(inProgress(exportEnded(id)));
  }
}

/** *Annuleren*: the export under way stops at its next step (nothing when none is under way). */
export function cancelExport(store: StoreWithExportProgress, memory: SessionMemory): void {
  const task = store.getState().exportProgress.task;
  if (!task) return;
  store.update(inProgress(exportCancelling(task.id)));
  controllersSlot(memory).get(task.id)?.abort();
}
