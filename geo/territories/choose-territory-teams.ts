import { measureDistance } from '../measure/measure-distance';
import type { LonLat } from '../units/units';
import type { TerritoryInput, TerritoryTeam } from './territory-problem';

/** How the teams of a plan for k teams differ from the input's teams. */
export interface TerritoryTeamChanges {
  /** Teams left without a territory (k < teams); their location areas become ordinary areas. */
  readonly dropped: readonly string[];
  /** New teams (k > teams), each grown from one seed area. */
  readonly added: readonly { readonly id: string; readonly seedArea: string }[];
}

/** Name of the n-th new team (1-based), as shown to the planner. */
export const newTeamName = (n: number): string => `Nieuw team ${n}`;

/**
 * The teams of a plan for `k` teams, from the input's teams. k = teams: unchanged. **k < teams**: the teams
 * kept are chosen spread out — first the team with the largest total weight today (its `currentAreas`, else
 * its location areas; ties: input order), then repeatedly the team whose locations are farthest from those of
 * the teams kept (largest distance to the nearest kept team's location area, centroids; ties: input order);
 * the others are dropped and their location areas become ordinary areas. **k > teams**: teams
 * "Nieuw team 1", "Nieuw team 2", … are added, each seeded at the area farthest from every location area and
 * seed so far (among areas of weight > 0 that hold no location, if any; ties: input order), with the mean FTE
 * of the teams that give one. Deterministic.
 *
 * @example
 * const areas = ['a', 'b', 'c', 'd'].map((code, i) => ({ code, weight: 1, centroid: [3, 50 + i / 100] as const }));
 * chooseTerritoryTeams({ areas, adjacency: {}, teams: [{ id: 't', fixedAreas: ['a'] }] }, 2).changes.added;
 * // [{ id: 'Nieuw team 1', seedArea: 'd' }]
 */
export function chooseTerritoryTeams(input: TerritoryInput, k: number): { input: TerritoryInput; changes: TerritoryTeamChanges } {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a whole number >= 1, got ${k}`);
  if (input === null || typeof input !== 'object' || !Array.isArray(input.areas) || !Array.isArray(input.teams) || input.teams.length === 0) {
    throw new TypeError('input must be a territory input with areas and at least one team');
  }
  if (k > input.areas.length) throw new RangeError(`k = ${k} teams cannot each have an area: there are only ${input.areas.length} areas`);
  const teams = input.teams;
  if (k === teams.length) return { input, changes: { dropped: [], added: [] } };
  const centroidOf = new Map<string, LonLat>(input.areas.map((a) => [a.code, a.centroid]));
  const weightOf = new Map<string, number>(input.areas.map((a) => [a.code, a.weight]));
  const nearest = (point: LonLat, others: readonly LonLat[]) => others.reduce((m, o) => Math.min(m, measureDistance(point, o)), Infinity);
  const positions = (t: TerritoryTeam) => t.fixedAreas.flatMap((c) => (centroidOf.has(c) ? [centroidOf.get(c)!] : []));
  if (k < teams.length) {
    const today = teams.map((t) => ((t.currentAreas && t.currentAreas.length > 0 ? t.currentAreas : t.fixedAreas) as readonly string[]).reduce((s: number, c: string) => s + (weightOf.get(c) ?? 0), 0));
    const kept = [today.indexOf(Math.max(...today))];
    while (kept.length < k) {
      const keptPositions = kept.flatMap((t) => positions(teams[t]));
      let pick = -1;
      let farthest = -Infinity;
      teams.forEach((t, i) => {
        if (kept.includes(i)) return;
        const d = Math.min(...positions(t).map((p) => nearest(p, keptPositions)));
        if (d > farthest) { farthest = d; pick = i; }
      });
      kept.push(pick);
    }
    const keep = new Set(kept);
    return {
      input: { ...input, teams: teams.filter((_, i) => keep.has(i)) },
      changes: { dropped: teams.filter((_, i) => !keep.has(i)).map((t) => t.id), added: [] },
    };
  }
  const taken = new Set(teams.flatMap((t) => t.fixedAreas));
  const anchors = [...taken].flatMap((c) => (centroidOf.has(c) ? [centroidOf.get(c)!] : []));
  const ids = new Set(teams.map((t) => t.id));
  const ftes = teams.flatMap((t) => (t.fte === undefined ? [] : [t.fte]));
  const fte = ftes.length > 0 ? ftes.reduce((s, v) => s + v, 0) / ftes.length : undefined;
  const added: { id: string; seedArea: string }[] = [];
  for (let n = 1; added.length < k - teams.length; n++) {
    const id = newTeamName(n);
    if (ids.has(id)) continue;
    const free = input.areas.filter((a) => !taken.has(a.code));
    const pool = free.some((a) => a.weight > 0) ? free.filter((a) => a.weight > 0) : free;
    let seed = pool[0]!;
    let farthest = -Infinity;
    for (const a of pool) {
      const d = nearest(a.centroid, anchors);
      if (d > farthest) { farthest = d; seed = a; }
    }
    taken.add(seed.code);
    anchors.push(seed.centroid);
    added.push({ id, seedArea: seed.code });
  }
  const extra: TerritoryTeam[] = added.map((a) => ({ id: a.id, fixedAreas: [a.seedArea], ...(fte === undefined ? {} : { fte }) }));
  return { input: { ...input, teams: [...teams, ...extra] }, changes: { dropped: [], added } };
}
