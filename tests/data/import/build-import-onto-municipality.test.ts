import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeMunicipality } from '../../../data/geography';
import { buildImportOntoMunicipality } from '../../../data/import/build-import-onto-municipality';
import type { InputFile } from '../../../data/import/input-file';
import { readImportInputs } from '../../../data/import/read-import-inputs';
import { verifyImport } from '../../../data/import/run-import';
import { organisationOf } from '../../../data/organisation';
import { createMemorySource, packageText, readPackage } from '../../../data/package';
import { PROJECT_ROOT } from '../../helpers/shared-data';

const roeselare = decodeMunicipality(readFileSync(path.join(PROJECT_ROOT, 'assets', 'geography', '36015.json.gz')));
const csv = (name: string, lines: readonly string[]): InputFile => ({ name, bytes: new TextEncoder().encode(`${lines.join('\r\n')}\r\n`) });
const sectorFigures = () => csv('sectoren.csv', ['sector;jaar;leefloongerechtigden', ...roeselare.sectors.map((s, i) => `${s.code};2024;${10 + i}`)]);
const wijkFigures = () => csv('wijken.csv', ['wijk;jaar;leefloongerechtigden', ...roeselare.wijken.map((w, i) => `${w.code};2024;${20 + i}`)]);
const errors = (outcome: { problems: readonly { severity: string; code: string }[] }) => outcome.problems.filter((p) => p.severity === 'error').map((p) => p.code);

