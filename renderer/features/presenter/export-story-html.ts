import type { Services } from '../../app/services';
import { formatDateTime } from '../../shared/i18n/i18n';
import { reportProblem } from '../../shared/problems';
import { safeFileStem, type ExportControl } from '../../shared/export';
import { buildStoryHtml } from './build-story-html';
import { drawStoryImages } from './print-story';
import { storyTitleOf } from './story-words';

/**
 * Saves the story as one offline HTML file (see `buildStoryHtml`): each view drawn at 2× with its legend,
 * scale bar, badges and attribution, its words (title, subtitle, caption) from the view's export model.
 * Resolves where it went, or null when the save dialog was cancelled or it failed (a failure is reported as
 * a coded notice). *Annuleren* (`control`) throws its abort: nothing is saved, the map is back as it was.
 */
export async function exportStoryHtml(services: Services, control: ExportControl): Promise<string | null> {
  let html: string;
  const state = services.store.getState();
  const title = state.pkg.current ? storyTitleOf(state.pkg.current, state.ui.language) : 'Wijkzicht';
  try {
    const drawn = await drawStoryImages(services, control);
    control.check();
    html = buildStoryHtml({
      title,
      language: state.ui.language,
      generatedAt: formatDateTime(state.ui.language, new Date()),
      slides: drawn.map(({ view, image }) => ({
        title: image.model.title,
        subtitle: image.model.subtitle,
        caption: image.model.caption,
        notes: view.notes,
        png: image.bytes,
        width: image.width,
        height: image.height,
      })),
    });
  } catch (error) {
    if (control.signal.aborted) throw error;
    reportProblem(services.store, 'export-failed', error, { params: { what: 'HTML' } });
    return null;
  }
  const name = `${safeFileStem(title)}-${state.ui.language === 'nl' ? 'verhaal' : 'story'}.html`;
  try {
    return await services.platform.saveFile(name, new TextEncoder().encode(html), [{ name: 'HTML', extensions: ['html'] }]);
  } catch (error) {
    reportProblem(services.store, 'save-failed', error, { params: { file: name } });
    return null;
  }
}
