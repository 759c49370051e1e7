import { apportionInSteps } from './apportion-in-steps';
import type { DemoPeriod } from './indicator-model';

/** The seven staff profiles of the Kortrijk package, in its order. */
export const FTE_PROFILES = [
  'maatschappelijk_werker',
  'buurtwerker',
  'onthaalmedewerker',
  'brugfiguur',
  'ergotherapeut',
  'teamcoach',
  'administratief',
] as const;
export type FteProfile = (typeof FTE_PROFILES)[number];

/**
 * Municipality-wide FTE per profile and year. 2024 matches Kortrijk (77 social workers, 178 FTE in all);
 * 2022 and 2023 are a little lower (the service grew towards the 2023 reform).
 */
export const FTE_TOTALS: Readonly<Record<DemoPeriod, Readonly<Record<FteProfile, number>>>> = {
  2022: { maatschappelijk_werker: 72, buurtwerker: 31, onthaalmedewerker: 21, brugfiguur: 12, ergotherapeut: 6, teamcoach: 7, administratief: 15 },
  2023: { maatschappelijk_werker: 75, buurtwerker: 33, onthaalmedewerker: 21, brugfiguur: 13, ergotherapeut: 7, teamcoach: 7, administratief: 16 },
  2024: { maatschappelijk_werker: 77, buurtwerker: 34, onthaalmedewerker: 22, brugfiguur: 14, ergotherapeut: 8, teamcoach: 7, administratief: 16 },
};

/** What one team looks like in one period (sums over its sectors). */
export interface TeamWorkload {
  teamId: string;
  openDossiers: number;
  population: number;
  estPoverty: number;
  alone75plus: number;
  centres: number;
}

export interface TeamFteRow {
  teamId: string;
  period: DemoPeriod;
  profile: FteProfile;
  fte: number;
}

/**
 * FTE per team, period and profile, in 0.5 steps, adding up to `FTE_TOTALS` exactly. Social workers are
 * split so that teams carry deliberately different caseloads: each team gets a target caseload from 26 to
 * 58 open dossiers per FTE (the seeded `random` decides which team gets which), and its share of the total
 * follows dossiers / target. The other profiles follow need: community workers by population, reception by
 * number of centres, bridge workers by estimated poverty, occupational therapists by people 75+ living
 * alone, one team coach per team, administration by social-worker FTE. Rows are sorted by period, profile
 * (in `FTE_PROFILES` order) and team id.
 *
 * @example
 * buildTeamFte(new Map([[2024, workloads]]), createSeededRandom(1)); // [{ teamId: 'team-centrum', period: 2024, … }, …]
 */
export function buildTeamFte(workloads: ReadonlyMap<DemoPeriod, readonly TeamWorkload[]>, random: () => number): TeamFteRow[] {
  const periods = [...workloads.keys()].sort((a, b) => a - b);
  const first = workloads.get(periods[0] as DemoPeriod);
  if (first === undefined || first.length === 0) throw new RangeError('workloads must hold at least one period with teams');
  const teamIds = first.map((w) => w.teamId).sort();
  // Target caseloads 26 … 58, dealt to the teams in a seeded order (the same for every period).
  const targets = teamIds.map((_, i) => 26 + (32 * i) / Math.max(1, teamIds.length - 1));
  for (let i = targets.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [targets[i], targets[j]] = [targets[j] as number, targets[i] as number];
  }
  const rows: TeamFteRow[] = [];
  for (const period of periods) {
    const list = workloads.get(period) as readonly TeamWorkload[];
    const byTeam = teamIds.map((id) => {
      const workload = list.find((w) => w.teamId === id);
      if (workload === undefined) throw new RangeError(`period ${period} has no workload for team ${id}`);
      return workload;
    });
    const totals = FTE_TOTALS[period];
    const socialWorkers = apportionInSteps(totals.maatschappelijk_werker, byTeam.map((w, i) => w.openDossiers / (targets[i] as number)), 0.5, 2);
    const split: Record<FteProfile, number[]> = {
      maatschappelijk_werker: socialWorkers,
      buurtwerker: apportionInSteps(totals.buurtwerker, byTeam.map((w) => w.population), 0.5, 1),
      onthaalmedewerker: apportionInSteps(totals.onthaalmedewerker, byTeam.map((w) => w.centres), 0.5, 1),
      brugfiguur: apportionInSteps(totals.brugfiguur, byTeam.map((w) => w.estPoverty), 0.5, 0.5),
      ergotherapeut: apportionInSteps(totals.ergotherapeut, byTeam.map((w) => w.alone75plus), 0.5, 0.5),
      teamcoach: apportionInSteps(totals.teamcoach, byTeam.map(() => 1), 0.5, 0.5),
      administratief: apportionInSteps(totals.administratief, socialWorkers, 0.5, 1),
    };
    for (const profile of FTE_PROFILES) {
      teamIds.forEach((teamId, i) => rows.push({ teamId, period, profile, fte: split[profile][i] as number }));
    }
  }
  return rows;
}
