import type { LonLat } from '../units/units';

/** One base area to assign: its code, balance weight, optional wijk and its centroid (WGS84). */
export interface TerritoryArea {
  readonly code: string;
  /** Non-negative value of the balance measure (persons in need, open dossiers, …). */
  readonly weight: number;
  /** Wijk code; with `keepWijken`, areas of one wijk move together. */
  readonly wijk?: string | null;
  readonly centroid: LonLat;
}

/** One team: its id, the areas holding its locations (never leave it) and optionally today's areas. */
export interface TerritoryTeam {
  readonly id: string;
  /** Areas holding the team's locations; at least one. */
  readonly fixedAreas: readonly string[];
  /** Today's territory, to count changes and for `minChange`. */
  readonly currentAreas?: readonly string[];
  /** FTE of the team: with it the balance is weight per FTE (e.g. dossiers per FTE); default 1. */
  readonly fte?: number;
}

export interface TerritoryInput {
  readonly areas: readonly TerritoryArea[];
  /** Area code → neighbour codes (shared borders, e.g. `findAdjacentPolygons`); made symmetric. */
  readonly adjacency: Readonly<Record<string, readonly string[]>>;
  readonly teams: readonly TerritoryTeam[];
}

/** The checked input as indices: areas 0…n−1, teams 0…k−1. */
export interface PreparedTerritories {
  readonly codes: readonly string[];
  readonly weights: readonly number[];
  readonly centroids: readonly LonLat[];
  readonly wijken: readonly (string | null)[];
  readonly neighbours: readonly (readonly number[])[];
  readonly teamIds: readonly string[];
  /** Share of each team in the mean: its FTE (or 1). */
  readonly shares: readonly number[];
  /** Team owning each area as a location area, or −1. */
  readonly fixedTeam: readonly number[];
  /** Team owning each area today, or −1 (unknown). */
  readonly currentTeam: readonly number[];
}

/**
 * Checks a territory input and turns codes into indices; adjacency is made symmetric and
 * neighbours not in `areas` are ignored.
 *
 * @example
 * const p = prepareTerritories({ areas: [{ code: 'a', weight: 1, centroid: [3, 50] }], adjacency: {},
 *   teams: [{ id: 't', fixedAreas: ['a'] }] });
 * p.fixedTeam; // [0]
 */
export function prepareTerritories(input: TerritoryInput): PreparedTerritories {
  if (input === null || typeof input !== 'object') throw new TypeError('input must be an object');
  const { areas, adjacency, teams } = input;
  if (!Array.isArray(areas) || areas.length === 0) throw new RangeError('areas must be a non-empty array');
  if (!Array.isArray(teams) || teams.length === 0) throw new RangeError('teams must be a non-empty array');
  if (adjacency === null || typeof adjacency !== 'object') throw new TypeError('adjacency must be an object of code → neighbour codes');
  const index = new Map<string, number>();
  areas.forEach((a, i) => {
    if (typeof a.code !== 'string' || index.has(a.code)) throw new RangeError(`areas[${i}].code must be a unique string, got ${a.code}`);
    if (!Number.isFinite(a.weight) || a.weight < 0) throw new RangeError(`areas[${i}].weight must be a finite number >= 0, got ${a.weight}`);
    const [lon, lat] = a.centroid ?? [];
    if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lat) > 90) throw new RangeError(`areas[${i}].centroid must be [lon, lat]`);
    index.set(a.code, i);
  });
  const sets = areas.map(() => new Set<number>());
  for (const [code, list] of Object.entries(adjacency)) {
    const i = index.get(code);
    if (i === undefined || !Array.isArray(list)) continue;
    for (const other of list) {
      const j = index.get(other);
      if (j === undefined || j === i) continue;
      sets[i]!.add(j);
      sets[j]!.add(i);
    }
  }
  const fixedTeam = areas.map(() => -1);
  const currentTeam = areas.map(() => -1);
  const ids = new Set<string>();
  teams.forEach((t, ti) => {
    if (typeof t.id !== 'string' || ids.has(t.id)) throw new RangeError(`teams[${ti}].id must be a unique string, got ${t.id}`);
    ids.add(t.id);
    if (t.fte !== undefined && (!Number.isFinite(t.fte) || t.fte <= 0)) throw new RangeError(`teams[${ti}].fte must be > 0, got ${t.fte}`);
    if (!Array.isArray(t.fixedAreas) || t.fixedAreas.length === 0) throw new RangeError(`team ${t.id} needs at least one location area`);
    for (const code of t.fixedAreas) {
      const i = index.get(code);
      if (i === undefined) throw new RangeError(`team ${t.id}: location area ${code} is not among the areas`);
      if (fixedTeam[i] !== -1 && fixedTeam[i] !== ti) throw new RangeError(`area ${code} holds locations of two teams`);
      fixedTeam[i] = ti;
    }
    for (const code of t.currentAreas ?? []) {
      const i = index.get(code);
      if (i !== undefined) currentTeam[i] = ti;
    }
  });
  return {
    codes: areas.map((a) => a.code),
    weights: areas.map((a) => a.weight),
    centroids: areas.map((a) => a.centroid),
    wijken: areas.map((a) => a.wijk ?? null),
    neighbours: sets.map((s) => [...s].sort((a, b) => a - b)),
    teamIds: teams.map((t) => t.id),
    shares: teams.map((t) => t.fte ?? 1),
    fixedTeam,
    currentTeam,
  };
}

/** Connected components of a graph: for each node its component index (0, 1, … in order of first node). */
export function findGraphComponents(neighbours: readonly (readonly number[])[]): number[] {
  const component = neighbours.map(() => -1);
  let next = 0;
  for (let start = 0; start < neighbours.length; start++) {
    if (component[start] !== -1) continue;
    const stack = [start];
    component[start] = next;
    while (stack.length > 0) {
      for (const j of neighbours[stack.pop()!]!) if (component[j] === -1) { component[j] = next; stack.push(j); }
    }
    next++;
  }
  return component;
}
