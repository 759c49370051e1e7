import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BUSY_DELAY_MS, busyEnded, busyShown, busyStarted, initialBusyState, untilState, withBusy, type BusyState } from '../../../../renderer/shared/ui/busy';
import { createStore } from '../../../../renderer/shared/store/store';

const newStore = () => createStore<{ busy: BusyState; other: number }>({ busy: initialBusyState, other: 1 });

/** A step the test ends by hand. */
function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('busy updaters', () => {
  it('counts overlapping steps of one control; the entry goes with the last', () => {
    let s = busyStarted('level')(busyStarted('level')(initialBusyState));
    expect(s.level).toEqual({ steps: 2, shown: false });
    s = busyShown('level')(s);
    s = busyEnded('level')(s);
    expect(s.level).toEqual({ steps: 1, shown: true });
    expect(busyEnded('level')(s)).toEqual({});
  });
  it('showing or ending a control that is not busy changes nothing', () => {
    expect(busyShown('x')(initialBusyState)).toBe(initialBusyState);
    expect(busyEnded('x')(initialBusyState)).toBe(initialBusyState);
  });
});

describe('withBusy', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('marks the control busy at once, shows the mark only after 300 ms, and clears it when the step is done', async () => {
    const store = newStore();
    const step = deferred();
    const run = withBusy(store, 'level', () => step.promise);
    expect(store.getState().busy.level).toEqual({ steps: 1, shown: false });
    await vi.advanceTimersByTimeAsync(BUSY_DELAY_MS - 1);
    expect(store.getState().busy.level?.shown).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(store.getState().busy.level?.shown).toBe(true);
    step.resolve();
    await run;
    expect(store.getState().busy).toEqual({});
    expect(store.getState().other).toBe(1);
  });

  it('a step shorter than 300 ms never shows the mark', async () => {
    const store = newStore();
    const seen: boolean[] = [];
    store.subscribe(() => seen.push(store.getState().busy.level?.shown ?? false));
    await withBusy(store, 'level', () => 42);
    await vi.advanceTimersByTimeAsync(BUSY_DELAY_MS * 2);
    expect(seen).not.toContain(true);
    expect(store.getState().busy).toEqual({});
  });

  it('clears the busy state when the step fails, and passes the failure on', async () => {
    const store = newStore();
    const step = deferred();
    const run = withBusy(store, 'open-demo', () => step.promise);
    await vi.advanceTimersByTimeAsync(BUSY_DELAY_MS);
    expect(store.getState().busy['open-demo']?.shown).toBe(true);
    step.reject(new Error('unreadable'));
    await expect(run).rejects.toThrow('unreadable');
    expect(store.getState().busy).toEqual({});
    await vi.advanceTimersByTimeAsync(BUSY_DELAY_MS);
    expect(store.getState().busy).toEqual({});
  });

  it('a control stays busy while a later step of it runs', async () => {
    const store = newStore();
    const first = deferred();
    const second = deferred();
    const a = withBusy(store, 'period', () => first.promise);
    const b = withBusy(store, 'period', () => second.promise);
    first.resolve();
    await a;
    expect(store.getState().busy.period?.steps).toBe(1);
    await vi.advanceTimersByTimeAsync(BUSY_DELAY_MS);
    expect(store.getState().busy.period?.shown).toBe(true);
    second.resolve();
    await b;
    expect(store.getState().busy).toEqual({});
  });
});

describe('untilState', () => {
  it('resolves at once when the state already holds, else on the change that makes it hold', async () => {
    const store = newStore();
    await untilState(store, (s) => s.other === 1);
    let done = false;
    const waiting = untilState(store, (s) => s.other === 3).then(() => (done = true));
    store.update((s) => ({ ...s, other: 2 }));
    await Promise.resolve();
    expect(done).toBe(false);
    store.update((s) => ({ ...s, other: 3 }));
    await waiting;
    expect(done).toBe(true);
  });
});
