import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisRun } from '../../../../data/analysis/run-analysis';
import type { Database } from '../../../../data/db/database';
import { buildCompareColouring } from '../../../../renderer/features/planner/build-compare-layers';
import { plannerTableCsv } from '../../../../renderer/features/planner/planner-exports';
import { buildPlannerModel, type PlannerModel, type PlannerTeamRow } from '../../../../renderer/features/planner/planner-model';
import { emptyScenario, type Scenario } from '../../../../renderer/features/planner/state/scenario-slice';
import { createTranslator, type Language } from '../../../../renderer/shared/i18n/i18n';
import { runSmallTeamAnalysis, SMALL_TEAM, SMALL_TEAM_DOSSIERS, workedBack } from '../../../data/analysis/small-team-package';

/** The FTE figures the planner shows beside a team's caseload (table, diff table, CSV). */
const fteShown = (r: PlannerTeamRow) => [r.fteNow, r.fteScenario, r.fteCompare, r.targetFte];

/** The rows of the planner's CSV (BOM and CRLF off, split on the language's separator). */
function csvRows(model: PlannerModel, language: Language): string[][] {
  const text = plannerTableCsv(model, { language, t: createTranslator(language) }).replace(/^\uFEFF/, '');
  return text.split('\r\n').filter((line) => line !== '').map((line) => line.split(language === 'nl' ? ';' : ','));
}

/** A CSV cell as a number: the Dutch CSV writes a decimal comma (as Belgian Excel reads it), the English one a point. */
const cellNumber = (cell: string, language: Language) => {
  const text = language === 'nl' ? cell.replace(',', '.') : cell;
  return text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : null;
};

// A team with 3 open dossiers: the planner shows its FTE, so its caseload per FTE would give the count back.
describe('the planner on a package where one team has 3 open dossiers', () => {
  let db: Database;
  let run: AnalysisRun;
  let scenarios: { name: string; scenario: Scenario; compareWith: Scenario | null }[];
  beforeAll(async () => {
    ({ db, run } = await runSmallTeamAnalysis());
    const small = run.input.teams.find((t) => t.id === SMALL_TEAM)!;
    const fewerFte = { ...emptyScenario('s1', 'Minder VTE'), teamFte: { [SMALL_TEAM]: 1 } };
    const moreFte = { ...emptyScenario('s2', 'Meer VTE'), teamFte: { [SMALL_TEAM]: small.currentFte + 3 } };
    scenarios = [
      { name: 'an empty scenario against the baseline', scenario: emptyScenario('s0', 'Leeg'), compareWith: null },
      { name: 'its FTE cut to 1 against the baseline', scenario: fewerFte, compareWith: null },
      { name: 'its FTE raised against another scenario', scenario: moreFte, compareWith: fewerFte },
    ];
  }, 60_000);
  afterAll(() => db.close());

  it('is built on a team the suppression plan hides (the fixture does what it says)', () => {
    expect(run.input.teams.find((t) => t.id === SMALL_TEAM)!.dossiers).toBe(SMALL_TEAM_DOSSIERS);
    expect(run.dossiersSuppressed.has(SMALL_TEAM)).toBe(true);
  });

  it('shows no caseload of a suppressed team in the table model, so caseload × FTE gives no count back', () => {
    for (const { name, scenario, compareWith } of scenarios) {
      const model = buildPlannerModel(run, scenario, compareWith);
      for (const row of model.teams.filter((r) => run.dossiersSuppressed.has(r.id))) {
        expect(row.caseloadCompare, `${name}: ${row.id}`).toBeNull();
        expect(row.caseloadScenario, `${name}: ${row.id}`).toBeNull();
      }
      const small = model.teams.find((r) => r.id === SMALL_TEAM)!;
      expect(workedBack(small.caseloadScenario, fteShown(small), SMALL_TEAM_DOSSIERS), name).toBe(false);
      expect(workedBack(small.caseloadCompare, fteShown(small), SMALL_TEAM_DOSSIERS), name).toBe(false);
      // Teams that are not suppressed keep their caseload: the planner hides what it must, not everything.
      expect(model.teams.some((r) => !run.dossiersSuppressed.has(r.id) && r.caseloadScenario !== null), name).toBe(true);
    }
  });

  it('exports the word for suppressed, never a caseload, in the CSV of a suppressed team (Dutch and English)', () => {
    for (const language of ['nl', 'en'] as const) {
      const suppressedWord = createTranslator(language)('plannerSuppressed');
      for (const { name, scenario, compareWith } of scenarios) {
        const [header, ...rows] = csvRows(buildPlannerModel(run, scenario, compareWith), language);
        expect(header).toHaveLength(7);
        for (const team of run.input.teams.filter((t) => run.dossiersSuppressed.has(t.id))) {
          const row = rows.find((r) => r[0] === team.name)!;
          expect(row, `${language} ${name}: ${team.id}`).toBeDefined();
          expect(row.slice(5), `${language} ${name}: ${team.id}`).toEqual([suppressedWord, suppressedWord]);
          if (team.id !== SMALL_TEAM) continue;
          // Columns 1 and 4 are FTE (now, scenario), 3 the target FTE; 5 and 6 the caseloads.
          const fte = [row[1], row[3], row[4]].map((c) => cellNumber(c!, language)).filter((f): f is number => f !== null);
          expect(fte.length, `${language} ${name}`).toBe(3);
          for (const cell of row.slice(5)) expect(workedBack(cellNumber(cell, language), fte, SMALL_TEAM_DOSSIERS), `${language} ${name}: ${cell}`).toBe(false);
        }
      }
    }
  });

  it('leaves the suppressed team grey on both compare maps (no caseload class, no value)', () => {
    const { scenario, compareWith } = scenarios[2]!;
    const model = buildPlannerModel(run, scenario, compareWith);
    for (const side of ['compare', 'scenario'] as const) {
      const style = buildCompareColouring(model.teams, side).teams[SMALL_TEAM]!;
      expect(style.status).toBe('suppressed');
      expect(style.value).toBeNull();
    }
  });

  it('hides a suppressed team’s caseload even when the run it is given carries one (buildPlannerModel’s own guard)', () => {
    // As if an upstream step had handed the engine the true dossier counts: the planner must still hide them.
    const leaky: AnalysisRun = {
      ...run,
      result: {
        ...run.result,
        teams: run.result.teams.map((t) => {
          const input = run.input.teams.find((x) => x.id === t.id)!;
          return { ...t, caseloadNow: input.dossiers !== null && input.currentFte > 0 ? input.dossiers / input.currentFte : t.caseloadNow };
        }),
      },
    };
    expect(leaky.result.teams.find((t) => t.id === SMALL_TEAM)!.caseloadNow).not.toBeNull();
    const model = buildPlannerModel(leaky, emptyScenario('s0', 'Leeg'), null);
    for (const row of model.teams.filter((r) => run.dossiersSuppressed.has(r.id))) {
      expect(row.caseloadCompare, row.id).toBeNull();
      expect(row.caseloadScenario, row.id).toBeNull();
    }
    const [, ...rows] = csvRows(model, 'nl');
    const small = rows.find((r) => r[0] === run.input.teams.find((t) => t.id === SMALL_TEAM)!.name)!;
    expect(small.slice(5)).toEqual([createTranslator('nl')('plannerSuppressed'), createTranslator('nl')('plannerSuppressed')]);
  });
});
