import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../../../data/db/database';
import { openNodeDatabase } from '../../../../../data/db/open-node-database';
import { packageFilesToZip, readImportInputs, type InputFile } from '../../../../../data/import';
import { organisationOf } from '../../../../../data/organisation';
import { createMemorySource } from '../../../../../data/package';
import { initialAppState, inSlice } from '../../../../../renderer/app/app-state';
import { openPackage } from '../../../../../renderer/app/open-package';
import { createServices, type Services } from '../../../../../renderer/app/services';
import { buildImportReport, chosenFile, openImportedPackage } from '../../../../../renderer/features/import/commands/import-commands';
import { loadGeography, municipalityOfferOf, previewOntoMunicipality } from '../../../../../renderer/features/import/commands/onto-municipality';
import { chooseOnto, inputsRead, offerMunicipality, openImport } from '../../../../../renderer/features/import/state/import-slice';
import { applyOrganisation, ensureOrganising } from '../../../../../renderer/features/organise/commands/organise-commands';
import { addCentre, addTeam, assignAreas, setFte, setRole } from '../../../../../renderer/features/organise/state/organise-edits';
import { edit } from '../../../../../renderer/features/organise/state/organise-slice';
import type { Platform } from '../../../../../renderer/shared/platform/platform';
import { createStore } from '../../../../../renderer/shared/store/store';
import { builtIn, builtInFiles } from '../../../../data/organisation/helpers';
import { PROJECT_ROOT } from '../../../../helpers/shared-data';

const NIS = '36015';
const roeselare = builtIn(NIS);
const csv = (name: string, lines: readonly string[]): InputFile => ({ name, bytes: new TextEncoder().encode(`\ufeff${lines.join('\r\n')}\r\n`) });
const sectorCsv = () => csv('cijfers.csv', ['Sector;Jaar;Armoede;Dossiers', ...roeselare.sectors.map((s, i) => `${s.code};2024;${20 + i};${5 + (i % 7)}`)]);
const wijkCsv = () => csv('wijken.csv', ['Wijk;Jaar;Armoede;Cliënten', ...roeselare.wijken.map((w, i) => `${w.code};2024;${200 + i},0;${50 + i}`)]);

