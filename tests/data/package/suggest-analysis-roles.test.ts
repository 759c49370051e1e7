import { describe, expect, it } from 'vitest';
import { suggestAnalysisRoles } from '../../../data/package';

const def = (id: string, labelNl: string, kind = 'count', labelEn = labelNl) => ({ id, labelNl, labelEn, kind });

describe('suggestAnalysisRoles', () => {
  it('names need, clients and caseload from Dutch and English headers', () => {
    expect(suggestAnalysisRoles([def('personen_in_armoede', 'Personen in armoede', 'mean'), def('gekende_clienten', 'Gekende cliënten'), def('lopende_dossiers', 'Lopende dossiers')])).toEqual({
      need: 'personen_in_armoede',
      clients: 'gekende_clienten',
      caseload: 'lopende_dossiers',
    });
    expect(suggestAnalysisRoles([def('persons_at_risk_of_poverty', 'Persons at risk of poverty'), def('open_case_files', 'Open case files')])).toEqual({ need: 'persons_at_risk_of_poverty', caseload: 'open_case_files' });
  });

  it('suggests nothing where the default id is there (the package already plays the role)', () => {
    expect(suggestAnalysisRoles([def('est_poverty_persons', 'Geschat aantal personen in armoede'), def('armoede_2', 'Armoede 2'), def('known_clients', 'Clients'), def('open_dossiers', 'Dossiers')])).toEqual({});
  });

  it('makes no unsure guess: two matches, a share or a rate, or no match leave the role unset', () => {
    expect(suggestAnalysisRoles([def('dossiers_a', 'Dossiers A'), def('dossiers_b', 'Dossiers B')])).toEqual({});
    expect(suggestAnalysisRoles([def('pct_armoede', '% in armoede', 'share'), def('armoede_per_1000', 'Armoede per 1000', 'rate')])).toEqual({});
    expect(suggestAnalysisRoles([def('leefloon', 'Leefloongerechtigden')])).toEqual({});
    // A mean is an estimate of persons for need, never a client or dossier count.
    expect(suggestAnalysisRoles([def('gem_dossiers', 'Gemiddeld aantal dossiers', 'mean')])).toEqual({});
  });

  it('gives one indicator one role: "dossiers van personen in armoede" is the caseload, not the need', () => {
    expect(suggestAnalysisRoles([def('dossiers_armoede', 'Dossiers van personen in armoede')])).toEqual({ caseload: 'dossiers_armoede' });
  });

  it('checks its input', () => {
    expect(() => suggestAnalysisRoles(null as never)).toThrow(TypeError);
  });
});
