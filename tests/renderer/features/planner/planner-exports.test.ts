import { describe, expect, it } from 'vitest';
import { plannerFileName, plannerTableCsv } from '../../../../renderer/features/planner/planner-exports';
import type { PlannerModel, PlannerTeamRow } from '../../../../renderer/features/planner/planner-model';
import { emptyScenario } from '../../../../renderer/features/planner/state/scenario-slice';
import { createTranslator } from '../../../../renderer/shared/i18n/i18n';

const row = (over: Partial<PlannerTeamRow>): PlannerTeamRow => ({
  id: 'noord',
  name: 'Wijkteam Noord',
  fteNow: 12.5,
  needShare: 0.123456,
  targetFte: 13,
  fteScenario: 14,
  fteCompare: 12.5,
  caseloadCompare: 20.04,
  caseloadScenario: 17.86,
  distanceOwnM: 800,
  distanceCompareM: 900,
  violations: [],
  ...over,
});

// Only what the CSV reads of a model; the runs are not needed for the table.
const model = (teams: PlannerTeamRow[]) => ({ scenario: emptyScenario('s1', 'Plan 2030'), teams }) as unknown as PlannerModel;

describe('plannerTableCsv', () => {
  it('writes one row per team with the need share to 4 and the caseloads to 1 decimal; ; in Dutch, , in English', () => {
    const nl = plannerTableCsv(model([row({})]), { language: 'nl', t: createTranslator('nl') });
    expect(nl.startsWith('\uFEFF')).toBe(true);
    const [header, line] = nl.slice(1).split('\r\n');
    expect(header!.split(';')).toHaveLength(7);
    expect(header!.startsWith('Team;VTE nu')).toBe(true);
    expect(line).toBe('Wijkteam Noord;12,5;0,1235;13;14;20;17,9');
    const en = plannerTableCsv(model([row({})]), { language: 'en', t: createTranslator('en') });
    expect(en.slice(1).split('\r\n')[1]).toBe('Wijkteam Noord,12.5,0.1235,13,14,20,17.9');
  });

  it('reads back as the same numbers the way Excel nl-BE (; and decimal comma) and en (, and .) split and parse it', () => {
    const excel = (csv: string, sep: string, decimal: string) =>
      csv.slice(1).split('\r\n')[1]!.split(sep).slice(1).map((cell) => Number(cell.replace(decimal, '.')));
    const expected = [12.5, 0.1235, 13, 14, 20, 17.9];
    const m = model([row({ caseloadCompare: 20.04 })]);
    expect(excel(plannerTableCsv(m, { language: 'nl', t: createTranslator('nl') }), ';', ',')).toEqual(expected);
    expect(excel(plannerTableCsv(m, { language: 'en', t: createTranslator('en') }), ',', '.')).toEqual(expected);
    expect(plannerTableCsv(m, { language: 'nl', t: createTranslator('nl') })).not.toContain('12.5');
  });

  it('writes the word for suppressed where a caseload is hidden', () => {
    const t = createTranslator('nl');
    const [, line] = plannerTableCsv(model([row({ caseloadCompare: null, caseloadScenario: null })]), { language: 'nl', t }).slice(1).split('\r\n');
    expect(line!.split(';').slice(5)).toEqual([t('plannerSuppressed'), t('plannerSuppressed')]);
  });
});

describe('plannerFileName', () => {
  it('joins the scenario and what is exported with dashes, keeping letters with accents', () => {
    expect(plannerFileName('Scenario 2', 'kaart', 'png')).toBe('Scenario-2-kaart.png');
    expect(plannerFileName('Plan: Zuid/Oost é', null, 'csv')).toBe('Plan-Zuid-Oost-é.csv');
  });
});
