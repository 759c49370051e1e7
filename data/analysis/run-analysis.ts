import { analyseAreas, DEFAULT_ENGINE_SETTINGS, type EngineResult, type EngineSettings } from '../../geo/analysis';
import type { Database } from '../db/database';
import type { LoadedPackage } from '../package/model';
import { buildAnalysisInput, type AnalysisInput } from './build-analysis-input';
import { buildSuppressionPlan } from './build-suppression-plan';
import { TEAM_LEVEL } from '../package/read-package';

/** Settings of a run: the engine's, with the need indicators optional (defaulted from the package). */
export type AnalysisSettings = Omit<EngineSettings, 'need'> & { readonly need?: EngineSettings['need'] };

/**
 * Need indicators used when the user has chosen none: every `higher_worse` indicator with a denominator
 * (a rate), weight 1 — for Kortrijk the poverty estimate, leefloon, increased reimbursement, single parents,
 * 75+ alone, deprived births and prepayment meters.
 */
export function defaultNeedIndicators(pkg: LoadedPackage): { id: string; weight: number }[] {
  return pkg.definitions.filter((d) => d.polarity === 'higher_worse' && d.denominator !== null && d.kind === 'count').map((d) => ({ id: d.id, weight: 1 }));
}

/** A team's known clients and reach, or why they are not shown. */
export interface TeamClients {
  readonly clients: number | null;
  /** Known clients ÷ persons in need of the team. */
  readonly reach: number | null;
  /** `suppressed`: the suppression plan hides the team's count; `missing`: no clients indicator or an area without a count. */
  readonly status: 'shown' | 'suppressed' | 'missing';
}

export interface AnalysisRun {
  readonly input: AnalysisInput;
  readonly settings: EngineSettings;
  readonly result: EngineResult;
  /** Area codes whose clients count is suppressed (primary or secondary), for this level and period. */
  readonly clientsSuppressed: ReadonlySet<string>;
  /** Team ids whose open-dossier count is suppressed. */
  readonly dossiersSuppressed: ReadonlySet<string>;
  /**
   * Base-area codes whose open-dossier or clients count is suppressed (primary or secondary): an area
   * moved between teams in a scenario may only change a team figure the user sees when its count is shown.
   */
  readonly baseSuppressed: { readonly dossiers: ReadonlySet<string>; readonly clients: ReadonlySet<string> };
  /**
   * Per team id: its known clients (the sum over the base areas of its territory) and reach (clients ÷
   * persons in need); both null where the package has no clients, or where the suppression plan hides the
   * team's count.
   */
  readonly teamClients: ReadonlyMap<string, TeamClients>;
}

/**
 * Everything `cli analyse` prints and the planner recomputes: reads the level from DuckDB once, applies the
 * package's small-cell suppression plan (primary and secondary) to clients and dossiers, and runs the
 * pure engine.
 */
export async function runAnalysis(db: Database, pkg: LoadedPackage, options: { level: string; period: number; settings?: Partial<AnalysisSettings> }): Promise<AnalysisRun> {
  const run = await runLevel(db, pkg, options);
  if (options.level === pkg.baseLevel) return run;
  return withTeamFiguresOf(run, await runLevel(db, pkg, { ...options, level: pkg.baseLevel }));
}

/**
 * A run at a coarser level with the team figures of the base-level run: a team's population, need, shares,
 * FTE targets, caseload, known clients and reach are sums over the base areas of its territory, so they are
 * the same at every map level (a wijk or deelgemeente split between teams is never given whole to one).
 * The area figures stay those of the level.
 */
function withTeamFiguresOf(run: AnalysisRun, base: AnalysisRun): AnalysisRun {
  return {
    ...run,
    input: { ...run.input, teams: base.input.teams, ftePeriod: base.input.ftePeriod },
    result: { ...run.result, teams: base.result.teams, apportionment: base.result.apportionment, totals: base.result.totals },
    dossiersSuppressed: base.dossiersSuppressed,
    baseSuppressed: base.baseSuppressed,
    teamClients: base.teamClients,
  };
}

