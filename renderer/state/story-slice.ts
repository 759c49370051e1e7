import type { LayersState } from './layers-slice';
import type { ViewState } from './view-slice';

/** Where the map looks. */
export interface Camera {
  readonly center: readonly [number, number];
  readonly zoom: number;
}

/** A saved view: everything needed to show the map again as it was, with its words for the audience. */
export interface SavedView {
  readonly id: string;
  readonly title: string;
  readonly caption: string;
  /** Speaker notes (shown to the presenter only). */
  readonly notes: string;
  readonly view: ViewState;
  readonly layers: Pick<LayersState, 'order' | 'visible' | 'gapTopN' | 'rings'>;
  readonly camera: Camera;
  /** The planning scenario shown (null: the baseline). */
  readonly scenarioId: string | null;
  /** Areas outlined for the audience. */
  readonly highlighted: readonly string[];
}

export interface StoryState {
  readonly views: readonly SavedView[];
  /** Index of the view on screen in presentation mode, or null when not presenting. */
  readonly presenting: number | null;
  readonly highContrast: boolean;
  /** Speaker notes shown in presentation mode (browser: one window). */
  readonly showNotes: boolean;
}

export const initialStoryState: StoryState = { views: [], presenting: null, highContrast: false, showNotes: false };

const clampIndex = (s: StoryState, i: number) => Math.max(0, Math.min(s.views.length - 1, i));

export const addView = (view: SavedView) => (s: StoryState): StoryState => {
  if (s.views.some((v) => v.id === view.id)) throw new RangeError(`A view with id ${view.id} exists`);
  return { ...s, views: [...s.views, view] };
};

/** Changes the words of a view (title, caption, notes). An empty title keeps the old one. */
export const editView = (id: string, patch: Partial<Pick<SavedView, 'title' | 'caption' | 'notes'>>) => (s: StoryState): StoryState => ({
  ...s,
  views: s.views.map((v) => (v.id !== id ? v : { ...v, ...patch, title: patch.title !== undefined && patch.title.trim() === '' ? v.title : (patch.title?.trim() ?? v.title) })),
});

/** Moves a view one place up (-1) or down (+1) in the story. */
export const moveView = (id: string, by: -1 | 1) => (s: StoryState): StoryState => {
  const i = s.views.findIndex((v) => v.id === id);
  const j = i + by;
  if (i < 0 || j < 0 || j >= s.views.length) return s;
  const views = [...s.views];
  [views[i], views[j]] = [views[j]!, views[i]!];
  return { ...s, views };
};

export const deleteView = (id: string) => (s: StoryState): StoryState => {
  const views = s.views.filter((v) => v.id !== id);
  if (views.length === s.views.length) return s;
  const presenting = s.presenting === null || views.length === 0 ? null : Math.min(s.presenting, views.length - 1);
  return { ...s, views, presenting };
};

export const startPresenting = (index = 0) => (s: StoryState): StoryState => (s.views.length === 0 ? s : { ...s, presenting: clampIndex(s, index) });
export const nextView = (s: StoryState): StoryState => (s.presenting === null ? s : { ...s, presenting: clampIndex(s, s.presenting + 1) });
export const previousView = (s: StoryState): StoryState => (s.presenting === null ? s : { ...s, presenting: clampIndex(s, s.presenting - 1) });
export const stopPresenting = (s: StoryState): StoryState => (s.presenting === null ? s : { ...s, presenting: null });
export const toggleHighContrast = (s: StoryState): StoryState => ({ ...s, highContrast: !s.highContrast });
export const toggleNotes = (s: StoryState): StoryState => ({ ...s, showNotes: !s.showNotes });
export const loadViews = (views: readonly SavedView[]) => (s: StoryState): StoryState => ({ ...s, views, presenting: null });
