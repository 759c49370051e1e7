import type { Services } from '../../app/services';
import { formatDateTime } from '../../shared/i18n/i18n';
import { buildStoryHtml } from './build-story-html';
import { drawStoryImages } from './print-story';

/**
 * Saves the story as one offline HTML file (see `buildStoryHtml`): each view drawn at 2× with its legend,
 * scale bar, badges and attribution. Resolves where it went, or null when the user cancelled.
 */
export async function exportStoryHtml(services: Services, onProgress: (n: number, total: number) => void): Promise<string | null> {
  const drawn = await drawStoryImages(services, onProgress);
  const state = services.store.getState();
  const html = buildStoryHtml({
    title: state.pkg.current?.descriptor.title ?? 'Wijkzicht',
    language: state.ui.language,
    generatedAt: formatDateTime(state.ui.language, new Date()),
    slides: drawn.map(({ view, image }) => ({ title: view.title, caption: view.caption, notes: view.notes, png: image.bytes, width: image.width, height: image.height })),
  });
  return services.platform.saveFile('wijkzicht-story.html', new TextEncoder().encode(html), [{ name: 'HTML', extensions: ['html'] }]);
}
