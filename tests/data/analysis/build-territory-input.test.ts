import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTerritoryProblem } from '../../../cli/commands/territories';
import { buildTerritoryInput } from '../../../data/analysis/build-territory-input';
import type { AnalysisRun } from '../../../data/analysis/run-analysis';
import type { Database } from '../../../data/db/database';
import type { LoadedPackage } from '../../../data/package';
import { baseAdjacencyOf } from '../../../renderer/features/organise/use-base-adjacency';
import { ANALYSED_PACKAGES, openAnalysedPackage } from '../../helpers/analysed-packages';

describe.each(ANALYSED_PACKAGES)('buildTerritoryInput on $name', ({ dir }) => {
  let db: Database;
  let pkg: LoadedPackage;
  let run: AnalysisRun;
  beforeAll(async () => {
    ({ db, pkg, run } = await openAnalysedPackage(dir));
  }, 60_000);
  afterAll(() => db.close());

  const neighbours = () => {
    const adjacency = baseAdjacencyOf(pkg);
    const indexOf = new Map(adjacency.codes.map((c, i) => [c, i] as const));
    return (code: string) => (adjacency.adjacency[indexOf.get(code)!] ?? []).map((j) => adjacency.codes[j]!);
  };

  it('weighs each base area with its persons in need, keeps today’s teams and their location areas', () => {
    const built = buildTerritoryInput(pkg, run.input, neighbours(), 'personsInNeed');
    if (!built.ok) throw new Error(`refused: ${built.reason}`);
    expect(built.input.areas.map((a) => a.code)).toEqual(run.input.areas.map((a) => a.code));
    built.input.areas.forEach((a, i) => expect(a.weight).toBe(Math.max(run.input.areas[i]!.need ?? 0, 0)));
    expect(built.input.teams.length).toBeGreaterThan(1);
    for (const team of built.input.teams) {
      expect(team.fixedAreas.length).toBeGreaterThan(0);
      expect(team.currentAreas).toEqual(run.input.areas.filter((a) => a.team === team.id).map((a) => a.code));
      expect(team).not.toHaveProperty('fte');
    }
  });

  it('is what the CLI proposes on (one problem for the planner and the CLI)', async () => {
    const built = buildTerritoryInput(pkg, run.input, neighbours(), 'openDossiers');
    if (!built.ok) throw new Error(`refused: ${built.reason}`);
    const { problem } = await buildTerritoryProblem(db, pkg, { period: 2024, balance: 'openDossiers' });
    expect(problem.teams).toEqual(built.input.teams);
    expect(problem.areas).toEqual(built.input.areas);
    for (const a of problem.areas) expect([...problem.adjacency[a.code]!].sort()).toEqual([...built.input.adjacency[a.code]!].sort());
  });

  it('refuses, naming it, a team that serves areas without a location, and per FTE a team without FTE', () => {
    const team = run.input.teams.find((t) => run.input.areas.some((a) => a.team === t.id))!;
    const noLocation = buildTerritoryInput(pkg, { ...run.input, centres: run.input.centres.filter((c) => c.team !== team.id) }, neighbours(), 'personsInNeed');
    expect(noLocation).toEqual({ ok: false, reason: 'no-location', teams: [team.name] });
    const noFte = buildTerritoryInput(pkg, { ...run.input, teams: run.input.teams.map((t) => (t.id === team.id ? { ...t, currentFte: 0 } : t)) }, neighbours(), 'dossiersPerFte');
    expect(noFte).toEqual({ ok: false, reason: 'no-fte', teams: [team.name] });
    const perFte = buildTerritoryInput(pkg, run.input, neighbours(), 'dossiersPerFte');
    if (!perFte.ok) throw new Error(`refused: ${perFte.reason}`);
    for (const t of perFte.input.teams) expect(t.fte).toBe(run.input.teams.find((x) => x.id === t.id)!.currentFte);
  });
});
