/**
 * The export under way, for the progress bar with its *Annuleren*: what is being made, how far it is, since
 * when, and whether the user asked to stop it. One export at a time. A slice with pure updaters; the work
 * itself and its abort controller are in `runCancellableExport` (cancellable-export.ts).
 */

export interface ExportTask {
  /** Tells this export from the one before (a late step of a cancelled export changes nothing). */
  readonly id: number;
  /** What is being made, in the user's words (e.g. `PDF`, `PNG 4×`). */
  readonly what: string;
  /** Steps done and in all (0 of 0 before the first step is known). */
  readonly done: number;
  readonly total: number;
  /** When it started (ms since the epoch): the bar shows once it has run a second. */
  readonly startedAt: number;
  /** The user pressed *Annuleren*: the work stops at its next step. */
  readonly cancelling: boolean;
}

export interface ExportProgressState {
  readonly task: ExportTask | null;
  /** The id the next export gets. */
  readonly nextId: number;
}

export const initialExportProgressState: ExportProgressState = { task: null, nextId: 1 };

/** An export shows its progress bar after running this long. */
export const SHOW_PROGRESS_AFTER_MS = 1000;

/**
 * An export starts (replacing any finished one's record).
 *
 * @example
 * exportStarted('PDF', 0)(initialExportProgressState).task // { id: 1, what: 'PDF', done: 0, total: 0, startedAt: 0, cancelling: false }
 */
export const exportStarted = (what: string, startedAt: number) => (s: ExportProgressState): ExportProgressState => ({
  task: { id: s.nextId, what, done: 0, total: 0, startedAt, cancelling: false },
  nextId: s.nextId + 1,
});

/** Export `id` has done `done` of `total` steps (ignored when another export is under way or it was cancelled). */
export const exportAdvanced = (id: number, done: number, total: number) => (s: ExportProgressState): ExportProgressState => {
  if (s.task?.id !== id || s.task.cancelling) return s;
  if (!(Number.isInteger(done) && Number.isInteger(total) && done >= 0 && total >= done)) throw new RangeError(`progress must be 0 ≤ done ≤ total, got ${done} of ${total}`);
  return s.task.done === done && s.task.total === total ? s : { ...s, task: { ...s.task, done, total } };
};

/** The user asked to stop export `id`. */
export const exportCancelling = (id: number) => (s: ExportProgressState): ExportProgressState =>
  s.task?.id !== id || s.task.cancelling ? s : { ...s, task: { ...s.task, cancelling: true } };

/** Export `id` ended (done, failed or cancelled): no bar. */
export const exportEnded = (id: number) => (s: ExportProgressState): ExportProgressState => (s.task?.id !== id ? s : { ...s, task: null });

/**
 * Whether the progress bar shows at time `now`: an export has run for a second or more.
 *
 * @example
 * progressShown({ id: 1, what: 'PDF', done: 1, total: 5, startedAt: 0, cancelling: false }, 1500) // true
 */
export function progressShown(task: ExportTask | null, now: number): boolean {
  return task !== null && now - task.startedAt >= SHOW_PROGRESS_AFTER_MS;
}

/**
 * How far an export is, from 0 to 1 (0 before its steps are known).
 *
 * @example
 * progressShare({ id: 1, what: 'PDF', done: 2, total: 5, startedAt: 0, cancelling: false }) // 0.4
 */
export function progressShare(task: ExportTask): number {
  return task.total === 0 ? 0 : task.done / task.total;
}
