import { useEffect, useMemo, useRef, useState } from 'react';
import { useAppState, useI18n, useServices } from '../../app/app-context';
import { inSlice, type AppState } from '../../app/app-state';
import { applyPresenterCommand, nextView, previousView, selectPresentationSnapshot, stopPresenting, toggleNotes } from './state/story-slice';
import { showView } from './story-commands';

const selectStory = (s: AppState) => s.story;
const selectLanguage = (s: AppState) => s.ui.language;

/**
 * Presentation mode: the story's views one by one, full screen, large type (optionally high contrast), the
 * map moving smoothly between them; →, space, PageDown (clickers) forward; ←, PageUp back; Esc leaves; N
 * shows the speaker notes (the browser has one window: the notes show on it); a ring follows the pointer.
 * With a presenter console (two windows), this window is the audience's: it sends the console the state after
 * every change and follows the console's commands; the notes are on the console only.
 */
export function PresentationMode() {
  const services = useServices();
  const { t } = useI18n();
  const story = useAppState(selectStory);
  const [pointer, setPointer] = useState<{ x: number; y: number } | null>(null);
  const presenting = story.presenting !== null;
  const view = story.presenting !== null ? story.views[story.presenting] : undefined;
  const language = useAppState(selectLanguage);
  const twoWindows = presenting && story.layout === 'two-windows';
  const presenter = services.platform.presenter;

  // Two windows: the console gets the state after every change, sends commands, and hears when it ends.
  const snapshot = useMemo(() => (twoWindows ? selectPresentationSnapshot(story, language) : null), [twoWindows, story, language]);
  useEffect(() => {
    if (snapshot) presenter.publish({ type: 'state', state: snapshot });
  }, [snapshot, presenter]);
  useEffect(() => {
    if (!twoWindows) return;
    return presenter.onCommand((command) => {
      if (command.kind === 'hello') {
        const now = services.store.getState();
        const state = selectPresentationSnapshot(now.story, now.ui.language);
        if (state) presenter.publish({ type: 'state', state });
        return;
      }
      services.store.update(inSlice('story', applyPresenterCommand(command)));
    });
  }, [twoWindows, presenter, services]);
  // The app window closing or reloading ends the presentation for the console too.
  useEffect(() => {
    if (!twoWindows) return;
    const onHide = () => presenter.publish({ type: 'ended' });
    window.addEventListener('pagehide', onHide);
    return () => window.removeEventListener('pagehide', onHide);
  }, [twoWindows, presenter]);
  const hadConsole = useRef(false);
  useEffect(() => {
    if (twoWindows) {
      hadConsole.current = true;
      return;
    }
    if (!hadConsole.current) return;
    hadConsole.current = false;
    presenter.publish({ type: 'ended' });
    presenter.close().catch((error: unknown) => console.error('[wijkzicht] the presenter console did not close:', error));
  }, [twoWindows, presenter]);

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
      <div className="presentation-caption" data-testid="presentation" data-index={story.presenting} data-layout={story.layout} role="region" aria-label={view.title}>
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
          {!twoWindows && (
            <button type="button" onClick={() => services.store.update(inSlice('story', toggleNotes))} aria-pressed={story.showNotes}>
              {t('presentNotes')} (N)
            </button>
          )}
          <button type="button" data-testid="presentation-exit" onClick={() => services.store.update(inSlice('story', stopPresenting))}>
            {t('presentExit')}
          </button>
        </div>
      </div>
      {story.showNotes && !twoWindows && (
        <aside className="presentation-notes" data-testid="presentation-notes" aria-label={t('presentNotes')}>
          {view.notes || t('presentNoNotes')}
        </aside>
      )}
      {pointer && <div className="presentation-pointer" aria-hidden="true" style={{ left: pointer.x, top: pointer.y }} />}
    </>
  );
}
