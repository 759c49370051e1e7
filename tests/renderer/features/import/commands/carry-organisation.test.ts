import { describe, expect, it } from 'vitest';
import { EMPTY_ORGANISATION, type Organisation } from '../../../../../data/organisation';
import { carryOrganisation } from '../../../../../renderer/features/import/commands/carry-organisation';
import { builtIn } from '../../../../data/organisation/helpers';

const roeselare = builtIn('36015');
const sectorCodes = new Set(roeselare.sectors.map((s) => s.code));
const wijkCodes = new Set(roeselare.wijken.map((w) => w.code));
const teams = [
  { id: 'noord', name: 'Noord', colour: null },
  { id: 'zuid', name: 'Zuid', colour: '#e69f00' },
];
const fte = [{ teamId: 'noord', period: 2024, profile: 'maatschappelijk_werker', fte: 3 }];

describe('carryOrganisation', () => {
  it('gives every sector the team of its wijk when the new figures are per sector', () => {
    const territory = new Map(roeselare.wijken.map((w, i) => [w.code, i % 2 === 0 ? 'noord' : 'zuid']));
    const org: Organisation = { ...EMPTY_ORGANISATION, teams, territory, fte };
    const carried = carryOrganisation(org, { fromLevel: 'wijk', toLevel: 'sector', geography: roeselare, baseCodes: sectorCodes, indicatorIds: ['population'] })!;
    const inWijk = roeselare.sectors.filter((s) => s.wijk !== null);
    expect(carried.organisation.territory.size).toBe(inWijk.length);
    for (const s of inWijk) expect(carried.organisation.territory.get(s.code)).toBe(territory.get(s.wijk!));
    expect(carried.carried).toMatchObject({ teams: 2, areas: inWijk.length, split: [], fteRows: 1 });
  });

  it('keeps roles only where the new package has their indicator or FTE profile', () => {
    const org: Organisation = {
      ...EMPTY_ORGANISATION,
      teams,
      fte,
      roles: { population: 'population', need: 'armoede', clients: 'weg', caseload: 'dossiers', socialWorkerProfile: 'maatschappelijk_werker' },
    };
    const carried = carryOrganisation(org, { fromLevel: 'sector', toLevel: 'sector', geography: roeselare, baseCodes: sectorCodes, indicatorIds: ['population', 'armoede', 'dossiers'] })!;
    expect(carried.organisation.roles).toEqual({ need: 'armoede', caseload: 'dossiers', socialWorkerProfile: 'maatschappelijk_werker' });
    expect(carried.carried.roles).toEqual(['caseload', 'need', 'socialWorkerProfile']);
    const noFte = carryOrganisation({ ...org, fte: [] }, { fromLevel: 'sector', toLevel: 'sector', geography: roeselare, baseCodes: sectorCodes, indicatorIds: [] })!;
    expect(noFte.organisation.roles).toEqual({});
  });

  it('leaves out codes the new base level does not have, and carries nothing from an empty set-up', () => {
    const territory = new Map([[roeselare.sectors[0]!.code, 'noord'], ['99999A00-', 'zuid']]);
    const carried = carryOrganisation({ ...EMPTY_ORGANISATION, teams, territory }, { fromLevel: 'sector', toLevel: 'sector', geography: roeselare, baseCodes: sectorCodes, indicatorIds: [] })!;
    expect([...carried.organisation.territory.keys()]).toEqual([roeselare.sectors[0]!.code]);
    expect(carryOrganisation({ ...EMPTY_ORGANISATION, roles: { population: 'population' } }, { fromLevel: 'sector', toLevel: 'wijk', geography: roeselare, baseCodes: wijkCodes, indicatorIds: ['population'] })).toBeNull();
  });
});
