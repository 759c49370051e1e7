import { analyseAreas, type EngineSettings } from '../../geo/analysis';
import type { LonLat } from '../../geo/units';
import { knownClientsPerTeam, type AnalysisRun } from './run-analysis';

/** What a planning scenario changes in an analysis run: team FTE, centres, territories and engine settings. */
export interface AnalysisOverrides {
  /** Social-worker FTE per team id (teams not listed keep today's FTE). */
  readonly teamFte?: ReadonlyMap<string, number>;
  /** The centres that are open in the scenario (replaces today's list when given). */
  readonly centres?: readonly { readonly id: string; readonly name: string; readonly team: string | null; readonly position: LonLat }[];
  /**
   * Area code → team id for the areas whose team changes (others keep today's). Only for a run at the base
   * level, where a territory is a set of whole areas; codes or teams the run does not have are ignored.
   */
  readonly territory?: ReadonlyMap<string, string>;
  readonly settings?: Partial<Omit<EngineSettings, 'need'>>;
}

type Team = AnalysisRun['input']['teams'][number];

/**
 * The run's input with areas moved between teams: each area's team, and each team's open dossiers,
 * population and persons in need by what moved in and out (so a team's figures stay the sums over the base
 * areas of its territory, as the database gives them for today). Which teams' dossier and clients counts are
 * hidden: today's hidden ones, every team an area with a suppressed count moved into or out of (otherwise
 * comparing the scenario with today, or two scenarios, would give that area's count), and a team whose new
 * count is 1–4 — with the next smallest when it would be the only one hidden (the total would give it away).
 */
function moveAreas(run: AnalysisRun, territory: ReadonlyMap<string, string>) {
  const teamIds = new Set(run.input.teams.map((t) => t.id));
  const moved = run.input.areas.filter((a) => territory.has(a.code) && teamIds.has(territory.get(a.code)!) && territory.get(a.code) !== a.team);
  if (moved.length === 0) return null;
  const delta = new Map<string, { dossiers: number; population: number; need: number }>();
  const add = (team: string | null, sign: 1 | -1, a: (typeof moved)[number]) => {
    if (team === null) return;
    const d = delta.get(team) ?? { dossiers: 0, population: 0, need: 0 };
    delta.set(team, { dossiers: d.dossiers + sign * (a.dossiers ?? 0), population: d.population + sign * (a.population ?? 0), need: d.need + sign * (a.need ?? 0) });
  };
  const touched = { dossiers: new Set<string>(), clients: new Set<string>() };
  for (const a of moved) {
    const to = territory.get(a.code)!;
    add(a.team, -1, a);
    add(to, 1, a);
    for (const kind of ['dossiers', 'clients'] as const) {
      if (!run.baseSuppressed[kind].has(a.code)) continue;
      touched[kind].add(to);
      if (a.team !== null) touched[kind].add(a.team);
    }
  }
  const moveTeam = (t: Team): Team => {
    const d = delta.get(t.id);
    if (!d) return t;
    const plus = (x: number | null, by: number) => (x === null ? null : Math.max(x + by, 0));
    return { ...t, dossiers: plus(t.dossiers, d.dossiers), population: plus(t.population, d.population), need: plus(t.need, d.need) };
  };
  const teams = run.input.teams.map(moveTeam);
  const areas = run.input.areas.map((a) => (territory.has(a.code) && teamIds.has(territory.get(a.code)!) ? { ...a, team: territory.get(a.code)! } : a));
  const threshold = run.settings.suppressionThreshold;
  const hideSmall = (hidden: Set<string>, countOf: (t: Team) => number | null) => {
    const small = (c: number | null) => c !== null && c >= 1 && c <= threshold;
    for (const t of teams) if (small(countOf(t))) hidden.add(t.id);
    if (hidden.size === 1) {
      const next = teams.filter((t) => !hidden.has(t.id) && countOf(t) !== null).sort((a, b) => countOf(a)! - countOf(b)!)[0];
      if (next) hidden.add(next.id);
    }
    return hidden;
  };
  const dossiersSuppressed = hideSmall(new Set([...run.dossiersSuppressed, ...touched.dossiers]), (t) => t.dossiers);
  const clientsOf = (list: typeof areas, team: string) => list.reduce((s, a) => s + (a.team === team ? (a.clients ?? 0) : 0), 0);
  const todayHidden = [...run.teamClients].filter(([, c]) => c.status === 'suppressed').map(([id]) => id);
  const clientsHidden = hideSmall(new Set([...todayHidden, ...touched.clients]), (t) => clientsOf(areas, t.id));
  return { areas, teams, dossiersSuppressed, clientsHidden };
}

/**
 * Reruns the engine of an analysis run with a scenario's changes, without touching the database: the run's
 * input (areas, counts) and its suppression plan stay as they are, so a changed FTE never reveals a
 * suppressed count. With `territory`, areas change team and every team figure (population, need and target
 * shares, FTE targets, caseload, distances to the own locations, known clients) follows, computed by the same
 * engine from the base areas; a team an area with a hidden count moved into or out of has its count hidden.
 * Milliseconds on Kortrijk: fit for every slider step.
 *
 * @example
 * const planned = rerunAnalysis(run, { teamFte: new Map([['noord', 13], ['zuid', 14.5]]) });
 * planned.result.teams.find((t) => t.id === 'noord')!.currentFte; // 13
 * rerunAnalysis(run, { territory: new Map([['34022A00-', 'zuid']]) }).input.areas.find((a) => a.code === '34022A00-')!.team; // 'zuid'
 */
export function rerunAnalysis(run: AnalysisRun, overrides: AnalysisOverrides): AnalysisRun {
  for (const [team, fte] of overrides.teamFte ?? []) {
    if (!Number.isFinite(fte) || fte < 0) throw new RangeError(`FTE of team ${team} must be a number ≥ 0, got ${fte}`);
  }
  const settings: EngineSettings = { ...run.settings, ...overrides.settings, need: run.settings.need };
  const moved = overrides.territory && overrides.territory.size > 0 ? moveAreas(run, overrides.territory) : null;
  const teams = (moved?.teams ?? run.input.teams).map((t) => ({ ...t, currentFte: overrides.teamFte?.get(t.id) ?? t.currentFte }));
  const centres = overrides.centres ?? run.input.centres;
  const input = { ...run.input, areas: moved?.areas ?? run.input.areas, teams, centres };
  const dossiersSuppressed = moved?.dossiersSuppressed ?? run.dossiersSuppressed;
  const result = analyseAreas(
    {
      areas: input.areas.map((a) => ({ ...a, clients: run.clientsSuppressed.has(a.code) ? null : a.clients })),
      indicators: input.indicators,
      centres: input.centres,
      teams: input.teams.map((t) => ({ id: t.id, currentFte: t.currentFte, dossiers: dossiersSuppressed.has(t.id) ? null : t.dossiers })),
      clientsSensitive: false,
    },
    settings,
  );
  const areas = result.areas.map((a) => (run.clientsSuppressed.has(a.code) ? { ...a, reach: null, reachStatus: 'suppressed' as const, nonTakeUp: null } : a));
  // Clients and need do not depend on the scenario: the totals keep the run's (suppression-aware) figures.
  const totals = { ...result.totals, clients: run.result.totals.clients, reach: run.result.totals.reach };
  const hasClients = input.indicators.some((i) => i.id === input.roles.clients);
  const teamClients = moved ? knownClientsPerTeam(input, result.teams, hasClients ? moved.clientsHidden : null) : run.teamClients;
  return { ...run, input, settings, result: { ...result, areas, totals }, dossiersSuppressed, teamClients };
}
