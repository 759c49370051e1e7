import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useAppState, useI18n, useServices } from '../../app/app-context';
import { inSlice, type AppState } from '../../app/app-state';
import { cancelExport, ExportProgressBar, type ExportTask } from '../../shared/export';
import { hiddenViewCount, storyViews, toggleHighContrast } from './state/story-slice';
import type { StoryPage } from './print-story';
import { captureView } from './story-commands';
import { useStoryActions, type StoryActions } from './story-actions';
import { StoryViewList } from './StoryViewList';

const selectStory = (s: AppState) => s.story;
const selectExport = (s: AppState) => s.exportProgress.task;
const PNG_SCALES = [1, 2, 4] as const;

/**
 * The story of the open package: save the current view with a title, caption and speaker notes; list, show,
 * rename, reorder and delete views (those saved on other packages are hidden, and counted); present them;
 * export the current view as a PNG at 1×, 2× or 4×, the story as a PDF (optionally with the notes) or HTML,
 * with a progress bar and *Annuleren* for an export that takes more than a second.
 */
export function StoryPanel() {
  const { t } = useI18n();
  const story = useAppState(selectStory);
  const task = useAppState(selectExport);
  const actions = useStoryActions();
  const [withNotes, setWithNotes] = useState(false);
  const { message, pages } = actions;
  const views = storyViews(story);
  const hidden = hiddenViewCount(story);
  // Presenting, printing and the HTML export need views, and wait for one another.
  const idle = views.length > 0 && actions.progress === null && task === null;
  return (
    <section className="story-panel" data-testid="story-panel" aria-label={t('storyTitle')}>
      <h2 className="planner-title">{t('storyTitle')}</h2>
      <p className="chart-intro">{t('storyIntro')}</p>
      <SaveViewForm />
      {views.length === 0 && <p className="hint">{t('storyEmpty')}</p>}
      {hidden > 0 && (
        <p className="hint" data-testid="story-hidden-views">
          {t('storyOtherPackages', { count: hidden })}
        </p>
      )}
      <StoryViewList />
      <PresentBar idle={idle} actions={actions} />
      <PngExportBar idle={task === null} actions={actions} />
      <DocumentExportBar idle={idle} actions={actions} withNotes={withNotes} onNotes={setWithNotes} />
      <StoryExportProgress task={task} />
      {message && (
        <p role="alert" className="chart-error" data-testid="story-message">
          {message}
        </p>
      )}
      {pages && createPortal(<PrintPages pages={pages} withNotes={withNotes} />, document.body)}
    </section>
  );
}

/** The bar of an export under way, with *Annuleren*. */
function StoryExportProgress({ task }: { task: ExportTask | null }) {
  const services = useServices();
  const { t } = useI18n();
  const label = task && task.total > 1 ? t('exportBusy', { what: task.what, done: task.done, total: task.total }) : t('exportBusyOne', { what: task?.what ?? '' });
  return <ExportProgressBar task={task} label={label} cancelLabel={t('exportCancel')} cancellingLabel={t('exportCancelling')} onCancel={() => cancelExport(services.store, services.memory)} />;
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
function PngExportBar({ idle, actions }: { idle: boolean; actions: StoryActions }) {
  const { t } = useI18n();
  return (
    <div className="planner-bar">
      <span>{t('storyExport')}:</span>
      {PNG_SCALES.map((scale) => (
        <button key={scale} type="button" data-testid={`story-export-${scale}x`} disabled={!idle} onClick={() => actions.exportPng(scale)}>
          {t('storyExportScale', { scale })}
        </button>
      ))}
    </div>
  );
}

/** The whole story as a PDF (printed, optionally with the speaker notes under each view) or as one HTML file. */
function DocumentExportBar({ idle, actions, withNotes, onNotes }: { idle: boolean; actions: StoryActions; withNotes: boolean; onNotes: (on: boolean) => void }) {
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
      <label className="checkbox">
        <input type="checkbox" data-testid="story-pdf-notes" checked={withNotes} onChange={(e) => onNotes(e.target.checked)} /> {t('storyPdfNotes')}
      </label>
      {actions.progress && <span role="status">{actions.progress}</span>}
    </div>
  );
}

/** The pages to print, one per view: its image and, when asked, its speaker notes (hidden on screen, shown by the print style sheet). */
function PrintPages({ pages, withNotes }: { pages: readonly StoryPage[]; withNotes: boolean }) {
  return (
    <div className={withNotes ? 'print-story with-notes' : 'print-story'} data-testid="print-story" data-pages={pages.length} data-notes={withNotes}>
      {pages.map((page) => (
        <figure key={page.url} className="print-page">
          <img src={page.url} alt={page.title} />
          {withNotes && page.notes.trim() !== '' && <figcaption className="print-notes">{page.notes}</figcaption>}
        </figure>
      ))}
    </div>
  );
}
