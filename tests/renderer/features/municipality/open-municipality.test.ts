import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../../data/db/database';
import { openNodeDatabase } from '../../../../data/db/open-node-database';
import { initialAppState } from '../../../../renderer/app/app-state';
import { createServices, type Services } from '../../../../renderer/app/services';
import { builtInIndex } from '../../../../renderer/features/municipality/built-in-geography';
import { openMunicipality } from '../../../../renderer/features/municipality/open-municipality';
import type { Platform } from '../../../../renderer/shared/platform/platform';
import { createStore } from '../../../../renderer/shared/store/store';

const ASSETS = path.resolve(__dirname, '../../../../assets/geography');
/** Reads the record the app would fetch from its own files. */
const fromAssets = (url: string) => Promise.resolve(new Uint8Array(readFileSync(path.join(ASSETS, path.basename(url.split('?')[0]!)))));

describe('opening a built-in municipality in the app', () => {
  let db: Database | null = null;
  const services = (): Services => createServices(createStore(initialAppState), {} as Platform, async () => (db ??= await openNodeDatabase()));
  afterAll(async () => db?.close());

  it('opens Aalst with its real sectors and 2024 population, no teams yet', async () => {
    const app = services();
    const aalst = builtInIndex().municipalities.find((m) => m.nis === '41002')!;
    expect(await openMunicipality(app, aalst, fromAssets)).toBe(true);
    const pkg = app.store.getState().pkg.current!;
    const base = pkg.levels.find((l) => l.level === pkg.baseLevel)!;
    expect(base.level).toBe('sector');
    expect(base.areas.features).toHaveLength(aalst.sectors);
    expect(pkg.teams).toHaveLength(0);
    const rows = await db!.query<{ total: number }>("SELECT SUM(value)::DOUBLE AS total FROM indicators WHERE indicator = 'population'");
    expect(rows[0]?.total).toBe(aalst.population);
  });

  it('keeps the open package when a record is damaged, and says so', async () => {
    const app = services();
    const kortrijk = builtInIndex().municipalities.find((m) => m.nis === '34022')!;
    expect(await openMunicipality(app, kortrijk, fromAssets)).toBe(true);
    const before = app.store.getState().pkg.current;
    const roeselare = builtInIndex().municipalities.find((m) => m.nis === '36015')!;
    expect(await openMunicipality(app, roeselare, () => Promise.resolve(new Uint8Array([1, 2, 3])))).toBe(false);
    expect(app.store.getState().pkg.current).toBe(before);
    expect(app.store.getState().notices.items.map((n) => n.code)).toContain('package-open-failed');
  });
});