/** One level's run: its input from DuckDB, the suppression plans applied, the engine. */
async function runLevel(db: Database, pkg: LoadedPackage, options: { level: string; period: number; settings?: Partial<AnalysisSettings> }): Promise<AnalysisRun> {
  const input = await buildAnalysisInput(db, pkg, { level: options.level, period: options.period });
  const settings: EngineSettings = {
    ...DEFAULT_ENGINE_SETTINGS,
    ...options.settings,
    need: options.settings?.need ?? { indicators: defaultNeedIndicators(pkg), method: 'z-score' },
  };
  const clientsDefinition = pkg.definitions.find((d) => d.id === input.roles.clients);
  const dossiersDefinition = pkg.definitions.find((d) => d.id === input.roles.caseload);
  const threshold = settings.suppressionThreshold;
  const clientsPlan = clientsDefinition ? await buildSuppressionPlan(db, pkg, { indicator: clientsDefinition.id, period: options.period, threshold }) : null;
  const dossiersPlan = dossiersDefinition ? await buildSuppressionPlan(db, pkg, { indicator: dossiersDefinition.id, period: options.period, threshold }) : null;
  const hidden = (plan: typeof clientsPlan, level: string) =>
    new Set([...(plan?.status ?? new Map<string, string>())].filter(([key, status]) => key.startsWith(`${level}|`) && (status === 'primary' || status === 'secondary')).map(([key]) => key.slice(level.length + 1)));
  const clientsSuppressed = hidden(clientsPlan, options.level);
  const dossiersSuppressed = hidden(dossiersPlan, 'team');
  const result = analyseAreas(
    {
      areas: input.areas.map((a) => ({ ...a, clients: clientsSuppressed.has(a.code) ? null : a.clients })),
      indicators: input.indicators,
      centres: input.centres,
      teams: input.teams.map((t) => ({ id: t.id, currentFte: t.currentFte, dossiers: dossiersSuppressed.has(t.id) ? null : t.dossiers })),
      // Suppression is done by the plan above (it also covers secondary suppression).
      clientsSensitive: false,
    },
    settings,
  );
  const areas = result.areas.map((a) => (clientsSuppressed.has(a.code) ? { ...a, reach: null, reachStatus: 'suppressed' as const, nonTakeUp: null } : a));
  // The totals use every area's true count, unless the plan hides the municipality total itself.
  const single = pkg.levels.find((l) => l.areas.features.length === 1);
  const totalHidden = single ? hidden(clientsPlan, single.level).size > 0 : false;
  const trueClients = input.areas.every((a) => a.clients === null) ? null : input.areas.reduce((s, a) => s + (a.clients ?? 0), 0);
  const clients = totalHidden ? null : trueClients;
  const totals = { ...result.totals, clients, reach: clients !== null && result.totals.need > 0 ? clients / result.totals.need : null };
  const teamClients = knownClientsPerTeam(input, result.teams, clientsDefinition ? hidden(clientsPlan, TEAM_LEVEL) : null);
  const baseSuppressed = { dossiers: hidden(dossiersPlan, pkg.baseLevel), clients: hidden(clientsPlan, pkg.baseLevel) };
  return { input, settings, result: { ...result, areas, totals }, clientsSuppressed, dossiersSuppressed, baseSuppressed, teamClients };
}

/**
 * Known clients and reach per team from the true counts of the level's areas (meaningful at the base level,
 * where a territory is a set of whole areas); null for every team when `hiddenTeams` is null (no clients
 * indicator) or for a team it lists, or when one of its areas has no count.
 */
export function knownClientsPerTeam(input: AnalysisInput, teams: EngineResult['teams'], hiddenTeams: ReadonlySet<string> | null): AnalysisRun['teamClients'] {
  const sums = new Map<string, number | null>();
  for (const a of input.areas) {
    if (a.team === null) continue;
    const before = sums.has(a.team) ? sums.get(a.team)! : 0;
    sums.set(a.team, before === null || a.clients === null ? null : before + a.clients);
  }
  return new Map(
    teams.map((t): [string, TeamClients] => {
      const sum = sums.get(t.id) ?? null;
      if (hiddenTeams === null || sum === null) return [t.id, { clients: null, reach: null, status: 'missing' }];
      if (hiddenTeams.has(t.id)) return [t.id, { clients: null, reach: null, status: 'suppressed' }];
      return [t.id, { clients: sum, reach: t.need > 0 ? sum / t.need : null, status: 'shown' }];
    }),
  );
}
