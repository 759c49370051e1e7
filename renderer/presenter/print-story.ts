import type { Services } from '../commands/services';
import { currentCamera } from '../map/camera-bridge';
import type { SavedView } from '../state/story-slice';
import { exportViewPng } from './export-view-png';
import { showView } from './story-commands';

/** The view on screen now, as a (not saved) view to come back to. */
function viewOnScreen(services: Services): SavedView | null {
  const s = services.store.getState();
  const camera = currentCamera();
  if (!camera) return null;
  const { order, visible, gapTopN, rings } = s.layers;
  return { id: 'on-screen', title: '', caption: '', notes: '', view: s.view, layers: { order, visible, gapTopN, rings }, camera, scenarioId: s.scenarios.activeId, highlighted: s.selection.highlighted };
}

/**
 * Draws every view of the story as a 2× PNG page (title, caption, legend, scale bar, badges, attribution),
 * one after another on the map, then puts the map back as it was. The pages are object URLs (the caller
 * revokes them); printing them gives the story as a PDF, one page per view (Electron and browser alike:
 * the print dialog's "Save as PDF").
 */
export async function drawStoryPages(services: Services, onProgress: (n: number, total: number) => void): Promise<string[]> {
  const views = services.store.getState().story.views;
  const back = viewOnScreen(services);
  const pages: string[] = [];
  try {
    for (const [i, view] of views.entries()) {
      onProgress(i + 1, views.length);
      await showView(services, view, 0);
      const image = await exportViewPng({ title: view.title, caption: view.caption }, 2);
      pages.push(URL.createObjectURL(new Blob([image.bytes as BlobPart], { type: 'image/png' })));
    }
  } catch (error) {
    for (const url of pages) URL.revokeObjectURL(url);
    throw error;
  } finally {
    if (back) await showView(services, back, 0);
  }
  return pages;
}
