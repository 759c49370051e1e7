import { useEffect, useMemo, useRef, useState } from 'react';
import { useAppState, useServices } from '../../app/app-context';
import { inSlice, type AppState } from '../../app/app-state';
import { applyPresenterCommand, nextView, previousView, selectPresentationSnapshot, stopPresenting, toggleNotes, type SavedView, type StoryState } from './state/story-slice';
import { showView } from './story-commands';

const selectLanguage = (s: AppState) => s.ui.language;

/**
 * Two windows: the console gets the state after every change, sends commands, and hears when it ends
 * (also when the app window closes or reloads).
 */
export function useConsoleLink(story: StoryState, twoWindows: boolean): void {
  const services = useServices();
  const language = useAppState(selectLanguage);
  const presenter = services.platform.presenter;
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
  useCloseConsoleOnEnd(twoWindows);
}

/** When a two-window presentation ends, the console hears so and its window closes. */
function useCloseConsoleOnEnd(twoWindows: boolean): void {
  const presenter = useServices().platform.presenter;
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
}

/**
 * Enter and leave: full screen (when the browser allows it) and the presentation look (optionally high
 * contrast); leaving full screen with the browser's own key ends the presentation too.
 */
export function usePresentationLook(presenting: boolean, highContrast: boolean): void {
  const services = useServices();
  useEffect(() => {
    const root = document.documentElement;
    root.classList.toggle('presenting', presenting);
    if (presenting && !document.fullscreenElement) root.requestFullscreen?.().catch(() => undefined);
    if (!presenting && document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    return () => root.classList.remove('presenting');
  }, [presenting]);
  useEffect(() => {
    document.documentElement.classList.toggle('high-contrast', presenting && highContrast);
  }, [presenting, highContrast]);
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
}

/**
 * Shows the current view (smoothly) whenever it changes. (Two frames later: entering presentation mode
 * resizes the map, and a resize during the move would leave the camera short of the view's.)
 */
export function useShowCurrentView(view: SavedView | undefined): void {
  const services = useServices();
  useEffect(() => {
    if (!view) return;
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => void showView(services, view));
    });
    return () => cancelAnimationFrame(frame);
  }, [view, services]);
}

/**
 * While presenting: →, space, PageDown (clickers) forward; ←, PageUp back; Esc leaves; N toggles the notes.
 * Returns where the pointer is, for the ring that follows it.
 */
export function usePresenterKeys(presenting: boolean): { x: number; y: number } | null {
  const services = useServices();
  const [pointer, setPointer] = useState<{ x: number; y: number } | null>(null);
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
  return pointer;
}
