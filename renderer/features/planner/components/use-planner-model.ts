import { useCallback } from 'react';
import { useAppState, useServices } from '../../../app/app-context';
import type { AppState } from '../../../app/app-state';
import { selectPlannerModel, selectPlannerOutcome, type PlannerModel, type PlannerOutcome } from '../planner-model';

/** The planner model of the app state (memoised in the session's memory), or null; follows the store. */
export function usePlannerModel(): PlannerModel | null {
  const { memory } = useServices();
  const select = useCallback((state: AppState) => selectPlannerModel(state, memory), [memory]);
  return useAppState(select);
}

/** The planner model or why the active scenario was refused, or null (no run, no scenario); follows the store. */
export function usePlannerOutcome(): PlannerOutcome | null {
  const { memory } = useServices();
  const select = useCallback((state: AppState) => selectPlannerOutcome(state, memory), [memory]);
  return useAppState(select);
}
