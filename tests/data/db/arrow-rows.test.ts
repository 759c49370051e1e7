import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { arrowTableToRows } from '../../../data/db/arrow-rows';

type Table = Parameters<typeof arrowTableToRows>[0];

/** The conversion as it was before the chunk-by-chunk reading: one `get(row)` per cell (the reference). */
function cellByCell(table: Table): Record<string, unknown>[] {
  const fields = table.schema.fields;
  return Array.from({ length: table.numRows }, (_, r) =>
    Object.fromEntries(
      fields.map((f, c) => {
        const v = table.getChildAt(c)?.get(r);
        if (v === null || v === undefined) return [f.name, null];
        if (typeof v === 'bigint') return [f.name, Number(v)];
        if (v instanceof Date) return [f.name, v.toISOString()];
        if (v instanceof Uint32Array) return [f.name, 'decimal'];
        return [f.name, v];
      }),
    ),
  );
}

describe('arrowTableToRows', () => {
  let connection: duckdb.DuckDBConnection;
  beforeAll(async () => {
    const require = createRequire(import.meta.url);
    const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
    const bindings = await duckdb.createDuckDB(
      { mvp: { mainModule: path.join(dist, 'duckdb-mvp.wasm'), mainWorker: '' }, eh: { mainModule: path.join(dist, 'duckdb-eh.wasm'), mainWorker: '' } },
      new duckdb.VoidLogger(),
      duckdb.NODE_RUNTIME,
    );
    await bindings.instantiate();
    connection = bindings.connect();
    // 5,000 rows come in several record batches (DuckDB sends 2,048 rows per chunk): ASCII and non-ASCII
    // strings, NULLs in every column, 64-bit integers, doubles and booleans.
    connection.query(`CREATE TABLE t AS SELECT
        CASE WHEN i % 11 = 0 THEN NULL ELSE 'S' || lpad(i::VARCHAR, 6, '0') END AS code,
        CASE WHEN i % 13 = 0 THEN NULL WHEN i % 5 = 0 THEN 'Zwevegem-Moen ' || i ELSE 'Sint-Amands ' || i END AS name,
        CASE WHEN i % 7 = 0 THEN NULL ELSE i % 50 END::BIGINT AS count,
        (i % 3)::INTEGER AS withheld,
        CASE WHEN i % 17 = 0 THEN NULL ELSE i / 3.0 END::DOUBLE AS rate,
        (i % 2 = 0) AS even
      FROM range(5000) r(i)`);
    connection.query(`UPDATE t SET name = 'Ieper — Élverdinge ' || withheld WHERE count = 4`);
  });

  it('gives the same rows as reading cell by cell, over several batches, with NULLs and non-ASCII text', () => {
    const table = connection.query('SELECT * FROM t ORDER BY code NULLS FIRST, name') as unknown as Table;
    expect((table as unknown as { batches: unknown[] }).batches.length).toBeGreaterThan(1);
    const rows = arrowTableToRows(table);
    expect(rows).toEqual(cellByCell(table));
    expect(rows.some((r) => typeof r.name === 'string' && r.name.includes('É'))).toBe(true);
    expect(rows.filter((r) => r.code === null)).toHaveLength(455);
  });

  it('reads a sliced table (chunks at an offset) value by value, with the same result', () => {
    const table = connection.query('SELECT code, name, count FROM t') as unknown as { slice(begin: number, end: number): Table };
    const sliced = table.slice(1000, 3100);
    expect(arrowTableToRows(sliced)).toEqual(cellByCell(sliced));
    expect(arrowTableToRows(sliced)[0]).toMatchObject({ code: 'S001000' });
  });

  it('reads integers of every width (64-bit beyond 2^32, negative, beyond 2^53) and floats as cell-by-cell reading does', () => {
    const table = connection.query(`SELECT i::TINYINT AS a, (i * 300)::SMALLINT AS b, (i * -70000)::INTEGER AS c, (i * 5000000000 - 7)::BIGINT AS d,
        CASE WHEN i % 3 = 0 THEN NULL ELSE (i - 50) * 9007199254740 END::BIGINT AS e, ((i - 50) * 123456789012345678)::BIGINT AS f,
        (i * 4000000000)::UBIGINT AS g, (i * 40000)::UINTEGER AS h, (i / 7.0)::FLOAT AS x, CASE WHEN i % 4 = 0 THEN NULL ELSE i / 3.0 END::DOUBLE AS y
      FROM range(100) r(i)`) as unknown as Table;
    const rows = arrowTableToRows(table);
    expect(rows).toEqual(cellByCell(table));
    expect(rows[98]).toMatchObject({ c: -6860000, d: 489999999993, e: 48 * 9007199254740, f: Number(48n * 123456789012345678n), g: 392000000000 });
    expect(rows[2]).toMatchObject({ e: -48 * 9007199254740, f: Number(-48n * 123456789012345678n) });
    expect(rows[3]).toMatchObject({ e: null, y: 1 });
  });

  it('gives dates as epoch milliseconds (as Arrow does) and decimals as numbers', () => {
    const table = connection.query(`SELECT DATE '2024-03-01' AS d, 12.345::DECIMAL(10, 3) AS x, NULL::VARCHAR AS s`) as unknown as Table;
    expect(arrowTableToRows(table)).toEqual([{ d: Date.UTC(2024, 2, 1), x: 12.345, s: null }]);
  });
});
