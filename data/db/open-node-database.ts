import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Database, Row, SqlValue, TableColumn } from './database';
import { quoteIdentifier } from './quote-identifier';
import { arrowTableToRows, columnsToArrowIpc } from './arrow-rows';

const require = createRequire(import.meta.url);

/**
 * Opens an in-memory DuckDB-WASM database in Node with the *blocking* bundle (no worker threads), for the
 * CLI, the tests and the benchmark. Extension autoloading is switched off so that a query needing an
 * extension fails with a clear error instead of hanging on a download that cannot happen offline.
 *
 * @example
 * const db = await openNodeDatabase();
 * const rows = await db.query('SELECT 42 AS answer'); // [{ answer: 42 }]
 */
export async function openNodeDatabase(): Promise<Database> {
  const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
  const bindings = await duckdb.createDuckDB(
    {
      mvp: { mainModule: path.join(dist, 'duckdb-mvp.wasm'), mainWorker: path.join(dist, 'duckdb-node-mvp.worker.cjs') },
      eh: { mainModule: path.join(dist, 'duckdb-eh.wasm'), mainWorker: path.join(dist, 'duckdb-node-eh.worker.cjs') },
    },
    new duckdb.VoidLogger(),
    duckdb.NODE_RUNTIME,
  );
  await bindings.instantiate();
  const connection = bindings.connect();
  connection.query('SET autoload_known_extensions=false');
  connection.query('SET autoinstall_known_extensions=false');
  const version = arrowTableToRows<{ v: string }>(connection.query('SELECT version() AS v'))[0]?.v ?? '?';
  let closed = false;

  const ensureOpen = () => {
    if (closed) throw new Error('The database is closed');
  };

  return {
    engine: `DuckDB-WASM ${duckdb.PACKAGE_VERSION} (node blocking) / DuckDB ${version}`,
    async query<R extends Row>(sql: string, params: readonly SqlValue[] = []): Promise<R[]> {
      ensureOpen();
      if (params.length === 0) return arrowTableToRows<R>(connection.query(sql));
      const statement = connection.prepare(sql);
      try {
        return arrowTableToRows<R>(statement.query(...params));
      } finally {
        statement.close();
      }
    },
    async exec(sql: string): Promise<void> {
      ensureOpen();
      connection.query(sql);
    },
    async replaceTable(table: string, columns: readonly TableColumn[]): Promise<void> {
      ensureOpen();
      const ipc = columnsToArrowIpc(table, columns);
      connection.query(`DROP TABLE IF EXISTS ${quoteIdentifier(table)}`);
      connection.insertArrowFromIPCStream(ipc, { name: table, create: true });
    },
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      connection.close();
      await bindings.reset();
    },
  };
}
