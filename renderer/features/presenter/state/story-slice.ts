import type { PresentationLayout, PresentationSnapshot, PresenterCommand, SlideSummary } from '../../../../electron/shared/presentation-messages';
import type { LayersState } from '../../explorer/state/layers-slice';
import type { ViewState } from '../../explorer/state/view-slice';

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
  /** One window (notes toggle) or two (audience + presenter console); meaningful while presenting. */
  readonly layout: PresentationLayout;
  /** When the presentation started (ms since the epoch), for the console's timer; null when not presenting. */
  readonly startedAt: number | null;
  /** Small pictures of the views by view id (`data:` URLs), drawn when a view is saved or before presenting; not saved in the project. */
  readonly thumbnails: Readonly<Record<string, string>>;
}

export const initialStoryState: StoryState = { views: [], presenting: null, highContrast: false, showNotes: false, layout: 'one-window', startedAt: null, thumbnails: {} };

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
  const { [id]: _dropped, ...thumbnails } = s.thumbnails;
  return { ...s, views, presenting, thumbnails };
};

/**
 * Starts presenting at `index` (clamped). `layout` and `startedAt` (ms) say how and since when; without them
 * the presentation is one window, started at time 0 (tests) — the command passes `Date.now()`.
 */
export const startPresenting =
  (index = 0, options: { layout?: PresentationLayout; startedAt?: number } = {}) =>
  (s: StoryState): StoryState =>
    s.views.length === 0 ? s : { ...s, presenting: clampIndex(s, index), layout: options.layout ?? 'one-window', startedAt: options.startedAt ?? 0 };
export const nextView = (s: StoryState): StoryState => (s.presenting === null ? s : { ...s, presenting: clampIndex(s, s.presenting + 1) });
export const previousView = (s: StoryState): StoryState => (s.presenting === null ? s : { ...s, presenting: clampIndex(s, s.presenting - 1) });
export const stopPresenting = (s: StoryState): StoryState => (s.presenting === null ? s : { ...s, presenting: null, startedAt: null, layout: 'one-window' });
/** Goes to view `index` (clamped) while presenting. */
export const goToView = (index: number) => (s: StoryState): StoryState => (s.presenting === null ? s : { ...s, presenting: clampIndex(s, index) });
export const toggleHighContrast = (s: StoryState): StoryState => ({ ...s, highContrast: !s.highContrast });
export const toggleNotes = (s: StoryState): StoryState => ({ ...s, showNotes: !s.showNotes });
export const loadViews = (views: readonly SavedView[]) => (s: StoryState): StoryState => ({ ...s, views, presenting: null, startedAt: null, layout: 'one-window', thumbnails: {} });
export const setThumbnail = (id: string, dataUrl: string) => (s: StoryState): StoryState =>
  s.views.some((v) => v.id === id) ? { ...s, thumbnails: { ...s.thumbnails, [id]: dataUrl } } : s;

/** What a command from the presenter console does to the story (`hello` changes nothing: it asks for the state). */
export const applyPresenterCommand = (command: PresenterCommand) => (s: StoryState): StoryState => {
  switch (command.kind) {
    case 'next':
      return nextView(s);
    case 'previous':
      return previousView(s);
    case 'stop':
      return stopPresenting(s);
    case 'toggle-notes':
      return toggleNotes(s);
    case 'go':
      return goToView(command.index)(s);
    case 'hello':
      return s;
  }
};

function slideOf(s: StoryState, view: SavedView): SlideSummary {
  return { title: view.title, caption: view.caption, notes: view.notes, thumbnail: s.thumbnails[view.id] ?? null };
}

/** The presentation as the presenter console sees it (current and next view, timer start), or null when not presenting. */
export function selectPresentationSnapshot(s: StoryState, language: 'nl' | 'en'): PresentationSnapshot | null {
  if (s.presenting === null) return null;
  const current = s.views[s.presenting];
  if (!current) return null;
  const next = s.views[s.presenting + 1];
  return {
    index: s.presenting,
    total: s.views.length,
    current: slideOf(s, current),
    next: next ? slideOf(s, next) : null,
    startedAt: s.startedAt ?? 0,
    language,
    highContrast: s.highContrast,
  };
}
