import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useAppState, useI18n, useServices } from '../../app/app-context';
import { inSlice, type AppState } from '../../app/app-state';
import { toggleHighContrast } from './state/story-slice';
import { saveViewPng } from './export-view-png';
import { drawStoryPages } from './print-story';
import { exportStoryHtml } from './export-story-html';
import { captureView, presentStory } from './story-commands';
import { StoryViewList } from './StoryViewList';
import { reportProblem } from '../../shared/problems';

const selectStory = (s: AppState) => s.story;
const PNG_SCALES = [1, 2, 4] as const;

/**
 * The story: save the current view with a title, caption and speaker notes; list, show, rename, reorder and
 * delete views; present them; export the current view as a PNG at 1×, 2× or 4×.
 */
export function StoryPanel() {
  const { t } = useI18n();
  const story = useAppState(selectStory);
  const actions = useStoryActions();
  const { error, pages } = actions;
  // Presenting, printing and the HTML export need views, and wait for one another.
  const idle = story.views.length > 0 && actions.progress === null;
  return (
    <section className="story-panel" data-testid="story-panel" aria-label={t('storyTitle')}>
      <h2 className="planner-title">{t('storyTitle')}</h2>
      <p className="chart-intro">{t('storyIntro')}</p>
      <SaveViewForm />
      {story.views.length === 0 && <p className="hint">{t('storyEmpty')}</p>}
      <StoryViewList />
      <PresentBar idle={idle} actions={actions} />
      <PngExportBar actions={actions} />
      <DocumentExportBar idle={idle} actions={actions} />
      {error && (
        <p role="alert" className="chart-error">
          {error}
        </p>
      )}
      {pages && createPortal(<PrintPages pages={pages} />, document.body)}
    </section>
  );
}

/** What the story panel's buttons do, with the message and progress they show and the pages being printed. */
interface StoryActions {
  readonly error: string | null;
  readonly progress: string | null;
  /** Object URLs of the pages to print, while a print is under way or was the last one. */
  readonly pages: readonly string[] | null;
  readonly present: (request: 'auto' | 'console-window') => void;
  readonly exportPng: (scale: 1 | 2 | 4) => void;
  readonly printStory: () => void;
  readonly exportHtml: () => void;
}

/** The story panel's actions: present, export a PNG, print to PDF, export HTML. */
function useStoryActions(): StoryActions {
  const services = useServices();
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<string | null>(null);
  const [pages, setPages] = useState<string[] | null>(null);
  usePrintWhenReady(pages, setError);
  const printStory = () => {
    drawStoryPages(services, (n, total) => setProgress(t('storyPdfPreparing', { n, total })))
      .then(setPages, (e: unknown) => reportProblem(services.store, 'export-failed', e, { params: { what: 'PDF' } }))
      .finally(() => setProgress(null));
  };

  const present = (request: 'auto' | 'console-window') => {
    setError(null);
    presentStory(services, request, (n, total) => setProgress(t('storyThumbnailsPreparing', { n, total })))
      .then((layout) => {
        if (request === 'console-window' && layout === 'one-window') setError(t('storyConsoleBlocked'));
      })
      .catch((e: unknown) => reportProblem(services.store, 'presentation-failed', e))
      .finally(() => setProgress(null));
  };
  const exportHtml = () => {
    setError(null);
    exportStoryHtml(services, (n, total) => setProgress(t('storyPdfPreparing', { n, total })))
      .catch((e: unknown) => reportProblem(services.store, 'export-failed', e, { params: { what: 'HTML' } }))
      .finally(() => setProgress(null));
  };

  const exportPng = (scale: 1 | 2 | 4) => void saveViewPng(services, scale);
  return { error, progress, pages, present, exportPng, printStory, exportHtml };
}

