import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { SlideSummary } from '../../../electron/shared/presentation-messages';
import { useAppState, useServices } from '../../app/app-context';
import { inSlice, type AppState } from '../../app/app-state';
import { reportProblem } from '../../shared/problems';
import { applyPresenterCommand, nextView, previousView, selectPresentationSnapshot, stopPresenting, toggleNotes, type SavedView, type StoryState } from './state/story-slice';
import { showView } from './story-commands';
import { fitPadding, hallScale, type Padding } from './hall-layout';

const selectLanguage = (s: AppState) => s.ui.language;

/**
 * Two windows: the console gets the state after every change, sends commands, and hears when it ends
 * (also when the app window closes or reloads).
 */
export function useConsoleLink(story: StoryState, twoWindows: boolean, end: SlideSummary): void {
  const services = useServices();
  const language = useAppState(selectLanguage);
  const presenter = services.platform.presenter;
  const snapshot = useMemo(() => (twoWindows ? selectPresentationSnapshot(story, language, end) : null), [twoWindows, story, language, end]);
  useEffect(() => {
    if (snapshot) presenter.publish({ type: 'state', state: snapshot });
  }, [snapshot, presenter]);
  useEffect(() => {
    if (!twoWindows) return;
    return presenter.onCommand((command) => {
      if (command.kind === 'hello') {
        const now = services.store.getState();
        const state = selectPresentationSnapshot(now.story, now.ui.language, end);
        if (state) presenter.publish({ type: 'state', state });
        return;
      }
      services.store.update(inSlice('story', applyPresenterCommand(command)));
    });
  }, [twoWindows, presenter, services, end]);
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
    // Refused (no user gesture, a policy, a kiosk): the presentation goes on in the window, and the presenter is told.
    if (presenting && !document.fullscreenElement) {
      root.requestFullscreen?.().catch((error: unknown) => {
        // The message says what happened; the browser's reason (a permission check) is for developers.
        console.warn('[wijkzicht] full screen refused:', error);
        reportProblem(services.store, 'presentation-fullscreen-refused', undefined, { severity: 'warning' });
      });
    }
    if (!presenting && document.fullscreenElement) document.exitFullscreen().catch((error: unknown) => console.warn('[wijkzicht] leaving full screen failed:', error));
    return () => root.classList.remove('presenting');
  }, [presenting, services]);
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

/** The padding that keeps a fitted view clear of the title card and the attribution line, measured now. */
function measurePadding(caption: RefObject<HTMLElement | null>): Padding {
  const viewport = { width: window.innerWidth, height: window.innerHeight };
  const attribution = document.querySelector('[data-testid="attribution"]')?.getBoundingClientRect();
  return fitPadding(viewport, { captionBottom: caption.current?.getBoundingClientRect().bottom ?? 0, attributionHeight: attribution?.height ?? 0 }, hallScale(viewport.height));
}

/**
 * Shows the current view whenever it changes (smoothly), its extent fitted to this screen inside the title
 * card and the attribution; again (at once) when the screen changes size (full screen granted, a window
 * dragged to the projector). (Two frames later: entering presentation mode resizes the map, and a resize
 * during the move would leave the camera short of the view's.)
 */
export function useShowCurrentView(view: SavedView | undefined, caption: RefObject<HTMLElement | null>): void {
  const services = useServices();
  useEffect(() => {
    if (!view) return;
    const show = (durationMs?: number) => void showView(services, view, durationMs, measurePadding(caption));
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => show());
    });
    let resized = 0;
    const onResize = () => {
      cancelAnimationFrame(resized);
      resized = requestAnimationFrame(() => show(0));
    };
    window.addEventListener('resize', onResize);
    return () => {
      cancelAnimationFrame(frame);
      cancelAnimationFrame(resized);
      window.removeEventListener('resize', onResize);
    };
  }, [view, services, caption]);
}

/** How long the key hint stays after the mouse last moved. */
export const HINT_MS = 2500;

/**
 * While presenting: →, space, PageDown (clickers) forward; ←, PageUp back; Esc leaves; N toggles the notes.
 * Returns where the pointer is, for the ring that follows it, and whether it moved in the last 2.5 s (the
 * key hint shows then, and only then).
 */
export function usePresenterKeys(presenting: boolean): { pointer: { x: number; y: number } | null; hint: boolean } {
  const services = useServices();
  const [pointer, setPointer] = useState<{ x: number; y: number } | null>(null);
  const [hint, setHint] = useState(false);
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
    let hide = 0;
    const onMove = (e: MouseEvent) => {
      setPointer({ x: e.clientX, y: e.clientY });
      setHint(true);
      window.clearTimeout(hide);
      hide = window.setTimeout(() => setHint(false), HINT_MS);
    };
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('mousemove', onMove);
    return () => {
      window.clearTimeout(hide);
      setHint(false);
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('mousemove', onMove);
    };
  }, [presenting, services]);
  return { pointer, hint };
}
