import type { Database } from '../../data/db';
import type { Platform } from '../shared/platform/platform';
import type { AppState } from './app-state';
import type { Store } from '../shared/store/store';
import { createSessionMemory, type SessionMemory } from '../shared/session-memory';

/**
 * What commands need: the store, the platform, the (lazily started) database, and the session's memory of
 * commands (caches, counters and requests in flight that are not app state; see `defineSessionSlot`).
 * Nothing of that lives in module variables, so two apps (or two tests) never share it.
 */
export interface Services {
  readonly store: Store<AppState>;
  readonly platform: Platform;
  database(): Promise<Database>;
  readonly memory: SessionMemory;
}

/**
 * Starts DuckDB-WASM at most once, on first use. A failed start is not cached, so "try again" works.
 */
export function createServices(store: Store<AppState>, platform: Platform, open: () => Promise<Database>): Services {
  let pending: Promise<Database> | null = null;
  return {
    store,
    platform,
    database() {
      pending ??= open().catch((error: unknown) => {
        pending = null;
        throw error;
      });
      return pending;
    },
    memory: createSessionMemory(),
  };
}