/** Prints once the pages are in the document (see the comment inside). */
function usePrintWhenReady(pages: readonly string[] | null, setError: (message: string | null) => void): void {
  const services = useServices();
  const { t } = useI18n();
  // Print once the pages are in the document. The pages stay (hidden on screen) until the next print or
  // until the panel closes, so printing again from the dialog, or a PDF printer that prints later, finds them.
  // Electron prints the print view straight to a PDF file (printToPDF); the browser opens its print dialog.
  useEffect(() => {
    if (!pages) return;
    const printToPdf = services.platform.printToPdf;
    let cancelled = false;
    // Print once every page's image is decoded (a PDF printed earlier could miss one).
    const frame = requestAnimationFrame(() => {
      const images = [...document.querySelectorAll<HTMLImageElement>('.print-story img')];
      void Promise.all(images.map((img) => img.decode().catch(() => undefined))).then(() => {
        if (cancelled) return;
        if (!printToPdf) return window.print();
        printToPdf('wijkzicht-story.pdf').then(
          () => setError(null),
          (e: unknown) => reportProblem(services.store, 'export-failed', e, { params: { what: 'PDF' } }),
        );
      });
    });
    return () => {
      cancelled = true;
      cancelAnimationFrame(frame);
      for (const url of pages) URL.revokeObjectURL(url);
    };
  }, [pages, services, t, setError]);
}

/** A title and the button that saves the map as it is now as a view of the story. */
function SaveViewForm() {
  const services = useServices();
  const { t } = useI18n();
  const count = useAppState(selectStory).views.length;
  const [title, setTitle] = useState('');
  return (
    <form
      className="planner-bar"
      onSubmit={(e) => {
        e.preventDefault();
        if (captureView(services, title || t('storyDefaultTitle', { n: count + 1 }))) setTitle('');
      }}
    >
      <input data-testid="story-new-title" aria-label={t('storyNewTitle')} placeholder={t('storyNewTitle')} value={title} onChange={(e) => setTitle(e.target.value)} />
      <button type="submit" data-testid="story-save">
        {t('storySave')}
      </button>
    </form>
  );
}

/** Present (in the browser also with a console window) and the high-contrast switch. */
function PresentBar({ idle, actions }: { idle: boolean; actions: StoryActions }) {
  const services = useServices();
  const { t } = useI18n();
  const highContrast = useAppState(selectStory).highContrast;
  return (
    <div className="planner-bar">
      <button type="button" data-testid="story-present" disabled={!idle} onClick={() => actions.present('auto')}>
        {t('storyPresent')}
      </button>
      {services.platform.kind === 'browser' && (
        <button type="button" data-testid="story-present-console" disabled={!idle} onClick={() => actions.present('console-window')} title={t('storyPresentConsoleHint')}>
          {t('storyPresentConsole')}
        </button>
      )}
      <label className="checkbox">
        <input type="checkbox" data-testid="story-high-contrast" checked={highContrast} onChange={() => services.store.update(inSlice('story', toggleHighContrast))} /> {t('storyHighContrast')}
      </label>
    </div>
  );
}

/** The current view as a PNG at 1×, 2× or 4×. */
function PngExportBar({ actions }: { actions: StoryActions }) {
  const { t } = useI18n();
  return (
    <div className="planner-bar">
      <span>{t('storyExport')}:</span>
      {PNG_SCALES.map((scale) => (
        <button key={scale} type="button" data-testid={`story-export-${scale}x`} onClick={() => actions.exportPng(scale)}>
          {t('storyExportScale', { scale })}
        </button>
      ))}
    </div>
  );
}

/** The whole story as a PDF (printed) or as one HTML file, with the progress of either. */
function DocumentExportBar({ idle, actions }: { idle: boolean; actions: StoryActions }) {
  const services = useServices();
  const { t } = useI18n();
  return (
    <div className="planner-bar">
      <button type="button" data-testid="story-pdf" disabled={!idle} onClick={actions.printStory}>
        {services.platform.printToPdf ? t('storyPdfFile') : t('storyPdf')}
      </button>
      <button type="button" data-testid="story-html" disabled={!idle} onClick={actions.exportHtml} title={t('storyHtmlHint')}>
        {t('storyHtml')}
      </button>
      {actions.progress && <span role="status">{actions.progress}</span>}
    </div>
  );
}

/** The pages to print, one image per view (hidden on screen, shown by the print style sheet). */
function PrintPages({ pages }: { pages: readonly string[] }) {
  const views = useAppState(selectStory).views;
  return (
    <div className="print-story" data-testid="print-story" data-pages={pages.length}>
      {pages.map((url, i) => (
        <img key={url} src={url} alt={views[i]?.title ?? ''} />
      ))}
    </div>
  );
}
