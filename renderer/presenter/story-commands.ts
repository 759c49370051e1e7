import type { Services } from '../commands/services';
import { refreshMap } from '../commands/refresh-map';
import { currentCamera, easeCamera } from '../map/camera-bridge';
import { inSlice } from '../state/app-state';
import { activateScenario } from '../state/scenario-slice';
import { clearHighlight, setHighlight } from '../state/selection-slice';
import { addView, type SavedView } from '../state/story-slice';

/** How long the map moves from one view to the next in a presentation. */
export const TRANSITION_MS = 900;

/** Saves what is on screen now as a view of the story (with a title; caption and notes can follow). */
export function captureView(services: Services, title: string): SavedView | null {
  const state = services.store.getState();
  const camera = currentCamera();
  if (!state.pkg.current || !camera) return null;
  let n = state.story.views.length + 1;
  while (state.story.views.some((v) => v.id === `v${n}`)) n++;
  const { order, visible, gapTopN, rings } = state.layers;
  const view: SavedView = {
    id: `v${n}`,
    title: title.trim() || `View ${n}`,
    caption: '',
    notes: '',
    view: state.view,
    layers: { order, visible, gapTopN, rings },
    camera,
    scenarioId: state.scenarios.activeId,
    highlighted: state.selection.highlighted,
  };
  services.store.update(inSlice('story', addView(view)));
  return view;
}

/**
 * Shows a saved view: indicator, level, period, classification and the rest of the view, the layers, the
 * scenario and the highlighted areas, and moves the map there (smoothly over `durationMs`).
 */
export async function showView(services: Services, view: SavedView, durationMs = TRANSITION_MS): Promise<void> {
  services.store.update((s) => {
    const layers = { ...s.layers, ...view.layers };
    const withScenario = inSlice('scenarios', activateScenario(view.scenarioId))({ ...s, view: view.view, layers });
    return inSlice('selection', view.highlighted.length > 0 ? setHighlight(null, view.highlighted) : clearHighlight)(withScenario);
  });
  easeCamera(view.camera, durationMs);
  await refreshMap(services);
}
