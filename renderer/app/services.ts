import { createDatabaseGate, type Database, type DatabaseAccess } from '../../data/db';
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
  /** Starts the database (once) without using it; `withDatabase` is how commands use it. */
  database(): Promise<Database>;
  /**
   * Runs `work` on the database through its gate (see `createDatabaseGate`): 'read' for queries and
   * analysis runs, which run together; 'write' for replacing the package, which runs alone, so no run
   * ever reads half of one package and half of another.
   */
  withDatabase<T>(access: DatabaseAccess, work: (db: Database) => Promise<T>): Promise<T>;
  readonly memory: SessionMemory;
}

/**
 * Starts DuckDB-WASM at most once, on first use. A failed start is not cached, so "try again" works.
 */
export function createServices(store: Store<AppState>, platform: Platform, open: () => Promise<Database>): Services {
  let pending: Promise<Database> | null = null;
  const gate = createDatabaseGate();
  const database = (): Promise<Database> => {
    pending ??= open().catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
  return {
    store,
    platform,
    database,
    async withDatabase<T>(access: DatabaseAccess, work: (db: Database) => Promise<T>): Promise<T> {
      const db = await database();
      return gate.run(access, () => work(db));
    },
    memory: createSessionMemory(),
  };
}
