import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useAppState, useI18n, useServices } from '../../app/app-context';
import { inSlice, type AppState } from '../../app/app-state';
import { deleteView, editView, moveView, toggleHighContrast } from './state/story-slice';
import { exportViewPng } from './export-view-png';
import { drawStoryPages } from './print-story';
import { exportStoryHtml } from './export-story-html';
import { captureView, presentStory, showView } from './story-commands';

const selectStory = (s: AppState) => s.story;

/**
 * The story: save the current view with a title, caption and speaker notes; list, show, rename, reorder and
 * delete views; present them; export the current view as a PNG at 1×, 2× or 4×.
 */
export function StoryPanel() {
  const services = useServices();
  const { t } = useI18n();
  const story = useAppState(selectStory);
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<string | null>(null);
  const [pages, setPages] = useState<string[] | null>(null);
  const update = services.store.update;

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
          (e: unknown) => setError(t('storyExportFailed', { message: e instanceof Error ? e.message : String(e) })),
        );
      });
    });
    return () => {
      cancelled = true;
      cancelAnimationFrame(frame);
      for (const url of pages) URL.revokeObjectURL(url);
    };
  }, [pages, services, t]);
  const printStory = () => {
    drawStoryPages(services, (n, total) => setProgress(t('storyPdfPreparing', { n, total })))
      .then(setPages, (e: unknown) => setError(t('storyExportFailed', { message: e instanceof Error ? e.message : String(e) })))
      .finally(() => setProgress(null));
  };

  const fail = (e: unknown) => setError(t('storyExportFailed', { message: e instanceof Error ? e.message : String(e) }));
  const present = (request: 'auto' | 'console-window') => {
    setError(null);
    presentStory(services, request, (n, total) => setProgress(t('storyThumbnailsPreparing', { n, total })))
      .then((layout) => {
        if (request === 'console-window' && layout === 'one-window') setError(t('storyConsoleBlocked'));
      })
      .catch(fail)
      .finally(() => setProgress(null));
  };
  const exportHtml = () => {
    setError(null);
    exportStoryHtml(services, (n, total) => setProgress(t('storyPdfPreparing', { n, total })))
      .catch(fail)
      .finally(() => setProgress(null));
  };

  const exportPng = (scale: 1 | 2 | 4) => {
    const shown = story.views.find((v) => v.id === story.views[story.presenting ?? -1]?.id);
    const pkgTitle = services.store.getState().pkg.current?.descriptor.title ?? '';
    const legendTitle = document.querySelector('[data-testid="legend"] h2')?.textContent ?? '';
    exportViewPng({ title: shown?.title ?? (legendTitle || pkgTitle), caption: shown?.caption ?? pkgTitle }, scale)
      .then((image) => services.platform.saveFile(`wijkzicht-${scale}x.png`, image.bytes, [{ name: 'PNG', extensions: ['png'] }]))
      .then(
        () => setError(null),
        (e: unknown) => setError(t('storyExportFailed', { message: e instanceof Error ? e.message : String(e) })),
      );
  };

  return (
    <section className="story-panel" data-testid="story-panel" aria-label={t('storyTitle')}>
      <h2 className="planner-title">{t('storyTitle')}</h2>
      <p className="chart-intro">{t('storyIntro')}</p>
      <form
        className="planner-bar"
        onSubmit={(e) => {
          e.preventDefault();
          if (captureView(services, title || t('storyDefaultTitle', { n: story.views.length + 1 }))) setTitle('');
        }}
      >
        <input data-testid="story-new-title" aria-label={t('storyNewTitle')} placeholder={t('storyNewTitle')} value={title} onChange={(e) => setTitle(e.target.value)} />
        <button type="submit" data-testid="story-save">
          {t('storySave')}
        </button>
      </form>
      {story.views.length === 0 && <p className="hint">{t('storyEmpty')}</p>}
      <ol className="story-list" data-testid="story-list">
        {story.views.map((v, i) => (
          <li key={v.id} data-testid="story-view" data-id={v.id}>
            <label>
              <span className="sr-only">{t('storyViewTitle')}</span>
              <input key={`${v.id}-t`} data-testid="story-view-title" aria-label={t('storyViewTitle')} defaultValue={v.title} onBlur={(e) => update(inSlice('story', editView(v.id, { title: e.target.value })))} />
            </label>
            {story.thumbnails[v.id] && <img className="story-thumbnail" src={story.thumbnails[v.id]} alt="" data-testid="story-thumbnail" />}
            <textarea key={`${v.id}-c`} data-testid="story-view-caption" aria-label={t('storyCaption')} placeholder={t('storyCaption')} rows={2} defaultValue={v.caption} onBlur={(e) => update(inSlice('story', editView(v.id, { caption: e.target.value })))} />
            <textarea key={`${v.id}-n`} data-testid="story-view-notes" aria-label={t('storyNotes')} placeholder={t('storyNotes')} rows={2} defaultValue={v.notes} onBlur={(e) => update(inSlice('story', editView(v.id, { notes: e.target.value })))} />
            <div className="planner-bar">
              <button type="button" data-testid="story-show" onClick={() => void showView(services, v)}>
                {t('storyShow')}
              </button>
              <button type="button" disabled={i === 0} onClick={() => update(inSlice('story', moveView(v.id, -1)))} data-testid="story-up">
                {t('storyUp')}
              </button>
              <button type="button" disabled={i === story.views.length - 1} onClick={() => update(inSlice('story', moveView(v.id, 1)))} data-testid="story-down">
                {t('storyDown')}
              </button>
              <button type="button" onClick={() => update(inSlice('story', deleteView(v.id)))} data-testid="story-delete">
                {t('storyDelete')}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <div className="planner-bar">
        <button type="button" data-testid="story-present" disabled={story.views.length === 0 || progress !== null} onClick={() => present('auto')}>
          {t('storyPresent')}
        </button>
        {services.platform.kind === 'browser' && (
          <button type="button" data-testid="story-present-console" disabled={story.views.length === 0 || progress !== null} onClick={() => present('console-window')} title={t('storyPresentConsoleHint')}>
            {t('storyPresentConsole')}
          </button>
        )}
        <label className="checkbox">
          <input type="checkbox" data-testid="story-high-contrast" checked={story.highContrast} onChange={() => update(inSlice('story', toggleHighContrast))} /> {t('storyHighContrast')}
        </label>
      </div>
      <div className="planner-bar">
        <span>{t('storyExport')}:</span>
        {([1, 2, 4] as const).map((scale) => (
          <button key={scale} type="button" data-testid={`story-export-${scale}x`} onClick={() => exportPng(scale)}>
            {t('storyExportScale', { scale })}
          </button>
        ))}
      </div>
      <div className="planner-bar">
        <button type="button" data-testid="story-pdf" disabled={story.views.length === 0 || progress !== null} onClick={printStory}>
          {services.platform.printToPdf ? t('storyPdfFile') : t('storyPdf')}
        </button>
        <button type="button" data-testid="story-html" disabled={story.views.length === 0 || progress !== null} onClick={exportHtml} title={t('storyHtmlHint')}>
          {t('storyHtml')}
        </button>
        {progress && <span role="status">{progress}</span>}
      </div>
      {error && (
        <p role="alert" className="chart-error">
          {error}
        </p>
      )}
      {pages &&
        createPortal(
          <div className="print-story" data-testid="print-story" data-pages={pages.length}>
            {pages.map((url, i) => (
              <img key={url} src={url} alt={story.views[i]?.title ?? ''} />
            ))}
          </div>,
          document.body,
        )}
    </section>
  );
}
