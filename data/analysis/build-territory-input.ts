import { assignPointsToPolygons } from '../../geo/geometry';
import type { TerritoryInput } from '../../geo/territories';
import type { LoadedPackage } from '../package/model';
import type { AnalysisInput } from './build-analysis-input';

/** What the teams are balanced on: persons in need, open dossiers, or open dossiers per social-worker FTE. */
export type TerritoryBalance = 'personsInNeed' | 'openDossiers' | 'dossiersPerFte';

export type TerritoryInputOutcome =
  | { readonly ok: true; readonly input: TerritoryInput }
  /** Teams (by name) that serve areas but have no location in any area, or (per FTE) no FTE. */
  | { readonly ok: false; readonly reason: 'no-location' | 'no-fte'; readonly teams: readonly string[] };

/**
 * The territory problem of a package at its base level, the one way the planner and the CLI build it: each
 * base area's weight (persons in need or open dossiers, negatives as 0), its wijk (the level just above the
 * base level) and position, the adjacency `neighboursOf` gives, and the teams that serve areas or have a
 * location inside one — each keeping the areas its locations stand in, starting from the areas it has now,
 * with its FTE when balancing dossiers per FTE. Refuses, naming them, teams that serve areas without a
 * location (they could not keep a territory), and per FTE teams without FTE.
 *
 * @example
 * const built = buildTerritoryInput(pkg, await buildAnalysisInput(db, pkg, { level: pkg.baseLevel, period: 2024 }), (code) => neighbours.get(code) ?? [], 'personsInNeed');
 * if (built.ok) proposeTerritories(built.input, { tolerance: 0.1 });
 */
export function buildTerritoryInput(
  pkg: LoadedPackage,
  data: Pick<AnalysisInput, 'areas' | 'centres' | 'teams'>,
  neighboursOf: (code: string) => readonly string[],
  balance: TerritoryBalance,
): TerritoryInputOutcome {
  if (!['personsInNeed', 'openDossiers', 'dossiersPerFte'].includes(balance)) throw new RangeError(`buildTerritoryInput: unknown balance ${String(balance)}`);
  const base = pkg.levels.find((l) => l.level === pkg.baseLevel);
  if (!base) throw new Error(`buildTerritoryInput: the package has no base level ${pkg.baseLevel}`);
  const { areas, centres, teams } = data;
  const containing = assignPointsToPolygons(centres.map((c) => ({ id: c.id, position: c.position })), base.areas, (f) => f.properties.code);
  const fixed = new Map(teams.map((t) => [t.id, [...new Set(centres.filter((c) => c.team === t.id && containing.has(c.id)).map((c) => containing.get(c.id)!))]] as const));
  const serving = teams.filter((t) => areas.some((a) => a.team === t.id) || fixed.get(t.id)!.length > 0);
  const homeless = serving.filter((t) => fixed.get(t.id)!.length === 0);
  if (homeless.length > 0) return { ok: false, reason: 'no-location', teams: homeless.map((t) => t.name) };
  const perFte = balance === 'dossiersPerFte';
  const withoutFte = serving.filter((t) => !(t.currentFte > 0));
  if (perFte && withoutFte.length > 0) return { ok: false, reason: 'no-fte', teams: withoutFte.map((t) => t.name) };
  const wijkLevel = pkg.assignments.find((a) => a.level !== pkg.baseLevel && a.method !== 'team-territories' && a.method !== 'single-area');
  const weightOf = (a: (typeof areas)[number]) => Math.max((balance === 'personsInNeed' ? a.need : a.dossiers) ?? 0, 0);
  return {
    ok: true,
    input: {
      areas: areas.map((a) => ({ code: a.code, weight: weightOf(a), wijk: wijkLevel?.parentOf.get(a.code) ?? null, centroid: a.position })),
      adjacency: Object.fromEntries(areas.map((a) => [a.code, neighboursOf(a.code)])),
      teams: serving.map((t) => ({ id: t.id, fixedAreas: fixed.get(t.id)!, currentAreas: areas.filter((a) => a.team === t.id).map((a) => a.code), ...(perFte ? { fte: t.currentFte } : {}) })),
    },
  };
}
