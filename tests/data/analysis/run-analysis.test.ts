import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANALYSED_PACKAGES, openAnalysedPackage } from '../../helpers/analysed-packages';
import { buildAnalysisReport } from '../../../data/analysis/analysis-report';
import { buildSuppressionPlan } from '../../../data/analysis/build-suppression-plan';
import { type AnalysisRun } from '../../../data/analysis/run-analysis';
import type { Database } from '../../../data/db/database';
import type { LoadedPackage } from '../../../data/package/model';
import { findRecoverableCells } from '../../../geo/suppression/find-recoverable-cells';
import { measureDistance } from '../../../geo/measure/measure-distance';

describe.each(ANALYSED_PACKAGES)('the analysis of $name', ({ dir }) => {
  let db: Database;
  let pkg: LoadedPackage;
  let run: AnalysisRun;
  beforeAll(async () => {
    ({ db, pkg, run } = await openAnalysedPackage(dir));
  }, 60_000);
  afterAll(() => db.close());

  it('has the SQL views agree with the engine: reach and caseload per FTE', async () => {
    const reach = await db.query<{ area_code: string; reach: number | null }>(`SELECT area_code, reach FROM area_reach WHERE level = ? AND period = 2024`, [pkg.baseLevel]);
    const byCode = new Map(reach.map((r) => [r.area_code, r.reach] as const));
    for (const a of run.result.areas) if (a.reachStatus === 'shown') expect(a.reach).toBeCloseTo(byCode.get(a.code)!, 12);
    const caseload = await db.query<{ team_id: string; caseload_per_fte: number | null }>(`SELECT team_id, caseload_per_fte FROM team_caseload WHERE period = 2024`);
    for (const t of run.result.teams) {
      const sql = caseload.find((c) => c.team_id === t.id)!.caseload_per_fte;
      if (!run.dossiersSuppressed.has(t.id) && sql !== null) expect(t.caseloadNow).toBeCloseTo(sql, 12);
    }
  });

  it('measures nearest-centre distances that brute force confirms', () => {
    for (const [i, a] of run.result.areas.entries()) {
      const origin = run.input.areas[i]!.position;
      const best = Math.min(...run.input.centres.map((c) => measureDistance(origin, c.position)));
      expect(a.nearestCentre!.distance).toBeCloseTo(best, 6);
      const own = run.input.centres.filter((c) => c.team === a.team);
      if (own.length > 0) expect(a.ownTeamCentre!.distance).toBeCloseTo(Math.min(...own.map((c) => measureDistance(origin, c.position))), 6);
    }
  });

  it('apportions exactly the total FTE, in 0.5 steps, and ranks every area with a gap score', () => {
    const allocated = run.result.teams.reduce((s, t) => s + t.allocatedFte, 0);
    expect(allocated).toBe(77);
    for (const t of run.result.teams) expect(Number.isInteger(t.allocatedFte * 2)).toBe(true);
    const ranks = run.result.areas.map((a) => a.gapRank).filter((r): r is number => r !== null).sort((a, b) => a - b);
    expect(ranks).toEqual(Array.from({ length: ranks.length }, (_, i) => i + 1));
    expect(ranks.length).toBe(run.result.areas.length);
  });

  it('conserves social-worker FTE in plain 2SFCA (every centre has people in need within reach)', () => {
    // Σᵢ Aᵢ·Pᵢ = Σᵢ Σⱼ Rⱼ·Pᵢ·[dᵢⱼ ≤ d₀] = Σⱼ Sⱼ: all FTE lands on areas, outlying areas simply get none.
    const fte = run.result.areas.reduce((s, a, i) => s + ((a.access2sfca ?? 0) * (run.input.areas[i]!.need ?? 0)) / 1000, 0);
    expect(fte).toBeCloseTo(run.result.totals.currentFte, 6);
  });

  it('shows no reach that would reveal 1–4 known clients, and nothing recoverable by differencing', async () => {
    const plan = await buildSuppressionPlan(db, pkg, { indicator: run.input.roles.clients, period: 2024 });
    const cells = [...plan.status.keys()].map((id) => ({ id, value: null as number | null }));
    // Rebuild the cell values from the view to audit the plan with the independent checker.
    const rows = await db.query<{ level: string; area_code: string; count: number | null }>(`SELECT level, area_code, count FROM indicator_rates WHERE indicator = ? AND period = 2024`, [run.input.roles.clients]);
    const value = new Map<string, number | null>(rows.map((r) => [`${r.level}|${r.area_code}`, r.count]));
    for (const c of cells) c.value = value.get(c.id) ?? null;
    const groups = pkg.assignments
      .filter((a) => a.level !== pkg.baseLevel)
      .flatMap((a) => {
        const parts = new Map<string, string[]>();
        for (const [base, code] of a.parentOf) parts.set(code, [...(parts.get(code) ?? []), `${pkg.baseLevel}|${base}`]);
        return [...parts].map(([code, list]) => ({ total: `${a.level}|${code}`, parts: list }));
      });
    expect(findRecoverableCells(cells, groups, plan.status)).toEqual([]);
    for (const [i, a] of run.result.areas.entries()) {
      const clients = run.input.areas[i]!.clients;
      if (clients !== null && clients >= 1 && clients <= 4) expect(a.reachStatus).toBe('suppressed');
    }
    const report = JSON.stringify(buildAnalysisReport(pkg, run));
    expect(report).not.toMatch(/"knownClients":\s*[1-4][,}]/);
  });
});
