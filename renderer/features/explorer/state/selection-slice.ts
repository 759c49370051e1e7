/**
 * What the user points at and picks, shared by the map, the charts and the panels so they highlight each
 * other: the area under the pointer on the map, the areas a chart element stands for, the clicked area
 * (its detail panel), and up to two areas pinned for comparison.
 */
export interface SelectionState {
  /** Area code under the pointer on the map. */
  readonly hovered: string | null;
  /** Area codes highlighted from a chart (a bar for a team highlights its areas). */
  readonly highlighted: readonly string[];
  /** Where the highlight comes from, so the chart can highlight its own element too. */
  readonly highlightSource: { readonly kind: 'team' | 'area'; readonly id: string } | null;
  /** The clicked area, shown in the detail panel. */
  readonly selected: string | null;
  /** Up to two areas pinned side by side. */
  readonly pinned: readonly string[];
}

export const initialSelectionState: SelectionState = { hovered: null, highlighted: [], highlightSource: null, selected: null, pinned: [] };

export const setHovered = (hovered: string | null) => (s: SelectionState): SelectionState => (s.hovered === hovered ? s : { ...s, hovered });
export const setHighlight = (source: SelectionState['highlightSource'], codes: readonly string[]) => (s: SelectionState): SelectionState => ({ ...s, highlightSource: source, highlighted: codes });
export const clearHighlight = (s: SelectionState): SelectionState => (s.highlighted.length === 0 && s.highlightSource === null ? s : { ...s, highlightSource: null, highlighted: [] });
export const selectArea = (code: string | null) => (s: SelectionState): SelectionState => ({ ...s, selected: code });
/** Pins an area (the oldest pin goes when there are already two); pinning a pinned area unpins it. */
export const togglePin = (code: string) => (s: SelectionState): SelectionState =>
  s.pinned.includes(code) ? { ...s, pinned: s.pinned.filter((c) => c !== code) } : { ...s, pinned: [...s.pinned, code].slice(-2) };
export const clearSelection = (_s: SelectionState): SelectionState => initialSelectionState;
