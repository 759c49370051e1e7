import type { AnalysisRun } from '../../../../data/analysis';
import type { AppState } from '../../../app/app-state';
import type { SelectionState } from '../state/selection-slice';

/**
 * What the charts emphasise: the area under the map pointer, what a chart highlights, the clicked area.
 * Kept apart from the chart data (chart-inputs.ts): a pointer move changes only this small object, and the
 * charts' rows, tables and summaries stay the very same objects.
 */
export interface ChartFocus {
  /** Areas emphasised: the one under the map pointer and those a chart element stands for. */
  readonly codes: ReadonlySet<string>;
  /** Teams emphasised: the highlighted team, or the teams of the emphasised areas. */
  readonly teams: ReadonlySet<string>;
  /** The clicked area (its detail panel is open), or null. */
  readonly selected: string | null;
}

export const NO_FOCUS: ChartFocus = { codes: new Set(), teams: new Set(), selected: null };

/** Each run's area → team lookup. Pure memoisation keyed by the immutable run (it may stay a module WeakMap). */
const teamsOfRuns = new WeakMap<AnalysisRun, ReadonlyMap<string, string | null>>();

function teamOfArea(run: AnalysisRun): ReadonlyMap<string, string | null> {
  let teamOf = teamsOfRuns.get(run);
  if (!teamOf) teamsOfRuns.set(run, (teamOf = new Map(run.result.areas.map((a) => [a.code, a.team] as const))));
  return teamOf;
}

/**
 * The focus of a selection over an analysis run: the area codes, and the teams they belong to (or the
 * highlighted team itself); the team of the hovered area is always emphasised.
 *
 * @example
 * focusOf(run, { ...initialSelectionState, hovered: 'W07' }).teams // Set { 'centrum' }
 */
export function focusOf(run: AnalysisRun | null, selection: SelectionState): ChartFocus {
  const codes = new Set<string>(selection.highlighted);
  if (selection.hovered) codes.add(selection.hovered);
  const teams = new Set<string>();
  const teamOf = run ? teamOfArea(run) : new Map<string, string | null>();
  if (selection.highlightSource?.kind === 'team') teams.add(selection.highlightSource.id);
  else for (const code of codes) {
    const team = teamOf.get(code);
    if (team) teams.add(team);
  }
  if (selection.hovered) {
    const team = teamOf.get(selection.hovered);
    if (team) teams.add(team);
  }
  return { codes, teams, selected: selection.selected };
}

/**
 * Memoises a selector on the identity of the state parts it reads. (The one-entry memo is a module
 * variable: pure memoisation of a pure function, not session state.)
 */
export function memoOnParts<T>(parts: (state: AppState) => readonly unknown[], compute: (state: AppState) => T): (state: AppState) => T {
  let last: { parts: readonly unknown[]; value: T } | null = null;
  return (state) => {
    const now = parts(state);
    if (last && last.parts.length === now.length && last.parts.every((p, i) => Object.is(p, now[i]))) return last.value;
    const value = compute(state);
    last = { parts: now, value };
    return value;
  };
}

/** The charts' focus in the app state: a new object only when the pointer, the highlight or the selection change. */
export const selectChartFocus = memoOnParts(
  (s) => [s.analysis.run, s.selection.hovered, s.selection.highlighted, s.selection.highlightSource, s.selection.selected],
  (s) => focusOf(s.analysis.run, s.selection),
);
