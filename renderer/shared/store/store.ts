import { useCallback, useRef, useSyncExternalStore } from 'react';

/**
 * A minimal external store: state is replaced by pure updaters (`store.update(setLevel('wijk'))`), and
 * components read slices of it through selectors. No actions, no middleware; commands do the effects.
 */
export interface Store<S> {
  getState(): S;
  update(updater: (state: S) => S): void;
  subscribe(listener: () => void): () => void;
}

export function createStore<S>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    update(updater) {
      const next = updater(state);
      if (next === state) return;
      state = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * Subscribes a component to `selector(state)`; re-renders only when the selected value changes
 * (`Object.is`, or the given equality for derived objects).
 */
export function useSelector<S, T>(store: Store<S>, selector: (state: S) => T, equal: (a: T, b: T) => boolean = Object.is): T {
  const cache = useRef<{ state: S; value: T } | null>(null);
  const getSnapshot = useCallback(() => {
    const state = store.getState();
    const cached = cache.current;
    if (cached && cached.state === state) return cached.value;
    const value = selector(state);
    if (cached && equal(cached.value, value)) {
      cache.current = { state, value: cached.value };
      return cached.value;
    }
    cache.current = { state, value };
    return value;
  }, [store, selector, equal]);
  return useSyncExternalStore(store.subscribe, getSnapshot, getSnapshot);
}
