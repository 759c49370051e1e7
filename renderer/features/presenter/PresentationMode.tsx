import { useAppState, useI18n, useServices } from '../../app/app-context';
import { inSlice, type AppState } from '../../app/app-state';
import { nextView, previousView, stopPresenting, toggleNotes, type SavedView, type StoryState } from './state/story-slice';
import { useConsoleLink, usePresentationLook, usePresenterKeys, useShowCurrentView } from './presentation-effects';

const selectStory = (s: AppState) => s.story;

/**
 * Presentation mode: the story's views one by one, full screen, large type (optionally high contrast), the
 * map moving smoothly between them; →, space, PageDown (clickers) forward; ←, PageUp back; Esc leaves; N
 * shows the speaker notes (the browser has one window: the notes show on it); a ring follows the pointer.
 * With a presenter console (two windows), this window is the audience's: it sends the console the state after
 * every change and follows the console's commands; the notes are on the console only.
 */
export function PresentationMode() {
  const { t } = useI18n();
  const story = useAppState(selectStory);
  const presenting = story.presenting !== null;
  const view = story.presenting !== null ? story.views[story.presenting] : undefined;
  const twoWindows = presenting && story.layout === 'two-windows';
  useConsoleLink(story, twoWindows);
  usePresentationLook(presenting, story.highContrast);
  useShowCurrentView(view);
  const pointer = usePresenterKeys(presenting);

  if (!view || story.presenting === null) return null;
  return (
    <>
      <div className="presentation-caption" data-testid="presentation" data-index={story.presenting} data-layout={story.layout} role="region" aria-label={view.title}>
        <h1 data-testid="presentation-title">{view.title}</h1>
        {view.caption && <p>{view.caption}</p>}
        <PresentationControls story={story} index={story.presenting} twoWindows={twoWindows} />
      </div>
      {story.showNotes && !twoWindows && <PresentationNotes view={view} label={t('presentNotes')} fallback={t('presentNoNotes')} />}
      {pointer && <div className="presentation-pointer" aria-hidden="true" style={{ left: pointer.x, top: pointer.y }} />}
    </>
  );
}

/** Back, the position, forward, the notes switch (one window only) and leave. */
function PresentationControls({ story, index, twoWindows }: { story: StoryState; index: number; twoWindows: boolean }) {
  const services = useServices();
  const { t } = useI18n();
  const update = services.store.update;
  return (
    <div className="presentation-controls">
      <button type="button" onClick={() => update(inSlice('story', previousView))} disabled={index === 0}>
        ← {t('presentPrevious')}
      </button>
      <span data-testid="presentation-position">{t('presentPosition', { n: index + 1, total: story.views.length })}</span>
      <button type="button" onClick={() => update(inSlice('story', nextView))} disabled={index === story.views.length - 1}>
        {t('presentNext')} →
      </button>
      {!twoWindows && (
        <button type="button" onClick={() => update(inSlice('story', toggleNotes))} aria-pressed={story.showNotes}>
          {t('presentNotes')} (N)
        </button>
      )}
      <button type="button" data-testid="presentation-exit" onClick={() => update(inSlice('story', stopPresenting))}>
        {t('presentExit')}
      </button>
    </div>
  );
}

/** The speaker notes of the view, on the audience's screen (one window only). */
function PresentationNotes({ view, label, fallback }: { view: SavedView; label: string; fallback: string }) {
  return (
    <aside className="presentation-notes" data-testid="presentation-notes" aria-label={label}>
      {view.notes || fallback}
    </aside>
  );
}