describe('buildImportOntoMunicipality', () => {
  it('puts sector figures beside the built-in residents, with population as the count’s denominator', async () => {
    const outcome = await verifyImport(await buildImportOntoMunicipality(roeselare, await readImportInputs([sectorFigures()]), {}));
    expect(errors(outcome)).toEqual([]);
    const read = await readPackage(createMemorySource('Roeselare', outcome.files!));
    expect(read.ok).toBe(true);
    const pkg = read.pkg!;
    expect(pkg.baseLevel).toBe('sector');
    expect(pkg.definitions.find((d) => d.id === 'leefloongerechtigden')).toMatchObject({ kind: 'count', denominator: 'population' });
    const ids = pkg.indicators.columns.get('indicator')!;
    expect(ids.filter((id) => id === 'population')).toHaveLength(roeselare.sectors.length);
    expect(ids.filter((id) => id === 'leefloongerechtigden')).toHaveLength(roeselare.sectors.length);
    expect(pkg.levels.map((l) => l.level)).toEqual(expect.arrayContaining(['sector', 'wijk', 'municipality']));
    expect(packageText(pkg.descriptor, 'nl')).toBe('Roeselare — ingebouwde geografie met cijfers (sectoren.csv)');
    expect(packageText(pkg.descriptor, 'en')).toBe('Roeselare — built-in geography with figures (sectoren.csv)');
    expect(packageText(pkg.descriptor, 'nl', 'description')).toMatch(/Cijfers per sector door Wijkzicht ingelezen uit sectoren\.csv\.$/);
  });

  it('lets a title of the user’s own replace the built-in title in both languages', async () => {
    const spec = { package: { title: 'Armoede Roeselare' } };
    const outcome = await verifyImport(await buildImportOntoMunicipality(roeselare, await readImportInputs([sectorFigures()]), spec));
    const pkg = (await readPackage(createMemorySource('Roeselare', outcome.files!))).pkg!;
    expect([packageText(pkg.descriptor, 'nl'), packageText(pkg.descriptor, 'en')]).toEqual(['Armoede Roeselare', 'Armoede Roeselare']);
  });

  it('keeps wijk figures at the wijken, with the residents summed per wijk', async () => {
    const outcome = await verifyImport(await buildImportOntoMunicipality(roeselare, await readImportInputs([wijkFigures()]), {}));
    expect(errors(outcome)).toEqual([]);
    const pkg = (await readPackage(createMemorySource('Roeselare', outcome.files!))).pkg!;
    expect(pkg.baseLevel).toBe('wijk');
    expect(pkg.levels.some((l) => l.level === 'sector')).toBe(false);
    const rows = pkg.indicators.columns;
    const population = rows.get('indicator')!.flatMap((id, i) => (id === 'population' ? [rows.get('value')![i] as number] : []));
    expect(population).toHaveLength(roeselare.wijken.length);
    expect(population.reduce((a, b) => a + b, 0)).toBe(roeselare.sectors.reduce((a, s) => a + s.population, 0));
  });

  it('writes teams from a wijk table (a wijk gives its sectors), locations and FTE, and the roles', async () => {
    const wijken = roeselare.wijken.map((w) => w.code);
    const teams = csv('teams.csv', ['wijk;team', ...wijken.map((w, i) => `${w};${i % 2 === 0 ? 'Oost' : 'West'}`)]);
    const centres = csv('locaties.csv', ['naam;team;lon;lat', 'Sociaal Huis;Oost;3,124;50,9465']);
    const fte = csv('vte.csv', ['team;profiel;jaar;vte', 'Oost;Maatschappelijk werker;2024;6,5', 'West;Maatschappelijk werker;2024;4']);
    const outcome = await verifyImport(
      await buildImportOntoMunicipality(roeselare, await readImportInputs([sectorFigures()]), { organisation: { teams, centres, fte, roles: { need: 'leefloongerechtigden' } } }),
    );
    expect(errors(outcome)).toEqual([]);
    const pkg = (await readPackage(createMemorySource('Roeselare', outcome.files!))).pkg!;
    const organisation = organisationOf(pkg);
    expect(organisation.teams.map((t) => t.name)).toEqual(['Oost', 'West']);
    expect(organisation.territory.size).toBe(roeselare.sectors.length);
    expect(organisation.fte.map((f) => f.fte)).toEqual([6.5, 4]);
    expect(organisation.centres).toHaveLength(1);
    expect(pkg.descriptor.analysis.need).toBe('leefloongerechtigden');
  });

  it('refuses figures at two levels, an imported population, boundaries, FTE without teams and an unknown role', async () => {
    const mixed = await buildImportOntoMunicipality(roeselare, await readImportInputs([sectorFigures(), csv('w.csv', ['wijk;jaar;dossiers', ...roeselare.wijken.map((w) => `${w.code};2024;7`)])]), {});
    expect(errors(mixed)).toContain('import-levels-mixed');
    expect(mixed.files).toBeNull();
    const population = await buildImportOntoMunicipality(roeselare, await readImportInputs([csv('p.csv', ['sector;jaar;population', `${roeselare.sectors[0]!.code};2024;100`])]), {});
    expect(errors(population)).toContain('import-indicator-builtin');
    const geojson: InputFile = { name: 'eigen.geojson', bytes: new TextEncoder().encode(JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { code: 'A' }, geometry: { type: 'Polygon', coordinates: [[[3.1, 50.9], [3.2, 50.9], [3.2, 51], [3.1, 50.9]]] } }] })) };
    expect(errors(await buildImportOntoMunicipality(roeselare, await readImportInputs([geojson, sectorFigures()]), {}))).toContain('import-several-boundaries');
    const fteOnly = await buildImportOntoMunicipality(roeselare, await readImportInputs([sectorFigures()]), { organisation: { fte: csv('vte.csv', ['team;profiel;jaar;vte', 'Oost;Onthaal;2024;1']) } });
    expect(fteOnly.problems).toContainEqual(expect.objectContaining({ code: 'import-organisation-without-teams', file: 'vte.csv' }));
    const role = await buildImportOntoMunicipality(roeselare, await readImportInputs([sectorFigures()]), { organisation: { roles: { clients: 'clienten' } } });
    expect(role.problems).toContainEqual(expect.objectContaining({ code: 'org-role-unknown', file: '--role clients', params: expect.objectContaining({ id: 'clienten', available: 'population, leefloongerechtigden' }) }));
  });

  it('suggests need, clients and caseload from the indicator names when they are not given, and says so (Roeselare from files alone)', async () => {
    const figures = csv('cijfers.csv', ['sector;jaar;personen in armoede;gekende cliënten;lopende dossiers', ...roeselare.sectors.map((s, i) => `${s.code};2024;${20 + i},5;${10 + i};${5 + i}`)]);
    const built = await buildImportOntoMunicipality(roeselare, await readImportInputs([figures]), { organisation: { roles: { clients: 'gekende_clienten' } } });
    const outcome = await verifyImport(built);
    expect(errors(outcome)).toEqual([]);
    expect(built.report.organisation.roles).toEqual({ need: 'personen_in_armoede', clients: 'gekende_clienten', caseload: 'lopende_dossiers' });
    // The role the user gave is not called a suggestion.
    expect(built.report.organisation.suggestedRoles).toEqual(['caseload', 'need']);
    const pkg = (await readPackage(createMemorySource('Roeselare', outcome.files!))).pkg!;
    expect(pkg.descriptor.analysis).toMatchObject({ need: 'personen_in_armoede', clients: 'gekende_clienten', caseload: 'lopende_dossiers' });
  });

  it('warns about base areas in no team, and reports the organisation', async () => {
    const teams = csv('teams.csv', ['sector;team', `${roeselare.sectors[0]!.code};Noord`]);
    const outcome = await buildImportOntoMunicipality(roeselare, await readImportInputs([sectorFigures()]), { organisation: { teams } });
    expect(outcome.ok).toBe(true);
    expect(outcome.problems).toContainEqual(expect.objectContaining({ code: 'org-areas-unassigned', severity: 'warning', params: expect.objectContaining({ count: roeselare.sectors.length - 1 }) }));
    expect(outcome.report.organisation).toMatchObject({ teams: [{ name: 'Noord', areas: 1 }], unassignedAreas: roeselare.sectors.length - 1 });
    expect(outcome.report.municipality).toMatchObject({ nis: '36015', level: 'sector', areas: roeselare.sectors.length });
  });
});
