import { useEffect, useState } from 'react';
import { useI18n, useServices } from '../../app/app-context';
import { runCancellableExport, type ExportControl } from '../../shared/export';
import { reportProblem } from '../../shared/problems';
import { saveViewPng } from './export-view-png';
import { exportStoryHtml } from './export-story-html';
import { drawStoryPages, type StoryPage } from './print-story';
import { presentStory } from './story-commands';

/** What the story panel's buttons do, with the message and progress they show and the pages being printed. */
export interface StoryActions {
  /** A line for the user (the console window was blocked, an export was cancelled), or null. */
  readonly message: string | null;
  /** The thumbnails drawn before presenting with a console (the exports have their own bar). */
  readonly progress: string | null;
  /** The pages to print, while a print is under way or was the last one. */
  readonly pages: readonly StoryPage[] | null;
  readonly present: (request: 'auto' | 'console-window') => void;
  readonly exportPng: (scale: 1 | 2 | 4) => void;
  readonly printStory: () => void;
  readonly exportHtml: () => void;
}

/**
 * The story panel's actions: present, export a PNG, print to PDF, export HTML. The exports run with a
 * progress bar and *Annuleren* (`runCancellableExport`); a cancelled one saves nothing, prints nothing and
 * says so; the map is put back by the export itself.
 */
export function useStoryActions(): StoryActions {
  const services = useServices();
  const { t } = useI18n();
  const [message, setMessage] = useState<string | null>(null);
  const [progress, setProgress] = useState<string | null>(null);
  const [pages, setPages] = useState<StoryPage[] | null>(null);
  usePrintWhenReady(pages, setMessage);
  const run = <T>(what: string, work: (control: ExportControl) => Promise<T>, done: (value: T) => void) => {
    setMessage(null);
    runCancellableExport(services.store, services.memory, what, work).then(
      (outcome) => (outcome.cancelled ? setMessage(t('exportCancelled', { what })) : done(outcome.value)),
      (e: unknown) => reportProblem(services.store, 'export-failed', e, { params: { what } }),
    );
  };
  const present = (request: 'auto' | 'console-window') => {
    setMessage(null);
    presentStory(services, request, (n, total) => setProgress(t('storyThumbnailsPreparing', { n, total })))
      .then((layout) => {
        if (request === 'console-window' && layout === 'one-window') setMessage(t('storyConsoleBlocked'));
      })
      .catch((e: unknown) => reportProblem(services.store, 'presentation-failed', e))
      .finally(() => setProgress(null));
  };
  return {
    message,
    progress,
    pages,
    present,
    exportPng: (scale) => run(`PNG ${scale}×`, (control) => saveViewPng(services, scale, control), () => undefined),
    printStory: () => run('PDF', (control) => drawStoryPages(services, control), setPages),
    exportHtml: () => run('HTML', (control) => exportStoryHtml(services, control), () => undefined),
  };
}

/**
 * Prints once the pages are in the document. The pages stay (hidden on screen) until the next print or until
 * the panel closes, so printing again from the dialog, or a PDF printer that prints later, finds them.
 * Electron prints the print view straight to a PDF file (printToPDF); the browser opens its print dialog.
 */
function usePrintWhenReady(pages: readonly StoryPage[] | null, setMessage: (message: string | null) => void): void {
  const services = useServices();
  useEffect(() => {
    if (!pages) return;
    const printToPdf = services.platform.printToPdf;
    let cancelled = false;
    // Print once every page's image is decoded (a PDF printed earlier could miss one).
    const frame = requestAnimationFrame(() => {
      const images = [...document.querySelectorAll<HTMLImageElement>('.print-story img')];
      void Promise.all(images.map((img) => img.decode().catch((error: unknown) => console.warn('[wijkzicht] a story page did not decode before printing:', error)))).then(() => {
        if (cancelled) return;
        if (!printToPdf) return window.print();
        printToPdf('wijkzicht-story.pdf').then(
          () => setMessage(null),
          (e: unknown) => reportProblem(services.store, 'export-failed', e, { params: { what: 'PDF' } }),
        );
      });
    });
    return () => {
      cancelled = true;
      cancelAnimationFrame(frame);
      for (const page of pages) URL.revokeObjectURL(page.url);
    };
  }, [pages, services, setMessage]);
}
