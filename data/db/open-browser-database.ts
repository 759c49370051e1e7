/// <reference types="vite/client" />
import * as duckdb from '@duckdb/duckdb-wasm';
// Served from the app's own build (no CDN): Vite copies these files next to the bundle.
import ehWasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorkerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import type { Database, Row, SqlValue, TableColumn } from './database';
import { quoteIdentifier } from './quote-identifier';
import { arrowTableToRows, columnsToArrowIpc } from './arrow-rows';

/**
 * Opens DuckDB-WASM in the renderer. The engine runs in its own Web Worker (the EH build: Chromium and
 * Electron support WebAssembly exceptions), so queries never block the UI thread. Only the EH bundle is
 * shipped, which halves the build. Extension autoloading is off: nothing is fetched from the network.
 *
 * @example
 * const db = await openBrowserDatabase();
 * await db.query('SELECT count(*) AS n FROM indicators');
 */
export async function openBrowserDatabase(): Promise<Database> {
  const worker = new Worker(ehWorkerUrl);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  try {
    await db.instantiate(new URL(ehWasmUrl, document.baseURI).href);
  } catch (error) {
    worker.terminate();
    throw new Error(`DuckDB-WASM could not start: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const connection = await db.connect();
  // One round trip to the worker instead of three (on the start-up path: the first colours wait for it).
  const version = arrowTableToRows<{ v: string }>(await connection.query('SET autoload_known_extensions=false; SET autoinstall_known_extensions=false; SELECT version() AS v'))[0]?.v ?? '?';
  let closed = false;
  const ensureOpen = () => {
    if (closed) throw new Error('The database is closed');
  };

  return {
    engine: `DuckDB-WASM ${duckdb.PACKAGE_VERSION} (web worker) / DuckDB ${version}`,
    async query<R extends Row>(sql: string, params: readonly SqlValue[] = []): Promise<R[]> {
      ensureOpen();
      if (params.length === 0) return arrowTableToRows<R>(await connection.query(sql));
      const statement = await connection.prepare(sql);
      try {
        return arrowTableToRows<R>(await statement.query(...params));
      } finally {
        await statement.close();
      }
    },
    async exec(sql: string): Promise<void> {
      ensureOpen();
      await connection.query(sql);
    },
    async replaceTable(table: string, columns: readonly TableColumn[]): Promise<void> {
      ensureOpen();
      const ipc = columnsToArrowIpc(table, columns);
      await connection.query(`DROP TABLE IF EXISTS ${quoteIdentifier(table)}`);
      await connection.insertArrowFromIPCStream(ipc, { name: table, create: true });
    },
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      await connection.close();
      await db.terminate();
    },
  };
}
