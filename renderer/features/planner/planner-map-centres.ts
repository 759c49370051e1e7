import type { Centre } from '../../../data/package';
import type { TravelMode } from '../../../geo/accessibility';
import { meters } from '../../../geo/units';
import type { AppState } from '../../app/app-state';
import { defineSessionSlot, type SessionMemory } from '../../shared/session-memory';
import { scenarioCentres } from './plan-scenario';
import type { Scenario } from './state/scenario-slice';

/** What the map's centres and catchment rings are drawn from while the planner is open. */
export interface PlannerMapCentres {
  readonly centres: readonly Centre[];
  readonly travelModes: readonly TravelMode[];
}

/** The last centres built in this session, with the parts of the scenario they were built from. */
const centresMemo = defineSessionSlot('planner map centres', () => ({
  last: null as { key: readonly unknown[]; value: PlannerMapCentres } | null,
}));

/**
 * The active scenario's centres (today's minus the closed, moved and renamed ones, plus the added) and its
 * travel radii, for the map's centres and rings while the planner tab is open; null otherwise (the map then
 * draws the package's). The same object as long as the scenario's locations and radii stay the same, so an
 * FTE edit never recomputes the rings.
 *
 * @example
 * selectPlannerMapCentres(stateWithAnAddedCentre, memory)?.centres.at(-1)?.id // 'added-1'
 */
export function selectPlannerMapCentres(state: AppState, memory: SessionMemory): PlannerMapCentres | null {
  if (state.ui.panel !== 'planner') return null;
  const run = state.plannerRun.run;
  const scenario: Scenario | undefined = state.scenarios.list.find((s) => s.id === state.scenarios.activeId);
  if (!run || !scenario) return null;
  const key = [run, scenario.added, scenario.moved, scenario.closed, scenario.renamed, scenario.radii] as const;
  const memo = centresMemo(memory);
  if (memo.last && memo.last.key.every((part, i) => part === key[i])) return memo.last.value;
  const centres = scenarioCentres(run, scenario).map((c): Centre => ({ id: c.id, name: c.name, teamId: c.team, address: null, lon: c.position[0], lat: c.position[1], locationQuality: null }));
  const travelModes = run.settings.travelModes.map((m) => (scenario.radii[m.id] ? { ...m, radius: meters(scenario.radii[m.id]!) } : m));
  memo.last = { key, value: { centres, travelModes } };
  return memo.last.value;
}
