import type { MultiPolygon, Polygon } from 'geojson';
import { isPointInRings } from '../../../../geo/geometry';
import { MAX_TEAM_FTE, type Organisation, type OrganisationTeam } from '../../../../data/organisation';
import { DEFAULT_ANALYSIS_ROLES, TEAM_LEVEL, type LoadedPackage } from '../../../../data/package';
import { assignTeamColours, TEAM_PALETTE } from '../../../map/team-colours';
import type { RoleKey } from './organise-edits';

/** Why a typed FTE value was refused. */
export type FteRefusal = 'not-a-number' | 'negative' | 'too-large';

/**
 * An FTE value as typed (decimal comma or point; empty: no FTE row), or why it is refused. Bounds: 0 to MAX_TEAM_FTE.
 *
 * @example
 * parseFteInput('6,5')  // { ok: true, value: 6.5 }
 * parseFteInput('')     // { ok: true, value: null }
 * parseFteInput('-1')   // { ok: false, reason: 'negative' }
 */
export function parseFteInput(text: string): { ok: true; value: number | null } | { ok: false; reason: FteRefusal } {
  const trimmed = text.trim().replace(/\s/g, '');
  if (trimmed === '') return { ok: true, value: null };
  if (!/^[-+]?(\d+([.,]\d*)?|[.,]\d+)$/.test(trimmed)) return { ok: false, reason: 'not-a-number' };
  const value = Number(trimmed.replace(',', '.'));
  if (!Number.isFinite(value)) return { ok: false, reason: 'not-a-number' };
  if (value < 0) return { ok: false, reason: 'negative' };
  if (value > MAX_TEAM_FTE) return { ok: false, reason: 'too-large' };
  return { ok: true, value };
}

/** The levels areas can be assigned by: the base level and the coarser levels that group it (not the team level, not one municipality). */
export function assignLevelsOf(pkg: LoadedPackage): string[] {
  return pkg.levels
    .filter((l) => l.level !== TEAM_LEVEL && (l.level === pkg.baseLevel || (l.areas.features.length > 1 && pkg.assignments.some((a) => a.level === l.level && a.method !== 'team-territories'))))
    .map((l) => l.level);
}

/**
 * The base areas a click on base area `baseCode` assigns at `level`: the area itself at the base level,
 * else every base area of the same wijk (or deelgemeente, …).
 *
 * @example
 * baseAreasAt(pkg, '36015A01-', 'wijk') // all sectors of that sector's wijk
 */
export function baseAreasAt(pkg: LoadedPackage, baseCode: string, level: string): string[] {
  if (level === pkg.baseLevel) return [baseCode];
  const parentOf = pkg.assignments.find((a) => a.level === level)?.parentOf;
  const parent = parentOf?.get(baseCode);
  if (!parentOf || parent === undefined) return [baseCode];
  return [...parentOf].filter(([, p]) => p === parent).map(([code]) => code);
}

/** The base areas of a package, code and name, in the package's order. */
export function baseAreasOf(pkg: LoadedPackage): { code: string; name: string }[] {
  return (pkg.levels.find((l) => l.level === pkg.baseLevel)?.areas.features ?? []).map((f) => ({ code: f.properties.code, name: f.properties.name }));
}

/**
 * The base areas in no team, in the package's order.
 *
 * @example
 * unassignedAreas([{ code: 'A', name: 'A' }, { code: 'B', name: 'B' }], new Map([['A', 'noord']])) // [{ code: 'B', name: 'B' }]
 */
export function unassignedAreas(areas: readonly { code: string; name: string }[], territory: ReadonlyMap<string, string>): { code: string; name: string }[] {
  return areas.filter((a) => !territory.has(a.code));
}

