import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../../../geo/synthesis/create-seeded-random';
import { FTE_PROFILES, FTE_TOTALS, buildTeamFte, type TeamWorkload } from '../../../data/demo/build-team-fte';

const team = (teamId: string, openDossiers: number): TeamWorkload => ({ teamId, openDossiers, population: 10_000, estPoverty: 1200, alone75plus: 400, centres: 2 });

describe('buildTeamFte', () => {
  it('adds up to the totals per period and profile, and spreads caseloads', () => {
    const teams = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => team(id, 500));
    const rows = buildTeamFte(new Map([[2024, teams]]), createSeededRandom(1));
    expect(rows).toHaveLength(7 * FTE_PROFILES.length);
    for (const profile of FTE_PROFILES) {
      expect(rows.filter((r) => r.profile === profile).reduce((s, r) => s + r.fte, 0)).toBe(FTE_TOTALS[2024][profile]);
    }
    const caseloads = rows.filter((r) => r.profile === 'maatschappelijk_werker').map((r) => 500 / r.fte);
    expect(Math.max(...caseloads) / Math.min(...caseloads)).toBeGreaterThan(1.8);
  });

  it('rejects empty input and missing teams', () => {
    expect(() => buildTeamFte(new Map(), createSeededRandom(1))).toThrow(RangeError);
    expect(() => buildTeamFte(new Map([[2023, [team('a', 1)]], [2024, [team('b', 1)]]]), createSeededRandom(1))).toThrow(/no workload/);
  });
});
