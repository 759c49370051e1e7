import { afterAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../../data/db/database';
import { openNodeDatabase } from '../../../../data/db/open-node-database';
import { organisationOf } from '../../../../data/organisation';
import { createMemorySource, createZipSource, readPackage } from '../../../../data/package';
import { initialAppState, inSlice } from '../../../../renderer/app/app-state';
import { openPackage } from '../../../../renderer/app/open-package';
import { createServices, type Services } from '../../../../renderer/app/services';
import { applyOrganisation, ensureOrganising, importOrganisationTable, saveOrganisedPackage } from '../../../../renderer/features/organise/commands/organise-commands';
import { addCentre, addTeam, assignAreas, setFte } from '../../../../renderer/features/organise/state/organise-edits';
import { edit, isDirty, undo } from '../../../../renderer/features/organise/state/organise-slice';
import type { Platform } from '../../../../renderer/shared/platform/platform';
import { createStore } from '../../../../renderer/shared/store/store';
import { builtInFiles } from '../../../data/organisation/helpers';

describe('organise commands', () => {
  let db: Database | null = null;
  afterAll(async () => db?.close());
  const saved: { name: string; bytes: Uint8Array }[] = [];
  const services = (): Services =>
    createServices(createStore(initialAppState), { saveFile: async (name: string, bytes: Uint8Array) => (saved.push({ name, bytes }), name), saveFolder: null } as unknown as Platform, async () => (db ??= await openNodeDatabase()));
  const change = (app: Services, e: Parameters<typeof edit>[0]) => app.store.update(inSlice('organise', edit(e)));
  const csvFile = (name: string, lines: string[]) => new File([`${lines.join('\r\n')}\r\n`], name, { type: 'text/csv' });

  it('applies a set-up to a built-in municipality, reopens it with teams, FTE and locations, and saves it so it reopens identically', async () => {
    const app = services();
    expect(await openPackage(app, 'Roeselare', () => createMemorySource('Roeselare', builtInFiles('36015')))).toBe(true);
    const pkg = app.store.getState().pkg.current!;
    ensureOrganising(app);
    const sectors = pkg.levels.find((l) => l.level === 'sector')!.areas.features.map((f) => f.properties.code);
    change(app, addTeam('Noord', '#0072b2'));
    change(app, addTeam('Zuid', '#e69f00'));
    change(app, assignAreas(sectors.slice(0, 40), 'noord'));
    change(app, assignAreas(sectors.slice(40), 'zuid'));
    change(app, addCentre({ name: 'Sociaal Huis', teamId: 'noord', lon: 3.124, lat: 50.9465 }));
    change(app, setFte('noord', 'maatschappelijk_werker', 2024, 6.5));
    change(app, setFte('zuid', 'maatschappelijk_werker', 2024, 4));
    expect(isDirty(app.store.getState().organise)).toBe(true);
    expect(await applyOrganisation(app)).toBe(true);
    const applied = app.store.getState().pkg.current!;
    expect(applied).not.toBe(pkg);
    expect(applied.teams.map((t) => t.id)).toEqual(['noord', 'zuid']);
    expect(applied.levels.map((l) => l.level)).toContain('team');
    expect(isDirty(app.store.getState().organise)).toBe(false);
    expect(app.store.getState().organise.forPackage).toBe(applied);
    const fte = await db!.query<{ team_id: string; fte: number }>('SELECT team_id, fte::DOUBLE AS fte FROM team_fte ORDER BY team_id');
    expect(fte).toEqual([{ team_id: 'noord', fte: 6.5 }, { team_id: 'zuid', fte: 4 }]);

    expect(await saveOrganisedPackage(app, 'zip')).toBe('roeselare.zip');
    const reread = await readPackage(createZipSource('roeselare.zip', saved.at(-1)!.bytes));
    expect(reread.ok).toBe(true);
    const back = organisationOf(reread.pkg!);
    expect(back.teams).toEqual(app.store.getState().organise.draft.teams);
    expect(back.territory.size).toBe(sectors.length);
    expect(back.centres.map((c) => c.name)).toEqual(['Sociaal Huis']);
    // The applied edits can still be undone (and applied again).
    app.store.update(inSlice('organise', undo));
    expect(isDirty(app.store.getState().organise)).toBe(true);
  });

  it('takes in a Belgian-Excel teams table as one undoable edit, and a bad FTE table changes nothing and lists its problems', async () => {
    const app = services();
    expect(await openPackage(app, 'Roeselare', () => createMemorySource('Roeselare', builtInFiles('36015')))).toBe(true);
    const pkg = app.store.getState().pkg.current!;
    ensureOrganising(app);
    const wijken = pkg.levels.find((l) => l.level === 'wijk')!.areas.features.map((f) => f.properties.code);
    const table = csvFile('teams.csv', ['\ufeffgebiedscode;team', ...wijken.map((code, i) => `${code};${i % 2 === 0 ? 'Noord' : 'Zuid'}`)]);
    expect(await importOrganisationTable(app, 'teams', table)).toBe(true);
    const draft = app.store.getState().organise.draft;
    expect(draft.teams.map((t) => t.name)).toEqual(['Noord', 'Zuid']);
    expect(draft.territory.size).toBe(pkg.levels.find((l) => l.level === 'sector')!.areas.features.length);
    expect(app.store.getState().organise.past).toHaveLength(1);

    const before = app.store.getState().organise;
    const bad = csvFile('vte.csv', ['team;profiel;jaar;vte', 'Noord;Maatschappelijk werker;2024;6,5', 'Zuid;Maatschappelijk werker;2024;-3']);
    expect(await importOrganisationTable(app, 'fte', bad)).toBe(false);
    expect(app.store.getState().organise).toBe(before);
    const notice = app.store.getState().notices.items.at(-1)!;
    expect(notice.code).toBe('organise-import-rejected');
    expect(notice.problems[0]).toMatchObject({ severity: 'error', code: 'org-fte-invalid', file: 'vte.csv', row: 3, field: 'vte' });
  });

  it('keeps the open package when the set-up cannot be applied', async () => {
    const app = services();
    expect(await openPackage(app, 'Roeselare', () => createMemorySource('Roeselare', builtInFiles('36015')))).toBe(true);
    const pkg = app.store.getState().pkg.current!;
    ensureOrganising(app);
    change(app, addTeam('Noord', null));
    // A territory naming an area the package does not have fails validation (foreign key): nothing changes.
    change(app, (org) => ({ ...org, territory: new Map([['NOT-A-SECTOR', 'noord']]) }));
    expect(await applyOrganisation(app)).toBe(false);
    expect(app.store.getState().pkg.current).toBe(pkg);
    expect(app.store.getState().pkg.report?.blocking).toBe(true);
    expect(isDirty(app.store.getState().organise)).toBe(true);
    expect(app.store.getState().organise.busy).toBeNull();
  });
});