describe('import commands onto a built-in municipality', () => {
  let db: Database | null = null;
  afterAll(async () => db?.close());
  const services = (): Services => createServices(createStore(initialAppState), { saveFile: async (name: string) => name, saveFolder: null } as unknown as Platform, async () => (db ??= await openNodeDatabase()));
  const change = (app: Services, e: Parameters<typeof edit>[0]) => app.store.update(inSlice('organise', edit(e)));
  /** Opens the wizard on the open package and takes these files as read (the worker is the browser's). */
  async function readAs(app: Services, files: InputFile[]) {
    app.store.update(inSlice('importer', openImport));
    app.store.update(inSlice('importer', offerMunicipality(municipalityOfferOf(app.store.getState().pkg.current))));
    // The record the build serves, read from the repository (the app fetches it from its own origin).
    const fetched: string[] = [];
    const fetchBytes = async (url: string) => (fetched.push(url), new Uint8Array(readFileSync(path.join(PROJECT_ROOT, 'assets', 'geography', `${NIS}.json.gz`))));
    const geography = await loadGeography(app.store.getState().importer.onto!, fetchBytes);
    expect(fetched).toEqual([expect.stringContaining(`${NIS}.json.gz`)]);
    app.store.update(inSlice('importer', inputsRead(await readImportInputs(files), geography)));
  }

  it('offers only a package that is a built-in municipality', async () => {
    const app = services();
    expect(await openPackage(app, 'Roeselare', () => createMemorySource('Roeselare', builtInFiles(NIS)))).toBe(true);
    expect(municipalityOfferOf(app.store.getState().pkg.current)).toEqual({ nis: NIS, name: 'Roeselare' });
    expect(municipalityOfferOf(null)).toBeNull();
    const files = builtInFiles(NIS);
    const descriptor = JSON.parse(files.get('datapackage.json')!) as Record<string, unknown>;
    files.set('datapackage.json', JSON.stringify({ ...descriptor, municipality: { nis5: '99999', name: 'Nergens' } }));
    expect(await openPackage(app, 'Nergens', () => createMemorySource('Nergens', files))).toBe(true);
    expect(municipalityOfferOf(app.store.getState().pkg.current)).toBeNull();
  });

  it('matches sector figures to the built-in sectors, reports them, and opens the package with population as denominator', async () => {
    const app = services();
    expect(await openPackage(app, 'Roeselare', () => createMemorySource('Roeselare', builtInFiles(NIS)))).toBe(true);
    await readAs(app, [csv('cijfers.csv', ['Sector;Jaar;Armoede;Dossiers', ...roeselare.sectors.slice(1).map((s, i) => `${s.code};2024;${20 + i};${5 + (i % 7)}`), '36015ZZZZ;2024;3;1'])]);
    await previewOntoMunicipality(app);
    const preview = app.store.getState().importer.preview!;
    expect(preview.outcome.report.indicators.map((d) => [d.id, d.kind, d.denominator])).toEqual([
      ['armoede', 'count', 'population'],
      ['dossiers', 'count', 'population'],
    ]);
    await buildImportReport(app);
    const { outcome, carried, step } = app.store.getState().importer;
    expect(step).toBe('report');
    expect(outcome?.ok).toBe(true);
    expect(outcome?.report.matching).toMatchObject({ matchedCodes: roeselare.sectors.length - 1, unmatchedInTableCount: 1, unmatchedAreas: [roeselare.sectors[0]!.code] });
    expect(outcome?.report.matching?.unmatchedInTable[0]).toMatchObject({ code: '36015ZZZZ', rows: expect.arrayContaining([roeselare.sectors.length + 1]) });
    expect(carried).toBeNull();
    await openImportedPackage(app);
    const pkg = app.store.getState().pkg.current!;
    expect(app.store.getState().importer.open).toBe(false);
    expect(pkg.baseLevel).toBe('sector');
    expect(pkg.definitions.find((d) => d.id === 'armoede')).toMatchObject({ kind: 'count', denominator: 'population' });
    expect(pkg.descriptor.municipality?.nis5).toBe(NIS);
  });

  it('carries the organisation set up in Inrichten into the package built from new figures', async () => {
    const app = services();
    expect(await openPackage(app, 'Roeselare', () => createMemorySource('Roeselare', builtInFiles(NIS)))).toBe(true);
    await readAs(app, [sectorCsv()]);
    await buildImportReport(app);
    await openImportedPackage(app);
    ensureOrganising(app);
    const sectors = roeselare.sectors.map((s) => s.code);
    change(app, addTeam('Noord', '#0072b2'));
    change(app, addTeam('Zuid', '#e69f00'));
    change(app, assignAreas(sectors, 'noord'));
    // One sector of the first wijk in another team: that wijk is split between two teams.
    const split = roeselare.wijken[0]!.code;
    const oneSector = roeselare.sectors.find((s) => s.wijk === split)!.code;
    const southWijk = roeselare.wijken[1]!.code;
    change(app, assignAreas(roeselare.sectors.filter((s) => s.wijk === southWijk).map((s) => s.code), 'zuid'));
    change(app, assignAreas([oneSector], 'zuid'));
    change(app, addCentre({ name: 'Sociaal Huis', teamId: 'noord', lon: 3.124, lat: 50.9465 }));
    change(app, setFte('noord', 'maatschappelijk_werker', 2024, 6.5));
    change(app, setFte('zuid', 'maatschappelijk_werker', 2024, 4));
    change(app, setRole('need', 'armoede'));
    change(app, setRole('caseload', 'dossiers'));
    expect(await applyOrganisation(app)).toBe(true);
    const before = organisationOf(app.store.getState().pkg.current!);

    // Same level (sectors): all of it carried, roles whose indicator is still there.
    await readAs(app, [csv('cijfers-2025.csv', ['Sector;Jaar;Armoede', ...roeselare.sectors.map((s, i) => `${s.code};2025;${30 + i}`)])]);
    await buildImportReport(app);
    expect(app.store.getState().importer.carried).toEqual({ teams: 2, areas: sectors.length, centres: 1, fteRows: 2, split: [], roles: ['need'] });
    await openImportedPackage(app);
    const after = organisationOf(app.store.getState().pkg.current!);
    expect(after.teams).toEqual(before.teams);
    expect(after.territory).toEqual(before.territory);
    expect(after.centres).toEqual(before.centres);
    expect(after.fte).toEqual(before.fte);
    expect(after.roles.need).toBe('armoede');
    expect(after.roles.caseload).toBeUndefined();

    // Wijk figures: a wijk whose sectors are in one team gets that team; the split wijk is listed and left out.
    await readAs(app, [wijkCsv()]);
    await buildImportReport(app);
    const { outcome, carried } = app.store.getState().importer;
    expect(outcome?.ok).toBe(true);
    expect(carried).toMatchObject({ teams: 2, areas: roeselare.wijken.length - 1, split: [split] });
    await openImportedPackage(app);
    const wijkPkg = app.store.getState().pkg.current!;
    expect(wijkPkg.baseLevel).toBe('wijk');
    const atWijk = organisationOf(wijkPkg);
    expect(atWijk.territory.get(southWijk)).toBe('zuid');
    expect(atWijk.territory.has(split)).toBe(false);
    expect(atWijk.fte).toEqual(before.fte);
  });

  it('carries nothing onto boundary files of the user’s own, and sorts a .zip by what it holds', async () => {
    const app = services();
    expect(await openPackage(app, 'Roeselare', () => createMemorySource('Roeselare', builtInFiles(NIS)))).toBe(true);
    app.store.update(inSlice('importer', openImport));
    app.store.update(inSlice('importer', offerMunicipality(municipalityOfferOf(app.store.getState().pkg.current))));
    app.store.update(inSlice('importer', chooseOnto(false)));
    expect(app.store.getState().importer.onto).toBeNull();
    const zipped = (files: Map<string, string>) => ({ name: 'pakket.zip', bytes: packageFilesToZip(files) });
    expect(chosenFile(zipped(new Map([['cijfers.csv', 'a;b\r\n1;2\r\n']]))).kind).toBe('table');
    expect(chosenFile(zipped(new Map([['wijken.geojson', '{}']]))).kind).toBe('boundary');
    expect(chosenFile(zipped(new Map([['leesmij.md', 'x']]))).kind).toBe('other');
    expect(chosenFile(sectorCsv())).toEqual(sectorCsv());
  });
});
