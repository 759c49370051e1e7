import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../data/db/database';
import { openNodeDatabase } from '../../../data/db/open-node-database';

describe('openNodeDatabase (DuckDB-WASM, node blocking bundle)', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openNodeDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  it('reports its engine version', () => {
    expect(db.engine).toMatch(/DuckDB-WASM 1\.\d+\.\d+.*DuckDB v1\./);
  });

  it('round-trips every column type with nulls, and binds parameters', async () => {
    await db.replaceTable('t', [
      { name: 'code', type: 'string', values: ['a', 'é "quoted"', null] },
      { name: 'n', type: 'integer', values: [1, null, 3] },
      { name: 'x', type: 'number', values: [1.5, 2.25, null] },
      { name: 'flag', type: 'boolean', values: [true, false, null] },
    ]);
    expect(await db.query('SELECT * FROM t ORDER BY n NULLS LAST')).toEqual([
      { code: 'a', n: 1, x: 1.5, flag: true },
      { code: null, n: 3, x: null, flag: null },
      { code: 'é "quoted"', n: null, x: 2.25, flag: false },
    ]);
    expect(await db.query('SELECT code FROM t WHERE n = ? OR code = ?', [3, 'é "quoted"'])).toHaveLength(2);
    // BIGINT and HUGEINT come back as plain numbers.
    expect(await db.query('SELECT count(*) AS n, sum(n) AS s FROM t')).toEqual([{ n: 3, s: 4 }]);
  });

  it('treats a parameter as a value, never as SQL', async () => {
    await db.replaceTable('safe', [{ name: 'v', type: 'string', values: ['x'] }]);
    expect(await db.query('SELECT count(*) AS n FROM safe WHERE v = ?', ["x' OR '1'='1"])).toEqual([{ n: 0 }]);
  });

  it('replaces a table and keeps the previous one on rollback', async () => {
    await db.replaceTable('r', [{ name: 'a', type: 'integer', values: [1, 2] }]);
    await db.exec('BEGIN TRANSACTION');
    await db.replaceTable('r', [{ name: 'a', type: 'integer', values: [7, 8, 9] }]);
    await db.exec('ROLLBACK');
    expect(await db.query('SELECT sum(a) AS s FROM r')).toEqual([{ s: 3 }]);
  });

  it('creates empty tables', async () => {
    await db.replaceTable('empty', [{ name: 'a', type: 'string', values: [] }]);
    expect(await db.query('SELECT count(*) AS n FROM empty')).toEqual([{ n: 0 }]);
  });

  it('refuses columns of unequal length', async () => {
    await expect(db.replaceTable('bad', [{ name: 'a', type: 'integer', values: [1] }, { name: 'b', type: 'integer', values: [] }])).rejects.toThrow(/column b has 0 values, expected 1/);
  });

  it('fails fast (no hang) on a query that would need an extension', async () => {
    await expect(db.query("SELECT * FROM read_json_auto('x.json')")).rejects.toThrow(/extension/i);
  });
});
