import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rerunAnalysis } from '../../../data/analysis/rerun-analysis';
import type { AnalysisRun } from '../../../data/analysis/run-analysis';
import type { Database } from '../../../data/db/database';
import { runSmallTeamAnalysis, SMALL_TEAM, SMALL_TEAM_DOSSIERS, workedBack } from './small-team-package';

// A team with 3 open dossiers: its caseload per FTE times its FTE is its dossier count, so the caseload must
// stay hidden in every rerun the planner makes, whatever FTE a scenario gives the team.
describe('a team with 1–4 open dossiers in a planning rerun', () => {
  let db: Database;
  let run: AnalysisRun;
  beforeAll(async () => {
    ({ db, run } = await runSmallTeamAnalysis());
  }, 60_000);
  afterAll(() => db.close());

  it('is a team the package really gives 3 dossiers, and the suppression plan hides it', () => {
    expect(run.input.teams.find((t) => t.id === SMALL_TEAM)!.dossiers).toBe(SMALL_TEAM_DOSSIERS);
    expect(run.dossiersSuppressed.has(SMALL_TEAM)).toBe(true);
    expect(run.result.teams.find((t) => t.id === SMALL_TEAM)!.caseloadNow).toBeNull();
  });

  it('keeps the caseload of every suppressed team hidden when a scenario changes FTE (rerunAnalysis hands the engine no suppressed dossier count)', () => {
    const suppressed = [...run.dossiersSuppressed];
    for (const fte of [0.5, 1, 2, 3, 6.5, 12]) {
      const planned = rerunAnalysis(run, { teamFte: new Map(suppressed.map((team) => [team, fte])) });
      for (const team of suppressed) {
        const row = planned.result.teams.find((t) => t.id === team)!;
        expect(row.currentFte, `${team} at ${fte} FTE`).toBe(fte);
        expect(row.caseloadNow, `${team} at ${fte} FTE`).toBeNull();
      }
      const small = planned.result.teams.find((t) => t.id === SMALL_TEAM)!;
      expect(workedBack(small.caseloadNow, [fte], SMALL_TEAM_DOSSIERS)).toBe(false);
    }
  });

  it('keeps it hidden when the scenario changes only the other teams, the centres or the formula', () => {
    const others = run.input.teams.filter((t) => !run.dossiersSuppressed.has(t.id));
    const planned = rerunAnalysis(run, {
      teamFte: new Map(others.map((t) => [t.id, t.currentFte + 1])),
      centres: run.input.centres.slice(1),
      settings: { fte: { ...run.settings.fte, total: 90 } },
    });
    for (const team of run.dossiersSuppressed) expect(planned.result.teams.find((t) => t.id === team)!.caseloadNow).toBeNull();
    // The teams that are shown keep a caseload: the guard hides what it must, not everything.
    for (const t of others) if (t.dossiers !== null) expect(planned.result.teams.find((x) => x.id === t.id)!.caseloadNow).not.toBeNull();
  });
});