/**
 * The colour each team is drawn in, from the one source of team colours (`assignTeamColours`, which the
 * map's `teamColoursOf` uses too, so Inrichten and the map agree): a team's own colour where it has one;
 * every other team (and every team id of `centres`, as on the map) a palette colour chosen so that teams
 * touching in `neighbours` differ clearly.
 *
 * @example
 * teamColoursIn([{ id: 'a', name: 'A', colour: '#0072b2' }, { id: 'b', name: 'B', colour: null }]).get('b') // '#e69f00'
 */
export function teamColoursIn(
  teams: readonly OrganisationTeam[],
  neighbours: Readonly<Record<string, readonly string[]>> = {},
  centres: readonly { readonly teamId: string | null }[] = [],
): Map<string, string> {
  const ids = [...teams.map((t) => t.id), ...centres.map((c) => c.teamId).filter((id): id is string => id !== null && id !== '')];
  const fixed = Object.fromEntries(teams.flatMap((t) => (t.colour ? [[t.id, t.colour] as const] : [])));
  return new Map(assignTeamColours(ids, neighbours, fixed));
}

/**
 * The team colours of an organisation (a draft in Inrichten): `teamColoursIn` with the teams that touch
 * through the base areas' shared borders (`adjacency`, index-aligned with `codes`).
 *
 * @example
 * organiseTeamColours(draft, codes, adjacency).get('noord') // '#cc79a7', as teamColoursOf gives the map
 */
export function organiseTeamColours(org: Pick<Organisation, 'teams' | 'territory' | 'centres'>, codes: readonly string[], adjacency: readonly (readonly number[])[]): Map<string, string> {
  const neighbours: Record<string, string[]> = {};
  for (const pair of touchingTeams(codes, adjacency, org.territory)) {
    const [a, b] = pair.split('\u001f') as [string, string];
    (neighbours[a] ??= []).push(b);
    (neighbours[b] ??= []).push(a);
  }
  return teamColoursIn(org.teams, neighbours, org.centres);
}

/**
 * A colour for a new team: the first palette colour no team is drawn in (the palette repeats after 16).
 *
 * @example
 * nextTeamColour([]) // '#0072b2'
 */
export function nextTeamColour(teams: readonly OrganisationTeam[]): string {
  const used = new Set(teamColoursIn(teams).values());
  return TEAM_PALETTE.find((c) => !used.has(c)) ?? TEAM_PALETTE[teams.length % TEAM_PALETTE.length]!;
}

/** Pairs of teams whose territories touch (from the base areas' adjacency lists, index-aligned with `codes`). */
export function touchingTeams(codes: readonly string[], adjacency: readonly (readonly number[])[], territory: ReadonlyMap<string, string>): Set<string> {
  const pairs = new Set<string>();
  adjacency.forEach((neighbours, i) => {
    const a = territory.get(codes[i]!);
    if (a === undefined) return;
    for (const j of neighbours) {
      const b = territory.get(codes[j]!);
      if (b !== undefined && b !== a) pairs.add(a < b ? `${a}\u001f${b}` : `${b}\u001f${a}`);
    }
  });
  return pairs;
}

/**
 * Neighbouring teams drawn in the same colour, as pairs of team names.
 *
 * @example
 * colourClashes(org, codes, adjacency) // [['Noord', 'Oost']]
 */
export function colourClashes(org: Organisation, codes: readonly string[], adjacency: readonly (readonly number[])[]): [string, string][] {
  const colours = organiseTeamColours(org, codes, adjacency);
  const name = (id: string) => org.teams.find((t) => t.id === id)?.name ?? id;
  return [...touchingTeams(codes, adjacency, org.territory)]
    .map((pair) => pair.split('\u001f') as [string, string])
    .filter(([a, b]) => colours.get(a) === colours.get(b))
    .map(([a, b]) => [name(a), name(b)]);
}

/**
 * New colours so that touching teams differ: greedy colouring over the team adjacency, most neighbours
 * first, each team keeping its colour when no neighbour already has it.
 *
 * @example
 * distinctTeamColours(org, codes, adjacency).get('noord') // '#0072b2'
 */
