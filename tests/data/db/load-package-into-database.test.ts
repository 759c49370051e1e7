import { describe, expect, it } from 'vitest';
import type { Database } from '../../../data/db/database';
import { openNodeDatabase } from '../../../data/db/open-node-database';
import { loadPackageIntoDatabase } from '../../../data/db/load-package-into-database';
import { readPackage } from '../../../data/package/read-package';
import { createMemorySource } from '../../../data/package/sources/memory-source';
import { demoFiles } from '../../helpers/package-copies';

describe('loadPackageIntoDatabase', () => {
  it('leaves the previous package untouched when loading the next one fails halfway', async () => {
    const db = await openNodeDatabase();
    try {
      const first = (await readPackage(createMemorySource('demo', demoFiles()))).pkg!;
      await loadPackageIntoDatabase(db, first);
      const before = await db.query('SELECT count(*) AS n, sum(value) AS s FROM indicators');
      // A database that fails on the 5th table of the next load.
      let calls = 0;
      const failing: Database = {
        ...db,
        engine: db.engine,
        query: (sql, params) => db.query(sql, params),
        exec: (sql) => db.exec(sql),
        close: () => db.close(),
        replaceTable: async (name, columns) => {
          if (++calls === 5) throw new Error('disk full (simulated)');
          return db.replaceTable(name, columns);
        },
      };
      const files = demoFiles();
      files.set('indicators.csv', files.get('indicators.csv')!.replace(/\n[^\n]+\n$/, '\n'));
      const second = (await readPackage(createMemorySource('demo2', files))).pkg!;
      await expect(loadPackageIntoDatabase(failing, second)).rejects.toThrow(/simulated/);
      expect(await db.query('SELECT count(*) AS n, sum(value) AS s FROM indicators')).toEqual(before);
    } finally {
      await db.close();
    }
  });
});
