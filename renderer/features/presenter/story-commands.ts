import type { PresentationLayout } from '../../../electron/shared/presentation-messages';
import type { Services } from '../../app/services';
import { mapShown } from '../explorer/commands/map-follows-view';
import type { LoadedPackage } from '../../../data/package';
import { currentCamera, currentExtent, easeCamera, fitExtent, snapshotMap } from '../../map/camera-bridge';
import { inSlice } from '../../app/app-state';
import { activateScenario } from '../planner/state/scenario-slice';
import { reportProblem } from '../../shared/problems';
import { clearHighlight, setHighlight } from '../explorer/state/selection-slice';
import { addView, belongsTo, setThumbnail, startPresenting, storyViews, type SavedView } from './state/story-slice';
import { viewExtent, type Padding } from './hall-layout';

/** How long the map moves from one view to the next in a presentation. */
export const TRANSITION_MS = 900;

/**
 * Which package a view belongs to: its name and municipality code (stable over sessions, so a project
 * file's views keep their package).
 *
 * @example
 * packageKeyOf(kortrijk) // 'kortrijk|34022'
 */
export function packageKeyOf(pkg: Pick<LoadedPackage, 'descriptor'>): string {
  return `${pkg.descriptor.name}|${pkg.descriptor.municipality?.nis5 ?? ''}`;
}

/** What the map shows now (view, layers, camera and extent, scenario, highlight, package) as a view with these words. */
export function viewOnScreen(services: Services, id: string, title: string): SavedView | null {
  const state = services.store.getState();
  const camera = currentCamera(services.memory);
  const extent = currentExtent(services.memory);
  if (!camera || !extent) return null;
  const { order, visible, gapTopN, rings } = state.layers;
  return {
    id,
    title,
    caption: '',
    notes: '',
    view: state.view,
    layers: { order, visible, gapTopN, rings },
    camera,
    scenarioId: state.scenarios.activeId,
    highlighted: state.selection.highlighted,
    extent,
    ...(state.pkg.current ? { packageKey: packageKeyOf(state.pkg.current) } : {}),
  };
}

/** Saves what is on screen now as a view of the story (with a title; caption and notes can follow). */
export function captureView(services: Services, title: string): SavedView | null {
  const state = services.store.getState();
  if (!state.pkg.current) return null;
  let n = state.story.views.length + 1;
  while (state.story.views.some((v) => v.id === `v${n}`)) n++;
  const view = viewOnScreen(services, `v${n}`, title.trim() || `View ${n}`);
  if (!view) return null;
  services.store.update(inSlice('story', addView(view)));
  void drawThumbnail(services).then(
    (url) => url && services.store.update(inSlice('story', setThumbnail(view.id, url))),
    (error: unknown) => reportProblem(services.store, 'export-failed', error, { severity: 'warning', params: { what: 'miniatuur / thumbnail' } }),
  );
  return view;
}

/** Width of a view's thumbnail (CSS pixels of the console; JPEG). */
export const THUMBNAIL_WIDTH = 480;

/** The map as it is drawn now, as a small JPEG `data:` URL (null without a map). */
export async function drawThumbnail(services: Services, width = THUMBNAIL_WIDTH): Promise<string | null> {
  const snapshot = snapshotMap(services.memory, window.devicePixelRatio || 1);
  if (!snapshot) return null;
  const map = await snapshot;
  if (map.width === 0 || map.height === 0) return null;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = Math.max(1, Math.round((map.height / map.width) * width));
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(map, 0, 0, canvas.width, canvas.height);
  return canvas.toDataURL('image/jpeg', 0.82);
}

/**
 * Starts the presentation. With a presenter console, views without a thumbnail (e.g. opened from a project
 * file) are drawn first, one by one, so the console can show the next view; `onProgress` reports it.
 * Call it from the click handler: the browser only opens the console window on the user's gesture.
 * Resolves how it presents (`one-window` also when the browser blocked the console window), or null
 * for an empty story.
 */
export async function presentStory(
  services: Services,
  request: 'auto' | 'console-window',
  onProgress: (n: number, total: number) => void = () => undefined,
): Promise<PresentationLayout | null> {
  const views = storyViews(services.store.getState().story);
  if (views.length === 0) return null;
  // The browser's console window must open now (user gesture); Electron moves the app window to the
  // audience display, so its thumbnails are drawn before, out of the audience's sight.
  let layout = request === 'console-window' ? await services.platform.presenter.open(request) : null;
  if (layout === 'two-windows' || (layout === null && services.platform.kind === 'electron')) {
    const missing = views.filter((v) => services.store.getState().story.thumbnails[v.id] === undefined);
    for (const [i, view] of missing.entries()) {
      onProgress(i + 1, missing.length);
      await showView(services, view, 0);
      const url = await drawThumbnail(services);
      if (url) services.store.update(inSlice('story', setThumbnail(view.id, url)));
    }
  }
  layout ??= await services.platform.presenter.open(request);
  services.store.update(inSlice('story', startPresenting(0, { layout, startedAt: Date.now() })));
  return layout;
}

/**
 * Shows a saved view: indicator, level, period, classification and the rest of the view, the layers, the
 * scenario and the highlighted areas, and moves the map there (smoothly over `durationMs`): to its camera,
 * or, with `fitInside` (the audience screen), its extent fitted to the map inside that padding.
 * A view of another package than the open one is not shown (its areas are not on the map): the user is told.
 * Resolves whether it was shown.
 */
export async function showView(services: Services, view: SavedView, durationMs = TRANSITION_MS, fitInside?: Padding): Promise<boolean> {
  const pkg = services.store.getState().pkg.current;
  if (!pkg || !belongsTo(view, packageKeyOf(pkg))) {
    reportProblem(services.store, 'story-view-other-package', undefined, { severity: 'warning', params: { title: view.title } });
    return false;
  }
  services.store.update((s) => {
    const layers = { ...s.layers, ...view.layers };
    const withScenario = inSlice('scenarios', activateScenario(view.scenarioId))({ ...s, view: view.view, layers });
    return inSlice('selection', view.highlighted.length > 0 ? setHighlight(null, view.highlighted) : clearHighlight)(withScenario);
  });
  if (fitInside) fitExtent(services.memory, viewExtent(view), fitInside, durationMs);
  else easeCamera(services.memory, view.camera, durationMs);
  await mapShown(services);
  return true;
}
