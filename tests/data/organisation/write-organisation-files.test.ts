import { describe, expect, it } from 'vitest';
import { organisationOf, withOrganisation, type Organisation } from '../../../data/organisation';
import { createMemorySource, readPackage } from '../../../data/package';
import { builtInFiles } from './helpers';

describe('withOrganisation', () => {
  it('saves teams, territory, locations, FTE and roles in the package so it reopens identically', async () => {
    const files = builtInFiles('36015');
    const before = (await readPackage(createMemorySource('Roeselare', files))).pkg!;
    expect(organisationOf(before).teams).toEqual([]);
    const sectors = before.levels.find((l) => l.level === 'sector')!.areas.features.map((f) => f.properties.code);
    const organisation: Organisation = {
      teams: [
        { id: 'noord', name: 'Noord', colour: '#1b9e77' },
        { id: 'zuid', name: 'Zuid', colour: null },
      ],
      territory: new Map(sectors.map((code, i) => [code, i % 2 === 0 ? 'noord' : 'zuid'])),
      centres: [{ id: 'sociaal_huis', name: 'Sociaal Huis', teamId: 'noord', address: 'Zuidstraat 1', lon: 3.124, lat: 50.9465, locationQuality: null }],
      fte: [
        { teamId: 'noord', period: 2024, profile: 'maatschappelijk_werker', fte: 6.5 },
        { teamId: 'zuid', period: 2024, profile: 'maatschappelijk_werker', fte: 4 },
      ],
      roles: { socialWorkerProfile: 'maatschappelijk_werker' },
    };
    const saved = withOrganisation(files, organisation, { baseLevel: 'sector', baseResource: 'areas-sectors' });
    const result = await readPackage(createMemorySource('Roeselare', saved));
    expect(result.problems).toEqual([]);
    const after = organisationOf(result.pkg!);
    expect(after.teams).toEqual(organisation.teams);
    expect([...after.territory].sort()).toEqual([...organisation.territory].sort());
    expect(after.centres).toEqual(organisation.centres);
    expect(after.fte).toEqual(organisation.fte);
    expect(after.roles).toMatchObject({ population: 'population', socialWorkerProfile: 'maatschappelijk_werker' });
    // The team level appears, and the geography is untouched.
    expect(result.pkg!.levels.map((l) => l.level)).toContain('team');
    for (const [path, text] of files) if (path !== 'datapackage.json') expect(saved.get(path)).toBe(text);
    // Saving again replaces the organisation (no second teams resource).
    const again = withOrganisation(saved, { ...organisation, centres: [] }, { baseLevel: 'sector', baseResource: 'areas-sectors' });
    expect(again.has('centres.csv')).toBe(false);
    const descriptor = JSON.parse(String(again.get('datapackage.json'))) as { resources: { role: string }[] };
    expect(descriptor.resources.filter((r) => r.role === 'teams')).toHaveLength(1);
    expect((await readPackage(createMemorySource('Roeselare', again))).problems).toEqual([]);
  });
});
