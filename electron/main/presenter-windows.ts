/**
 * Presenting on two displays: the app window becomes the audience view (full screen on the other display)
 * and a second, equally hardened window shows the presenter console where the app window was. Electron's
 * `BrowserWindow` and `screen` are passed in ({@link PresenterWindowDependencies}), so Vitest drives this
 * module with fakes; the display choice itself is the pure {@link choosePresentationDisplays}.
 */
import type { BrowserWindowConstructorOptions } from 'electron';
import { APP_ORIGIN, CONSOLE_PAGE, type PresentationLayout } from '../shared/ipc-contract';
import { secureWebPreferences } from './window-preferences';

/** A rectangle in screen coordinates (Electron's `Rectangle`). */
export interface RectLike {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The parts of an Electron `Display` the choice needs. */
export interface DisplayLike {
  readonly id: number;
  readonly bounds: RectLike;
  readonly workArea: RectLike;
}

/** The two displays of a presentation. */
export interface PresentationDisplays {
  /** Where the app window goes full screen for the audience. */
  readonly audience: DisplayLike;
  /** Where the app window was, and where the presenter console opens (in its work area). */
  readonly console: DisplayLike;
}

function isRect(value: unknown): value is RectLike {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    [r.x, r.y, r.width, r.height].every((n) => typeof n === 'number' && Number.isFinite(n)) &&
    (r.width as number) > 0 &&
    (r.height as number) > 0
  );
}

function isDisplay(value: unknown): value is DisplayLike {
  if (typeof value !== 'object' || value === null) return false;
  const d = value as Record<string, unknown>;
  return typeof d.id === 'number' && Number.isFinite(d.id) && isRect(d.bounds) && isRect(d.workArea);
}

const area = (display: DisplayLike): number => display.bounds.width * display.bounds.height;

/**
 * Chooses where the audience view and the presenter console go.
 *
 * Rule: the console goes on the display the app window is on now (`appDisplayId`), so the presenter keeps
 * the screen in front of them; the audience view goes on the **largest other display** (by pixel area of
 * its bounds; on a tie the one listed first), which with one extra display is simply that display, and with
 * several is the projector or big screen rather than, say, a small side monitor. With one display (or none
 * other than the app's) there is no second screen: `null`.
 *
 * Throws a `TypeError` for malformed displays and a `RangeError` when `appDisplayId` is not among them.
 *
 * @example
 * choosePresentationDisplays([laptop, projector], laptop.id); // → { audience: projector, console: laptop }
 * choosePresentationDisplays([laptop], laptop.id); // → null
 */
export function choosePresentationDisplays(displays: readonly DisplayLike[], appDisplayId: number): PresentationDisplays | null {
  if (!Array.isArray(displays) || !displays.every(isDisplay)) {
    throw new TypeError('choosePresentationDisplays: displays must be a list of { id, bounds, workArea } with positive sizes');
  }
  if (typeof appDisplayId !== 'number' || !Number.isFinite(appDisplayId)) {
    throw new TypeError('choosePresentationDisplays: appDisplayId must be a display id');
  }
  const consoleDisplay = displays.find((display) => display.id === appDisplayId);
  if (consoleDisplay === undefined) {
    throw new RangeError(`choosePresentationDisplays: display ${appDisplayId} (the app window's) is not among the ${displays.length} displays`);
  }
  let audience: DisplayLike | null = null;
  for (const display of displays) {
    if (display.id === appDisplayId) continue;
    if (audience === null || area(display) > area(audience)) audience = display;
  }
  return audience === null ? null : { audience, console: consoleDisplay };
}

/** The parts of an Electron `WebContents` the presenter windows and the relay use. */
export interface PresenterContentsLike {
  readonly id: number;
  send(channel: string, ...args: unknown[]): void;
  isDestroyed(): boolean;
}

/** The parts of an Electron `BrowserWindow` this module uses (the real one satisfies it). */
export interface PresenterWindowLike {
  readonly webContents: PresenterContentsLike;
  getBounds(): RectLike;
  getNormalBounds(): RectLike;
  setBounds(bounds: RectLike): void;
  isFullScreen(): boolean;
  setFullScreen(flag: boolean): void;
  isMaximized(): boolean;
  maximize(): void;
  unmaximize(): void;
  isDestroyed(): boolean;
  show(): void;
  focus(): void;
  close(): void;
  loadURL(url: string): Promise<void>;
  on(event: 'closed', listener: () => void): unknown;
  once(event: 'ready-to-show', listener: () => void): unknown;
  once(event: 'leave-full-screen', listener: () => void): unknown;
  removeListener(event: 'closed', listener: () => void): unknown;
  removeListener(event: 'leave-full-screen', listener: () => void): unknown;
}

