import type { Problem } from '../../../data/problems';
import type { Store } from '../store/store';
import { causeOf } from './describe-error';
import { noticeAdded, noticesCleared, type NoticesState } from './notices-slice';
import type { UiProblemCode } from './ui-problem-codes';

/** Any store whose state has the notices slice (the app's does). */
export type StoreWithNotices = Store<{ readonly notices: NoticesState }>;

export interface ReportOptions {
  readonly params?: Readonly<Record<string, string | number>>;
  readonly problems?: readonly Problem[];
  readonly lines?: readonly string[];
  readonly severity?: 'error' | 'warning';
}

const withNotices = <S extends { readonly notices: NoticesState }>(updater: (n: NoticesState) => NoticesState) => (state: S): S => {
  const next = updater(state.notices);
  return next === state.notices ? state : { ...state, notices: next };
};

/**
 * The one path by which the app tells the user that something failed: `code` says what (the action), the
 * error is recognised for a cause in words (never shown as text), and the notice appears at the app's one
 * notice surface. The error itself goes to the console for developers. An abort the user asked for is no
 * problem and is not reported.
 *
 * @example
 * exportPng().catch((error: unknown) => reportProblem(services.store, 'export-failed', error, { params: { what: 'PNG' } }));
 */
export function reportProblem(store: StoreWithNotices, code: UiProblemCode, error?: unknown, options: ReportOptions = {}): void {
  const cause = error === undefined ? null : causeOf(error);
  if (error !== undefined && cause === null) return; // aborted on purpose
  if (error !== undefined) console.error(`[wijkzicht] ${code}:`, error);
  const params = { ...(error instanceof Error && 'params' in error ? (error as { params: Record<string, string | number> }).params : {}), ...options.params };
  store.update(withNotices(noticeAdded({ severity: options.severity ?? 'error', code, cause: cause === code ? null : cause, params, problems: options.problems ?? [], lines: options.lines ?? [] })));
}

/** Clears the notices of an action once it succeeds again (e.g. the map was computed). */
export function clearProblems(store: StoreWithNotices, code: UiProblemCode): void {
  store.update(withNotices(noticesCleared(code)));
}

/**
 * A catch handler for a promise the caller does not await: reports the failure instead of swallowing it.
 *
 * @example
 * void refreshMap(services).catch(reportingTo(services.store, 'map-compute-failed'));
 */
export const reportingTo = (store: StoreWithNotices, code: UiProblemCode, options?: ReportOptions) => (error: unknown): void => reportProblem(store, code, error, options);
