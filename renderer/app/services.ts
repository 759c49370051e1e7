import type { Database } from '../../data/db';
import type { Platform } from '../shared/platform/platform';
import type { AppState } from './app-state';
import type { Store } from '../shared/store/store';

/** What commands need: the store, the platform and the (lazily started) database. */
export interface Services {
  readonly store: Store<AppState>;
  readonly platform: Platform;
  database(): Promise<Database>;
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
  };
}
