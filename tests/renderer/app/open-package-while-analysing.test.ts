import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../data/db';
import { openNodeDatabase } from '../../../data/db/open-node-database';
import { initialAppState } from '../../../renderer/app/app-state';
import { openDemo } from '../../../renderer/app/open-package';
import { createServices } from '../../../renderer/app/services';
import { ensureAnalysis, requestAnalysis } from '../../../renderer/features/explorer/commands/refresh-analysis';
import { builtInIndex } from '../../../renderer/features/municipality/built-in-geography';
import { openMunicipality } from '../../../renderer/features/municipality/open-municipality';
import type { Platform } from '../../../renderer/shared/platform/platform';
import { createStore } from '../../../renderer/shared/store/store';

const ASSETS = path.resolve(__dirname, '../../../assets/geography');
/** DuckDB as slow as it is in a browser worker under load: every statement waits a few milliseconds first. */
function slowed(db: Database): Database {
  const wait = () => new Promise<void>((resolve) => setTimeout(resolve, 3));
  return {
    engine: db.engine,
    query: async (sql, params) => (await wait(), db.query(sql, params)),
    exec: async (sql) => (await wait(), db.exec(sql)),
    replaceTable: async (table, columns) => (await wait(), db.replaceTable(table, columns)),
    close: () => db.close(),
  };
}
const fromAssets = (url: string) => Promise.resolve(new Uint8Array(readFileSync(path.join(ASSETS, path.basename(url.split('?')[0]!)))));

/**
 * What broke (CI, e2e any-municipality): the analysis of the package that was open (Demostad) was still
 * running when another package (Mechelen) replaced the database's tables; its queries read the new
 * package's tables, it failed with "Need-weighted population is zero: no team has population", and the
 * user got an 'analysis-failed' notice about a package they had just closed.
 */
describe('opening a package while the open one is being analysed', () => {
  let db: Database | null = null;
  afterAll(async () => db?.close());

  it('finishes the old run on its own tables, tells the user nothing, and never hands it to the new package', async () => {
    const app = createServices(createStore(initialAppState), {} as Platform, async () => slowed((db ??= await openNodeDatabase())));
    expect(await openDemo(app)).toBe(true);
    const demostad = app.store.getState().pkg.current!;
    const { level, period } = app.store.getState().view;
    const demoRun = ensureAnalysis(app, level, period);
    requestAnalysis(app, level, period);
    const aalst = builtInIndex().municipalities.find((m) => m.nis === '41002')!;
    const opened = openMunicipality(app, aalst, fromAssets);

    const run = await demoRun;
    expect(run).not.toBeNull();
    const demoCodes = new Set(demostad.levels.find((l) => l.level === level)!.areas.features.map((f) => f.properties.code));
    expect(run!.result.areas.length).toBe(demoCodes.size);
    for (const area of run!.input.areas) expect(demoCodes.has(area.code)).toBe(true);
    expect(run!.result.totals.population).toBeGreaterThan(0);

    expect(await opened).toBe(true);
    expect(app.store.getState().pkg.current).not.toBe(demostad);
    // Aalst has no locations yet: its own answer is "nothing to analyse", not Demostad's run.
    const { level: aalstLevel, period: aalstPeriod } = app.store.getState().view;
    expect(await ensureAnalysis(app, aalstLevel, aalstPeriod)).toBeNull();
    expect(app.store.getState().notices.items.map((n) => n.code)).not.toContain('analysis-failed');
  });
});
