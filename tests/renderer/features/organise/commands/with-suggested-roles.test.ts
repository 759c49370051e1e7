import { describe, expect, it } from 'vitest';
import { EMPTY_ORGANISATION } from '../../../../../data/organisation';
import { withSuggestedRoles } from '../../../../../renderer/features/organise/commands/organise-commands';

const definitions = [
  { id: 'population', labelNl: 'Inwoners', labelEn: 'Residents', kind: 'count' },
  { id: 'lopende_dossiers', labelNl: 'Lopende dossiers', labelEn: 'Lopende dossiers', kind: 'count' },
  { id: 'gekende_clienten', labelNl: 'Gekende cliënten', labelEn: 'Gekende cliënten', kind: 'count' },
] as never;

describe('withSuggestedRoles (the Inrichten draft of a package with its own indicator names)', () => {
  it('fills in the roles the names say, so the set-up shows and Toepassen saves what the analysis will use', () => {
    expect(withSuggestedRoles(EMPTY_ORGANISATION, { definitions }).roles).toEqual({ caseload: 'lopende_dossiers', clients: 'gekende_clienten' });
  });

  it('keeps a role already set, and returns the same organisation when there is nothing to suggest', () => {
    const set = { ...EMPTY_ORGANISATION, roles: { caseload: 'population' } };
    expect(withSuggestedRoles(set, { definitions }).roles).toEqual({ caseload: 'population', clients: 'gekende_clienten' });
    expect(withSuggestedRoles(EMPTY_ORGANISATION, { definitions: [] })).toBe(EMPTY_ORGANISATION);
  });
});
