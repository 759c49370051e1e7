import type { Services } from '../../app/services';
import { reportProblem } from '../../shared/problems';
import type { SavedView } from './state/story-slice';
import { exportViewPng, type ViewImage } from './export-view-png';
import { showView, viewOnScreen } from './story-commands';

/**
 * Draws every view of the story as a 2× PNG (title, subtitle, caption, legend, scale bar, badges,
 * attribution: the export model of each view), one after another on the map, then puts the map back as it
 * was.
 */
export async function drawStoryImages(services: Services, onProgress: (n: number, total: number) => void): Promise<{ view: SavedView; image: ViewImage }[]> {
  const views = services.store.getState().story.views;
  const back = viewOnScreen(services, 'on-screen', ''); // to come back to
  const drawn: { view: SavedView; image: ViewImage }[] = [];
  try {
    for (const [i, view] of views.entries()) {
      onProgress(i + 1, views.length);
      await showView(services, view, 0);
      drawn.push({ view, image: await exportViewPng(services, { title: view.title, caption: view.caption }, 2) });
    }
  } finally {
    if (back) await showView(services, back, 0);
  }
  return drawn;
}

/**
 * The story's pages as object URLs of 2× PNGs (the caller revokes them); printing them gives the story as a
 * PDF, one page per view (Electron: printToPDF straight to a file; browser: the print dialog's "Save as PDF").
 * A failure is reported as a coded notice; then it resolves null.
 */
export async function drawStoryPages(services: Services, onProgress: (n: number, total: number) => void): Promise<string[] | null> {
  try {
    const drawn = await drawStoryImages(services, onProgress);
    return drawn.map(({ image }) => URL.createObjectURL(new Blob([image.bytes as BlobPart], { type: 'image/png' })));
  } catch (error) {
    reportProblem(services.store, 'export-failed', error, { params: { what: 'PDF' } });
    return null;
  }
}
