import type { AnalysisRun } from '../../../data/analysis';
import type { LoadedPackage } from '../../../data/package';
import { buildTerritoryInput, type TerritoryBalance } from '../../../data/analysis';
import { proposeTerritories, type TerritoryReport } from '../../../geo/territories';
import type { BaseAdjacency } from '../organise/use-base-adjacency';
import { planScenario } from './plan-scenario';
import type { Scenario } from './state/scenario-slice';

export type { TerritoryBalance };

export interface TerritoryProposalOptions {
  readonly balance: TerritoryBalance;
  /** Allowed |load ÷ mean − 1| per team, e.g. 0.15. */
  readonly tolerance: number;
  readonly keepWijken: boolean;
  readonly minChange: boolean;
}

export type ScenarioTerritoryProposal =
  | {
      readonly ok: true;
      /** The proposal as a scenario's territory changes: area code → team, only where it differs from today's. */
      readonly territory: Readonly<Record<string, string>>;
      readonly report: TerritoryReport;
      /** Areas and residents whose team differs from the scenario's (where the proposal started). */
      readonly changedAreas: number;
      readonly changedResidents: number;
      readonly milliseconds: number;
    }
  | { readonly ok: false; readonly reason: 'no-location' | 'no-fte'; readonly teams: readonly string[] };

/**
 * Proposes territories for a scenario with `proposeTerritories` (geo/territories) on the scenario's data:
 * its areas and their teams (today's plus its territory changes) as the start, its open locations (each
 * team keeps the base areas they stand in), its FTE (for dossiers per FTE), persons in need or open
 * dossiers per base area as the weights, shared borders as adjacency, the level above the base level as
 * the wijken. Refuses, naming them, when a team has no location (or, per FTE, no FTE) in the scenario.
 * About 40 ms on Kortrijk (113 sectors, 7 teams): fine on the main thread.
 *
 * @example
 * const p = proposeScenarioTerritories(pkg, run, scenario, baseAdjacencyOf(pkg), { balance: 'personsInNeed', tolerance: 0.15, keepWijken: false, minChange: false });
 * if (p.ok) p.report.toleranceMet // true on Kortrijk
 */
export function proposeScenarioTerritories(pkg: LoadedPackage, run: AnalysisRun, scenario: Scenario, adjacency: BaseAdjacency, options: TerritoryProposalOptions): ScenarioTerritoryProposal {
  const planned = planScenario(run, scenario);
  const { areas } = planned.input;
  const indexOf = new Map(adjacency.codes.map((c, i) => [c, i] as const));
  const built = buildTerritoryInput(pkg, planned.input, (code) => (adjacency.adjacency[indexOf.get(code) ?? -1] ?? []).map((j) => adjacency.codes[j]!), options.balance);
  if (!built.ok) return built;
  const started = performance.now();
  const proposal = proposeTerritories(built.input, { tolerance: options.tolerance, keepWijken: options.keepWijken, minChange: options.minChange });
  const milliseconds = performance.now() - started;
  const today = new Map(run.input.areas.map((a) => [a.code, a.team] as const));
  const now = new Map(areas.map((a) => [a.code, a] as const));
  const territory: Record<string, string> = {};
  let changedAreas = 0;
  let changedResidents = 0;
  for (const { code, team } of proposal.assignment) {
    if (today.get(code) !== team) territory[code] = team;
    const area = now.get(code);
    if (area && area.team !== team) {
      changedAreas++;
      changedResidents += Math.max(area.population ?? 0, 0);
    }
  }
  return { ok: true, territory, report: proposal.report, changedAreas, changedResidents, milliseconds };
}