export function distinctTeamColours(org: Organisation, codes: readonly string[], adjacency: readonly (readonly number[])[]): Map<string, string> {
  const current = organiseTeamColours(org, codes, adjacency);
  const neighbours = new Map(org.teams.map((t) => [t.id, new Set<string>()] as const));
  for (const pair of touchingTeams(codes, adjacency, org.territory)) {
    const [a, b] = pair.split('\u001f') as [string, string];
    neighbours.get(a)?.add(b);
    neighbours.get(b)?.add(a);
  }
  const order = [...org.teams].sort((x, y) => neighbours.get(y.id)!.size - neighbours.get(x.id)!.size);
  const chosen = new Map<string, string>();
  const usedAnywhere = new Set<string>();
  for (const team of order) {
    const taken = new Set([...neighbours.get(team.id)!].map((n) => chosen.get(n)).filter((c): c is string => c !== undefined));
    const own = current.get(team.id)!;
    const colour = !taken.has(own) && !usedAnywhere.has(own) ? own : (TEAM_PALETTE.find((c) => !taken.has(c) && !usedAnywhere.has(c)) ?? TEAM_PALETTE.find((c) => !taken.has(c)) ?? own);
    chosen.set(team.id, colour);
    usedAnywhere.add(colour);
  }
  return chosen;
}

/** The roles the set-up offers, in order, with the kind of value each takes. */
export const ROLE_KEYS: readonly RoleKey[] = ['population', 'need', 'clients', 'caseload', 'socialWorkerProfile'];

/**
 * The value a role has now: set explicitly, else the default when the package has that indicator (or, for
 * the profile, when any FTE row has it), else null (not set: its outputs stay empty).
 *
 * @example
 * effectiveRole(pkg, org, 'need') // 'est_poverty_persons' in Demostad; null in a fresh municipality
 */
export function effectiveRole(pkg: LoadedPackage, org: Organisation, key: RoleKey): string | null {
  const set = org.roles[key];
  if (set !== undefined && set !== '') return set;
  const fallback = DEFAULT_ANALYSIS_ROLES[key];
  if (key === 'socialWorkerProfile') return org.fte.some((f) => f.profile === fallback) || org.fte.length === 0 ? fallback : null;
  return pkg.definitions.some((d) => d.id === fallback) ? fallback : null;
}

/** The profiles offered in the FTE table: the defaults, then any other profile the FTE rows name. */
export function profilesOf(org: Organisation, defaults: readonly string[]): string[] {
  return [...new Set([...defaults, ...org.fte.map((f) => f.profile)])];
}

/** The periods offered in the FTE table: those of FTE rows and of the package, newest first; this year without any. */
export function ftePeriodsOf(pkg: LoadedPackage, org: Organisation): number[] {
  const periods = [...new Set([...org.fte.map((f) => f.period), ...pkg.periods])].sort((a, b) => b - a);
  return periods.length > 0 ? periods : [new Date().getFullYear()];
}

/** The municipality's outline: the one area of a single-area level (the municipality), else null. */
export function outlineOf(pkg: LoadedPackage): Polygon | MultiPolygon | null {
  const single = pkg.levels.find((l) => l.level !== TEAM_LEVEL && l.areas.features.length === 1);
  return single?.areas.features[0]?.geometry ?? null;
}

/**
 * The locations outside the municipality's outline (a warning that names each; they are kept).
 *
 * @example
 * centresOutside(org.centres, outlineOf(pkg)) // [{ id: 'kortrijk_hoofdzetel', name: … }]
 */
export function centresOutside<C extends { lon: number; lat: number }>(centres: readonly C[], outline: Polygon | MultiPolygon | null): C[] {
  if (!outline) return [];
  const polygons = outline.type === 'Polygon' ? [outline.coordinates] : outline.coordinates;
  return centres.filter((c) => !polygons.some((rings) => isPointInRings([c.lon, c.lat], rings)));
}
