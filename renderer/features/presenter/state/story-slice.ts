import type { PresentationLayout, PresentationSnapshot, PresenterCommand, SlideSummary } from '../../../../electron/shared/presentation-messages';
import type { LayersState } from '../../explorer/state/layers-slice';
import type { ViewState } from '../../explorer/state/view-slice';

/** Where the map looks. */
export interface Camera {
  readonly center: readonly [number, number];
  readonly zoom: number;
}

/** A map extent in degrees: [[west, south], [east, north]]. */
export type Extent = readonly [readonly [number, number], readonly [number, number]];

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
  /** What the map showed when it was saved; the audience screen fits it (absent: derived from the camera). */
  readonly extent?: Extent;
  /** The package the view was saved on (`packageKeyOf`); absent in views saved before views had one (any package). */
  readonly packageKey?: string;
}

export interface StoryState {
  /** Every saved view, of every package opened in this session (those of other packages are hidden, not deleted). */
  readonly views: readonly SavedView[];
  /** The package open now (`packageKeyOf`), whose views are listed, presented and exported; null: none. */
  readonly packageKey: string | null;
  /**
   * Index in the open package's views (`storyViews`) of the view on screen in presentation mode; their
   * count means the end slide; null when not presenting.
   */
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

export const initialStoryState: StoryState = { views: [], packageKey: null, presenting: null, highContrast: false, showNotes: false, layout: 'one-window', startedAt: null, thumbnails: {} };

/**
 * The views of the open package, in story order (views saved before views had a package count for any).
 *
 * @example
 * storyViews({ ...initialStoryState, packageKey: 'kortrijk', views: [{ ...v, packageKey: 'demostad' }] }) // []
 */
export function storyViews(s: StoryState): readonly SavedView[] {
  return s.views.every((v) => belongsTo(v, s.packageKey)) ? s.views : s.views.filter((v) => belongsTo(v, s.packageKey));
}

/** Whether a view may be shown while the package `packageKey` is open. */
export const belongsTo = (view: SavedView, packageKey: string | null): boolean => view.packageKey === undefined || view.packageKey === packageKey;

/** How many saved views belong to other packages than the open one (hidden). */
export const hiddenViewCount = (s: StoryState): number => s.views.length - storyViews(s).length;

/** The view on screen while presenting, or null (not presenting, or the end slide). */
export function presentedView(s: StoryState): SavedView | null {
  return s.presenting === null ? null : (storyViews(s)[s.presenting] ?? null);
}

/** Whether the presentation is at its end slide (after the last view). */
export const atEndSlide = (s: StoryState): boolean => s.presenting !== null && s.presenting === storyViews(s).length;

/** A presentation position: the open package's views, then the end slide. */
const clampIndex = (s: StoryState, i: number) => Math.max(0, Math.min(storyViews(s).length, i));

/** Another package opened: its views are shown, the others hidden (kept); a presentation stops. */
export const setStoryPackage = (packageKey: string | null) => (s: StoryState): StoryState =>
  s.packageKey === packageKey ? s : { ...s, packageKey, presenting: null, startedAt: null, layout: 'one-window' };

export const addView = (view: SavedView) => (s: StoryState): StoryState => {
  if (s.views.some((v) => v.id === view.id)) throw new RangeError(`A view with id ${view.id} exists`);
  return { ...s, views: [...s.views, view] };
};

/** Changes the words of a view (title, caption, notes). An empty title keeps the old one. */
export const editView = (id: string, patch: Partial<Pick<SavedView, 'title' | 'caption' | 'notes'>>) => (s: StoryState): StoryState => ({
  ...s,
  views: s.views.map((v) => (v.id !== id ? v : { ...v, ...patch, title: patch.title !== undefined && patch.title.trim() === '' ? v.title : (patch.title?.trim() ?? v.title) })),
});

/** Moves a view one place up (-1) or down (+1) among the open package's views. */
export const moveView = (id: string, by: -1 | 1) => (s: StoryState): StoryState => {
  const i = s.views.findIndex((v) => v.id === id);
  let j = i + by;
  while (j >= 0 && j < s.views.length && !belongsTo(s.views[j]!, s.packageKey)) j += by;
  if (i < 0 || j < 0 || j >= s.views.length) return s;
  const views = [...s.views];
  [views[i], views[j]] = [views[j]!, views[i]!];
  return { ...s, views };
};

export const deleteView = (id: string) => (s: StoryState): StoryState => {
  const views = s.views.filter((v) => v.id !== id);
  if (views.length === s.views.length) return s;
  const shown = views.filter((v) => belongsTo(v, s.packageKey)).length;
  const presenting = s.presenting === null || shown === 0 ? null : Math.min(s.presenting, shown);
  const { [id]: _dropped, ...thumbnails } = s.thumbnails;
  return { ...s, views, presenting, thumbnails, ...(presenting === null ? { startedAt: null, layout: 'one-window' as const } : {}) };
};

/**
 * Starts presenting at `index` (clamped). `layout` and `startedAt` (ms) say how and since when; without them
 * the presentation is one window, started at time 0 (tests) — the command passes `Date.now()`.
 */
export const startPresenting =
  (index = 0, options: { layout?: PresentationLayout; startedAt?: number } = {}) =>
  (s: StoryState): StoryState =>
    storyViews(s).length === 0 ? s : { ...s, presenting: Math.min(clampIndex(s, index), storyViews(s).length - 1), layout: options.layout ?? 'one-window', startedAt: options.startedAt ?? 0 };
export const nextView = (s: StoryState): StoryState => (s.presenting === null ? s : { ...s, presenting: clampIndex(s, s.presenting + 1) });
export const previousView = (s: StoryState): StoryState => (s.presenting === null ? s : { ...s, presenting: clampIndex(s, s.presenting - 1) });
export const stopPresenting = (s: StoryState): StoryState => (s.presenting === null ? s : { ...s, presenting: null, startedAt: null, layout: 'one-window' });
/** Goes to view `index` (clamped; the count of views is the end slide) while presenting. */
export const goToView = (index: number) => (s: StoryState): StoryState => (s.presenting === null ? s : { ...s, presenting: clampIndex(s, index) });
export const toggleHighContrast = (s: StoryState): StoryState => ({ ...s, highContrast: !s.highContrast });
export const toggleNotes = (s: StoryState): StoryState => ({ ...s, showNotes: !s.showNotes });
/** The views of a project file replace the story (those of other packages stay hidden). */
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

/** The end slide's summary when the caller gives no words of its own. */
const END_SLIDE: SlideSummary = { title: 'Einde', caption: '', notes: '', thumbnail: null };

function slideOf(s: StoryState, view: SavedView): SlideSummary {
  return { title: view.title, caption: view.caption, notes: view.notes, thumbnail: s.thumbnails[view.id] ?? null };
}

/**
 * The presentation as the presenter console sees it (current and next view, timer start), or null when not
 * presenting. After the last view comes the end slide (`end`: its words); at the end, `index` is `total`.
 */
export function selectPresentationSnapshot(s: StoryState, language: 'nl' | 'en', end: SlideSummary = END_SLIDE): PresentationSnapshot | null {
  if (s.presenting === null) return null;
  const views = storyViews(s);
  const slide = (i: number): SlideSummary | null => (i < views.length ? slideOf(s, views[i]!) : i === views.length ? end : null);
  const current = slide(s.presenting);
  if (!current) return null;
  return {
    index: s.presenting,
    total: views.length,
    current,
    next: slide(s.presenting + 1),
    startedAt: s.startedAt ?? 0,
    language,
    highContrast: s.highContrast,
  };
}