/** The parts of Electron's `screen` this module uses. */
export interface ScreenLike {
  getAllDisplays(): DisplayLike[];
  getDisplayMatching(rect: RectLike): DisplayLike;
}

export interface PresenterWindowDependencies {
  /** Electron's `BrowserWindow` class (a fake in tests). */
  readonly BrowserWindow: new (options: BrowserWindowConstructorOptions) => PresenterWindowLike;
  /** Electron's `screen` (only usable after `app` is ready, so create the presenter windows then). */
  readonly screen: ScreenLike;
  /** Absolute path of the preload script; the console gets the same hardened `webPreferences` as the app. */
  readonly preloadPath: string;
  /** How long to wait for `leave-full-screen` before moving a window anyway (macOS animates). Default 1500 ms. */
  readonly fullScreenTimeoutMs?: number;
}

/** The presenter console window and the placement of the app window around it. */
export interface PresenterWindows {
  /**
   * With a second display: remembers the app window's bounds, maximized and full-screen state, moves it full
   * screen onto the audience display, opens the presenter console on the app's display and resolves
   * `two-windows`. With one display nothing changes: `one-window`. Calling it again while presenting focuses
   * the console (re-opening it where it was if the user had closed it). Rejects for a destroyed window.
   */
  open(appWindow: PresenterWindowLike): Promise<PresentationLayout>;
  /**
   * Closes the console (if still open), leaves full screen and puts the app window back where it was
   * (bounds, then maximized/full screen as before). Does nothing when not presenting.
   */
  close(): Promise<void>;
  /** Closes the console without moving the app window (the app window is closing); idempotent. */
  dispose(): void;
  /** The console's web contents while its window is open, else null. */
  consoleContents(): PresenterContentsLike | null;
}

/** The console page, on the app origin like the app itself. */
export const CONSOLE_URL = `${APP_ORIGIN}/${CONSOLE_PAGE}`;
export const CONSOLE_TITLE = 'Wijkzicht — presenter';

interface Placement {
  readonly bounds: RectLike;
  readonly maximized: boolean;
  readonly fullScreen: boolean;
}

interface Session {
  readonly appWindow: PresenterWindowLike;
  readonly saved: Placement;
  readonly consoleArea: RectLike;
  readonly onAppClosed: () => void;
}

const isAlive = (window: PresenterWindowLike | null): window is PresenterWindowLike => window !== null && !window.isDestroyed();

/**
 * Leaves full screen and resolves once the window reports it (or after `timeoutMs`: some window managers
 * never do), so a following `setBounds` is not undone by the end of the full-screen transition.
 */
function leaveFullScreen(window: PresenterWindowLike, timeoutMs: number): Promise<void> {
  if (!window.isFullScreen()) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      window.removeListener('leave-full-screen', done);
      resolve();
    };
    // Declared before `setFullScreen`, which may report leaving full screen synchronously.
    const timer = setTimeout(done, timeoutMs);
    window.once('leave-full-screen', done);
    window.setFullScreen(false);
  });
}

/**
 * Creates the presenter-window manager of the app (one per process).
 *
 * @example
 * const presenter = createPresenterWindows({ BrowserWindow, screen, preloadPath: PRELOAD_SCRIPT });
 * await presenter.open(mainWindow); // 'two-windows' or 'one-window'
 */
