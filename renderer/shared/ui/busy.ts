import type { Store } from '../store/store';

/** A control's running steps, and whether its busy mark shows yet (after {@link BUSY_DELAY_MS}). */
export interface BusyEntry {
  readonly steps: number;
  readonly shown: boolean;
}

/** Control id → its busy entry; a control that is not busy has none. */
export type BusyState = Readonly<Record<string, BusyEntry>>;

export const initialBusyState: BusyState = {};

/** A step shorter than this shows no busy mark (it would only flicker). */
export const BUSY_DELAY_MS = 300;

/**
 * A step started from a control.
 *
 * @example
 * busyStarted('level')({}) // { level: { steps: 1, shown: false } }
 */
export const busyStarted = (id: string) => (s: BusyState): BusyState => ({ ...s, [id]: { steps: (s[id]?.steps ?? 0) + 1, shown: s[id]?.shown ?? false } });

/**
 * The step still runs after the delay: its mark shows (nothing when the control is no longer busy).
 *
 * @example
 * busyShown('level')(busyStarted('level')({})).level // { steps: 1, shown: true }
 */
export const busyShown = (id: string) => (s: BusyState): BusyState => {
  const entry = s[id];
  return !entry || entry.shown ? s : { ...s, [id]: { ...entry, shown: true } };
};

/**
 * A step ended (done or failed): the control is busy while another step of it still runs.
 *
 * @example
 * busyEnded('level')(busyStarted('level')({})) // {}
 */
export const busyEnded = (id: string) => (s: BusyState): BusyState => {
  const entry = s[id];
  if (!entry) return s;
  if (entry.steps > 1) return { ...s, [id]: { ...entry, steps: entry.steps - 1 } };
  const { [id]: _ended, ...rest } = s;
  return rest;
};

/** Any store whose state has the busy slice (the app's). */
export type StoreWithBusy = Store<{ readonly busy: BusyState }>;

const inBusy = (store: StoreWithBusy, updater: (s: BusyState) => BusyState) => store.update((state) => {
  const busy = updater(state.busy);
  return busy === state.busy ? state : { ...state, busy };
});

/**
 * Runs a step started from the control `id`, marking the control busy while it runs: `aria-busy` at once,
 * the visible mark (`<BusyMark>`) only when it takes longer than {@link BUSY_DELAY_MS}. The mark goes when
 * the step ends, done or failed (a failure is passed on to the caller, who reports it).
 *
 * @example
 * await withBusy(services.store, 'level', () => viewSettled(services));
 */
export async function withBusy<T>(store: StoreWithBusy, id: string, step: () => Promise<T> | T, delayMs = BUSY_DELAY_MS): Promise<T> {
  inBusy(store, busyStarted(id));
  const timer = setTimeout(() => inBusy(store, busyShown(id)), delayMs);
  try {
    return await step();
  } finally {
    clearTimeout(timer);
    inBusy(store, busyEnded(id));
  }
}

/**
 * Resolves once `done(state)` holds (at once when it already does): for a command that waits until the
 * app has caught up with a change, e.g. an analysis run that is no longer computing.
 *
 * @example
 * await untilState(services.store, (s) => !s.analysis.computing);
 */
export function untilState<S>(store: Store<S>, done: (state: S) => boolean): Promise<void> {
  if (done(store.getState())) return Promise.resolve();
  return new Promise((resolve) => {
    const unsubscribe = store.subscribe(() => {
      if (!done(store.getState())) return;
      unsubscribe();
      resolve();
    });
  });
}
