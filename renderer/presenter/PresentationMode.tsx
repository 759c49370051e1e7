import { useEffect, useState } from 'react';
import { useAppState, useI18n, useServices } from '../app/app-context';
import { inSlice, type AppState } from '../state/app-state';
import { nextView, previousView, stopPresenting, toggleNotes } from '../state/story-slice';
import { showView } from './story-commands';

const selectStory = (s: AppState) => s.story;

/**
 * Presentation mode: the story's views one by one, full screen, large type (optionally high contrast), the
 * map moving smoothly between them; →, space, PageDown (clickers) forward; ←, PageUp back; Esc leaves; N
 * shows the speaker notes (the browser has one window: the notes show on it); a ring follows the pointer.
 */
export function PresentationMode() {
  const services = useServices();
  const { t } = useI18n();
  const story = useAppState(selectStory);
  const [pointer, setPointer] = useState<{ x: number; y: number } | null>(null);
  const presenting = story.presenting !== null;
  const view = story.presenting !== null ? story.views[story.presenting] : undefined;

  // Enter and leave: full screen (when the browser allows it) and the presentation look.
  useEffect(() => {
    const root = document.documentElement;
    root.classList.toggle('presenting', presenting);
    if (presenting && !document.fullscreenElement) root.requestFullscreen?.().catch(() => undefined);
    if (!presenting && document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    return () => root.classList.remove('presenting');
  }, [presenting]);
  useEffect(() => {
    document.documentElement.classList.toggle('high-contrast', presenting && story.highContrast);
  }, [presenting, story.highContrast]);

  // Leaving full screen with the browser's own key ends the presentation too.
  useEffect(() => {
    const onChange = () => {
      if (!document.fullscreenElement && services.store.getState().story.presenting !== null && document.documentElement.dataset.fullscreenSeen === 'true') {
        services.store.update(inSlice('story', stopPresenting));
      }
      if (document.fullscreenElement) document.documentElement.dataset.fullscreenSeen = 'true';
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [services]);

  // Show the current view (smoothly) whenever it changes.
  // (Two frames later: entering presentation mode resizes the map, and a resize during the move would
  // leave the camera short of the view's.)
  useEffect(() => {
    if (!view) return;
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => void showView(services, view));
    });
    return () => cancelAnimationFrame(frame);
  }, [view, services]);

  useEffect(() => {
    if (!presenting) return;
    const onKey = (e: KeyboardEvent) => {
      const forward = ['ArrowRight', 'PageDown', ' ', 'Spacebar'].includes(e.key);
      const back = ['ArrowLeft', 'PageUp'].includes(e.key);
      if (forward) services.store.update(inSlice('story', nextView));
      else if (back) services.store.update(inSlice('story', previousView));
      else if (e.key === 'Escape') services.store.update(inSlice('story', stopPresenting));
      else if (e.key === 'n' || e.key === 'N') services.store.update(inSlice('story', toggleNotes));
      else return;
      e.preventDefault();
      e.stopPropagation();
    };
    const onMove = (e: MouseEvent) => setPointer({ x: e.clientX, y: e.clientY });
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('mousemove', onMove);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('mousemove', onMove);
    };
  }, [presenting, services]);

  if (!view || story.presenting === null) return null;
  return (
    <>
      <div className="presentation-caption" data-testid="presentation" data-index={story.presenting} role="region" aria-label={view.title}>
        <h1 data-testid="presentation-title">{view.title}</h1>
        {view.caption && <p>{view.caption}</p>}
        <div className="presentation-controls">
          <button type="button" onClick={() => services.store.update(inSlice('story', previousView))} disabled={story.presenting === 0}>
            ← {t('presentPrevious')}
          </button>
          <span data-testid="presentation-position">{t('presentPosition', { n: story.presenting + 1, total: story.views.length })}</span>
          <button type="button" onClick={() => services.store.update(inSlice('story', nextView))} disabled={story.presenting === story.views.length - 1}>
            {t('presentNext')} →
          </button>
          <button type="button" onClick={() => services.store.update(inSlice('story', toggleNotes))} aria-pressed={story.showNotes}>
            {t('presentNotes')} (N)
          </button>
          <button type="button" data-testid="presentation-exit" onClick={() => services.store.update(inSlice('story', stopPresenting))}>
            {t('presentExit')}
          </button>
        </div>
      </div>
      {story.showNotes && (
        <aside className="presentation-notes" data-testid="presentation-notes" aria-label={t('presentNotes')}>
          {view.notes || t('presentNoNotes')}
        </aside>
      )}
      {pointer && <div className="presentation-pointer" aria-hidden="true" style={{ left: pointer.x, top: pointer.y }} />}
    </>
  );
}
