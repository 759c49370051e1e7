import { afterAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../data/db';
import { openNodeDatabase } from '../../../data/db/open-node-database';
import { createMemorySource } from '../../../data/package/sources/memory-source';
import { initialAppState } from '../../../renderer/app/app-state';
import { openPackage } from '../../../renderer/app/open-package';
import { createServices } from '../../../renderer/app/services';
import type { Platform } from '../../../renderer/shared/platform/platform';
import { createStore } from '../../../renderer/shared/store/store';
import { demoFiles } from '../../helpers/package-copies';

/** A database whose start waits until `release` is called, as DuckDB-WASM does in a busy browser. */
function heldDatabase(): { open: () => Promise<Database>; release: () => void; opened: Database[] } {
  let release = () => {};
  const started = new Promise<void>((resolve) => (release = resolve));
  const opened: Database[] = [];
  return {
    open: async () => {
      await started;
      const db = await openNodeDatabase();
      opened.push(db);
      return db;
    },
    release: () => release(),
    opened,
  };
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
};

describe('opening the first package: map first, numbers next', () => {
  const databases: Database[] = [];
  afterAll(async () => {
    for (const db of databases) await db.close();
  });

  it('hands the map the areas of the first view before the database is started, then opens the package', async () => {
    const held = heldDatabase();
    const app = createServices(createStore(initialAppState), {} as Platform, held.open);
    const opened = openPackage(app, 'demo', () => createMemorySource('demo', demoFiles()));
    await until(() => app.store.getState().pkg.early !== null);
    const { pkg } = app.store.getState();
    expect(held.opened).toHaveLength(0);
    expect(pkg.current).toBeNull();
    expect(pkg.early?.level).toBe('wijk');
    const early = pkg.early!.pkg;

    held.release();
    expect(await opened).toBe(true);
    databases.push(...held.opened);
    const after = app.store.getState();
    // The very package the map drew is the one opened (so the map does not load its areas again).
    expect(after.pkg.current).toBe(early);
    expect(after.pkg.early).toBeNull();
    expect(after.view.level).toBe('wijk');
  });

  it('never draws a second package early over the open one', async () => {
    const held = heldDatabase();
    held.release();
    const app = createServices(createStore(initialAppState), {} as Platform, held.open);
    expect(await openPackage(app, 'demo', () => createMemorySource('demo', demoFiles()))).toBe(true);
    databases.push(...held.opened);
    const first = app.store.getState().pkg.current;
    const seen: unknown[] = [];
    const unsubscribe = app.store.subscribe(() => seen.push(app.store.getState().pkg.early));
    expect(await openPackage(app, 'demo again', () => createMemorySource('demo again', demoFiles()))).toBe(true);
    unsubscribe();
    expect(seen.every((e) => e === null)).toBe(true);
    expect(app.store.getState().pkg.current).not.toBe(first);
  });

  it('drops the early areas when the database cannot start', async () => {
    const app = createServices(createStore(initialAppState), {} as Platform, () => Promise.reject(new Error('no wasm')));
    expect(await openPackage(app, 'demo', () => createMemorySource('demo', demoFiles()))).toBe(false);
    const { pkg, notices } = app.store.getState();
    expect(pkg.early).toBeNull();
    expect(pkg.current).toBeNull();
    expect(notices.items.map((n) => n.code)).toContain('package-open-failed');
  });
});