export function createPresenterWindows(deps: PresenterWindowDependencies): PresenterWindows {
  const timeoutMs = checkDependencies(deps);
  const serialized = createSerializer();
  let consoleWindow: PresenterWindowLike | null = null;
  let session: Session | null = null;

  const openConsole = (area: RectLike): void => {
    consoleWindow = openConsoleWindow(deps, area, (closed) => {
      // The user may close the console themselves: forget it; a later close() still restores the app window.
      if (consoleWindow === closed) consoleWindow = null;
    });
  };

  const endSession = (): Session | null => {
    const ended = session;
    session = null;
    const window = consoleWindow;
    consoleWindow = null;
    if (isAlive(window)) window.close();
    if (ended !== null && !ended.appWindow.isDestroyed()) ended.appWindow.removeListener('closed', ended.onAppClosed);
    return ended;
  };

  const dispose = (): void => {
    endSession();
  };

  const open = async (appWindow: PresenterWindowLike): Promise<PresentationLayout> => {
    if (!isAlive(appWindow)) throw new Error('openPresenterConsole: the app window is closed');
    // Another app window than the one presenting (the old one was replaced): start over for the new one.
    if (session !== null && session.appWindow !== appWindow) endSession();
    if (session !== null) {
      if (isAlive(consoleWindow)) consoleWindow.focus();
      else openConsole(session.consoleArea);
      return 'two-windows';
    }
    const appDisplay = deps.screen.getDisplayMatching(appWindow.getBounds());
    const displays = choosePresentationDisplays(deps.screen.getAllDisplays(), appDisplay.id);
    if (displays === null) return 'one-window';

    const saved: Placement = { bounds: appWindow.getNormalBounds(), maximized: appWindow.isMaximized(), fullScreen: appWindow.isFullScreen() };
    // The console first: if it cannot be created, the app window has not moved yet.
    openConsole(displays.console.workArea);
    const onAppClosed = (): void => dispose();
    appWindow.on('closed', onAppClosed);
    session = { appWindow, saved, consoleArea: displays.console.workArea, onAppClosed };
    await moveFullScreenTo(appWindow, displays.audience.bounds, timeoutMs);
    return 'two-windows';
  };

  const close = async (): Promise<void> => {
    const ended = endSession();
    if (ended === null || ended.appWindow.isDestroyed()) return;
    await restorePlacement(ended.appWindow, ended.saved, timeoutMs);
  };

  return {
    open: (appWindow) => serialized(() => open(appWindow)),
    close: () => serialized(close),
    dispose,
    consoleContents: () => (isAlive(consoleWindow) && !consoleWindow.webContents.isDestroyed() ? consoleWindow.webContents : null),
  };
}

/** Checks the dependencies (throws on a programming error) and returns the full-screen timeout. */
function checkDependencies(deps: PresenterWindowDependencies): number {
  if (typeof deps !== 'object' || deps === null) throw new TypeError('createPresenterWindows: dependencies are required');
  if (typeof deps.BrowserWindow !== 'function') throw new TypeError('createPresenterWindows: BrowserWindow must be a constructor');
  if (typeof deps.screen?.getAllDisplays !== 'function' || typeof deps.screen.getDisplayMatching !== 'function') {
    throw new TypeError('createPresenterWindows: screen must provide getAllDisplays and getDisplayMatching');
  }
  const timeoutMs = deps.fullScreenTimeoutMs ?? 1500;
  if (!Number.isFinite(timeoutMs) || timeoutMs < 0) throw new RangeError('createPresenterWindows: fullScreenTimeoutMs must be ≥ 0');
  // Fails early (not at the first presentation) for a relative preload path.
  secureWebPreferences(deps.preloadPath);
  return timeoutMs;
}

/** Runs operations one after the other: open and close wait for each other (both await full-screen transitions). */
function createSerializer(): <T>(operation: () => Promise<T>) => Promise<T> {
  let queue: Promise<unknown> = Promise.resolve();
  return <T>(operation: () => Promise<T>): Promise<T> => {
    const result = queue.then(operation);
    queue = result.catch(() => undefined);
    return result;
  };
}

/** The hardened presenter console window in `area`, shown when ready; `onClosed` when it closes. */
function openConsoleWindow(deps: PresenterWindowDependencies, area: RectLike, onClosed: (window: PresenterWindowLike) => void): PresenterWindowLike {
  const window = new deps.BrowserWindow({
    title: CONSOLE_TITLE,
    x: area.x,
    y: area.y,
    width: area.width,
    height: area.height,
    minWidth: 640,
    minHeight: 400,
    show: false,
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(deps.preloadPath),
  });
  window.once('ready-to-show', () => {
    if (!window.isDestroyed()) window.show();
  });
  window.on('closed', () => onClosed(window));
  window.loadURL(CONSOLE_URL).catch((error: unknown) => {
    console.error(`[wijkzicht] could not load ${CONSOLE_URL}:`, error);
  });
  return window;
}

/** Moves the app window full screen onto the audience display (out of full screen and maximized first). */
async function moveFullScreenTo(appWindow: PresenterWindowLike, bounds: RectLike, timeoutMs: number): Promise<void> {
  await leaveFullScreen(appWindow, timeoutMs);
  if (appWindow.isDestroyed()) return;
  if (appWindow.isMaximized()) appWindow.unmaximize();
  appWindow.setBounds(bounds);
  appWindow.setFullScreen(true);
}

/** Puts the app window back: its bounds, then maximized or full screen as it was before presenting. */
async function restorePlacement(appWindow: PresenterWindowLike, saved: Placement, timeoutMs: number): Promise<void> {
  await leaveFullScreen(appWindow, timeoutMs);
  if (appWindow.isDestroyed()) return;
  appWindow.setBounds(saved.bounds);
  if (saved.maximized) appWindow.maximize();
  if (saved.fullScreen) appWindow.setFullScreen(true);
}
