import type { Services } from '../../app/services';
import type { ExportControl } from '../../shared/export';
import { storyViews, type SavedView } from './state/story-slice';
import { exportViewPng, type ViewImage } from './export-view-png';
import { showView, viewOnScreen } from './story-commands';

/**
 * Draws every view of the open package's story as a 2× PNG (title, subtitle, caption, legend, scale bar,
 * badges, attribution: the export model of each view), one after another on the map, then puts the map back
 * as it was — also when the user cancels (`control`: the work stops at the next view) or a view fails.
 */
export async function drawStoryImages(services: Services, control: ExportControl): Promise<{ view: SavedView; image: ViewImage }[]> {
  const views = storyViews(services.store.getState().story);
  const back = viewOnScreen(services, 'on-screen', ''); // to come back to
  const drawn: { view: SavedView; image: ViewImage }[] = [];
  try {
    for (const [i, view] of views.entries()) {
      control.step(i, views.length);
      await showView(services, view, 0);
      control.check();
      drawn.push({ view, image: await exportViewPng(services, { title: view.title, caption: view.caption }, 2) });
    }
    control.step(views.length, views.length);
  } finally {
    if (back) await showView(services, back, 0);
  }
  return drawn;
}

/** A page of the printed story: the view's image (an object URL: the caller revokes it) and its notes. */
export interface StoryPage {
  readonly url: string;
  readonly title: string;
  readonly notes: string;
}

/**
 * The story's pages, each a 2× PNG of a view with its speaker notes; printing them gives the story as a PDF,
 * one page per view (Electron: printToPDF straight to a file; browser: the print dialog's "Save as PDF").
 * Throws what `drawStoryImages` throws (the cancel's abort too).
 */
export async function drawStoryPages(services: Services, control: ExportControl): Promise<StoryPage[]> {
  const drawn = await drawStoryImages(services, control);
  return drawn.map(({ view, image }) => ({ url: URL.createObjectURL(new Blob([image.bytes as BlobPart], { type: 'image/png' })), title: view.title, notes: view.notes }));
}
