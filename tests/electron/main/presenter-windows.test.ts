import path from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  choosePresentationDisplays,
  CONSOLE_TITLE,
  CONSOLE_URL,
  createPresenterWindows,
  type DisplayLike,
  type PresenterWindowLike,
  type RectLike,
  type ScreenLike,
} from '../../../electron/main/presenter-windows';
import { secureWebPreferences } from '../../../electron/main/window-preferences';

const PRELOAD = path.resolve('dist', 'electron', 'preload.cjs');

function display(id: number, x: number, width: number, height: number, taskbar = 40): DisplayLike {
  return { id, bounds: { x, y: 0, width, height }, workArea: { x, y: 0, width, height: height - taskbar } };
}

const laptop = display(1, 0, 1920, 1200);
const projector = display(2, 1920, 1280, 720, 0);
const bigScreen = display(3, 3200, 3840, 2160, 0);

describe('choosePresentationDisplays', () => {
  it('returns null with one display', () => {
    expect(choosePresentationDisplays([laptop], laptop.id)).toBeNull();
  });

  it('puts the audience on the other display and the console where the app is', () => {
    expect(choosePresentationDisplays([laptop, projector], laptop.id)).toEqual({ audience: projector, console: laptop });
    expect(choosePresentationDisplays([laptop, projector], projector.id)).toEqual({ audience: laptop, console: projector });
  });

  it('with three displays, puts the audience on the largest other one', () => {
    expect(choosePresentationDisplays([laptop, projector, bigScreen], laptop.id)).toEqual({ audience: bigScreen, console: laptop });
    expect(choosePresentationDisplays([bigScreen, projector, laptop], bigScreen.id)).toEqual({ audience: laptop, console: bigScreen });
    expect(choosePresentationDisplays([laptop, projector, bigScreen], bigScreen.id)).toEqual({ audience: laptop, console: bigScreen });
  });

  it('takes the first listed of equally large displays', () => {
    const left = display(4, -1280, 1280, 720, 0);
    expect(choosePresentationDisplays([laptop, left, projector], laptop.id)?.audience).toBe(left);
    expect(choosePresentationDisplays([laptop, projector, left], laptop.id)?.audience).toBe(projector);
  });

  it('refuses an app display that is not in the list, and malformed displays', () => {
    expect(() => choosePresentationDisplays([laptop, projector], 9)).toThrow(RangeError);
    expect(() => choosePresentationDisplays([], 1)).toThrow(/display 1 .* is not among the 0 displays/);
    expect(() => choosePresentationDisplays([laptop, { id: 2, bounds: { x: 0, y: 0, width: 0, height: 10 }, workArea: laptop.workArea }], 1)).toThrow(TypeError);
    expect(() => choosePresentationDisplays([{ id: 2 } as DisplayLike], 2)).toThrow(TypeError);
    expect(() => choosePresentationDisplays(null as unknown as DisplayLike[], 1)).toThrow(TypeError);
    expect(() => choosePresentationDisplays([laptop], Number.NaN)).toThrow(TypeError);
  });
});

type Listener = () => void;

/** A fake BrowserWindow: records what is done to it and emits closed/leave-full-screen like Electron. */
class FakeWindow implements PresenterWindowLike {
  static created: FakeWindow[] = [];
  static nextId = 100;
  static failNext = false;

  readonly calls: string[] = [];
  readonly loaded: string[] = [];
  readonly sent: unknown[][] = [];
  readonly webContents;
  bounds: RectLike;
  normalBounds: RectLike;
  fullScreen = false;
  maximized = false;
  destroyed = false;
  visible = false;
  /** Off: the window manager never reports leaving full screen (the timeout must move on). */
  reportsLeaveFullScreen = true;
  private readonly listeners: { event: string; listener: Listener; once: boolean }[] = [];

  constructor(readonly options: BrowserWindowConstructorOptions = {}) {
    if (FakeWindow.failNext) {
      FakeWindow.failNext = false;
      throw new Error('no window for you');
    }
    const id = FakeWindow.nextId++;
    this.webContents = {
      id,
      send: (...args: unknown[]) => void this.sent.push(args),
      isDestroyed: () => this.destroyed,
    };
    this.bounds = { x: options.x ?? 0, y: options.y ?? 0, width: options.width ?? 800, height: options.height ?? 600 };
    this.normalBounds = this.bounds;
    FakeWindow.created.push(this);
  }

  getBounds(): RectLike {
    return this.bounds;
  }
  getNormalBounds(): RectLike {
    return this.normalBounds;
  }
  setBounds(bounds: RectLike): void {
    this.calls.push(`setBounds ${bounds.x},${bounds.y} ${bounds.width}x${bounds.height}`);
    this.bounds = bounds;
    if (!this.fullScreen && !this.maximized) this.normalBounds = bounds;
  }
  isFullScreen(): boolean {
    return this.fullScreen;
  }
  setFullScreen(flag: boolean): void {
    this.calls.push(`setFullScreen ${flag}`);
    const was = this.fullScreen;
    this.fullScreen = flag;
    if (was && !flag && this.reportsLeaveFullScreen) this.emit('leave-full-screen');
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  maximize(): void {
    this.calls.push('maximize');
    this.maximized = true;
  }
  unmaximize(): void {
    this.calls.push('unmaximize');
    this.maximized = false;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  show(): void {
    this.visible = true;
  }
  focus(): void {
    this.calls.push('focus');
  }
  close(): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.calls.push('close');
    this.destroyed = true;
    this.emit('closed');
  }
  loadURL(url: string): Promise<void> {
    this.loaded.push(url);
    return Promise.resolve();
  }
  on(event: string, listener: Listener): this {
    this.listeners.push({ event, listener, once: false });
    return this;
  }
  once(event: string, listener: Listener): this {
    this.listeners.push({ event, listener, once: true });
    return this;
  }
  removeListener(event: string, listener: Listener): this {
    const index = this.listeners.findIndex((l) => l.event === event && l.listener === listener);
    if (index >= 0) this.listeners.splice(index, 1);
    return this;
  }
  listenerCount(event: string): number {
    return this.listeners.filter((l) => l.event === event).length;
  }
  emit(event: string): void {
    for (const entry of [...this.listeners]) {
      if (entry.event !== event) continue;
      if (entry.once) this.removeListener(event, entry.listener);
      entry.listener();
    }
  }
}

function fakeScreen(displays: DisplayLike[]): ScreenLike {
  return {
    getAllDisplays: () => displays,
    // The display holding the centre of the rectangle (Electron picks the one it overlaps most).
    getDisplayMatching: (rect) => {
      const cx = rect.x + rect.width / 2;
      const cy = rect.y + rect.height / 2;
      return displays.find((d) => cx >= d.bounds.x && cx < d.bounds.x + d.bounds.width && cy >= d.bounds.y && cy < d.bounds.y + d.bounds.height) ?? displays[0]!;
    },
  };
}

const appBounds: RectLike = { x: 100, y: 80, width: 1400, height: 900 };

function setup(displays: DisplayLike[] = [laptop, projector]) {
  const appWindow = new FakeWindow({ ...appBounds });
  FakeWindow.created.length = 0;
  const presenter = createPresenterWindows({ BrowserWindow: FakeWindow, screen: fakeScreen(displays), preloadPath: PRELOAD });
  const consoleWindow = (): FakeWindow => {
    const window = FakeWindow.created.at(-1);
    if (window === undefined) throw new Error('no console window was created');
    return window;
  };
  return { appWindow, presenter, consoleWindow };
}

beforeEach(() => {
  FakeWindow.created.length = 0;
  FakeWindow.failNext = false;
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('createPresenterWindows', () => {
  it('with one display opens nothing and leaves the app window alone', async () => {
    const { appWindow, presenter } = setup([laptop]);
    await expect(presenter.open(appWindow)).resolves.toBe('one-window');
    expect(FakeWindow.created).toEqual([]);
    expect(appWindow.calls).toEqual([]);
    expect(presenter.consoleContents()).toBeNull();
    await presenter.close();
    expect(appWindow.calls).toEqual([]);
  });

  it('with two displays moves the app full screen to the audience display and opens the console where it was', async () => {
    const { appWindow, presenter, consoleWindow } = setup();
    await expect(presenter.open(appWindow)).resolves.toBe('two-windows');

    expect(FakeWindow.created).toHaveLength(1);
    const consoleWin = consoleWindow();
    expect(consoleWin.options).toEqual({
      title: CONSOLE_TITLE,
      ...laptop.workArea,
      minWidth: 640,
      minHeight: 400,
      show: false,
      autoHideMenuBar: true,
      webPreferences: secureWebPreferences(PRELOAD),
    });
    expect(CONSOLE_TITLE).toBe('Wijkzicht — presenter');
    expect(consoleWin.loaded).toEqual(['app://wijkzicht/presenter.html']);
    expect(CONSOLE_URL).toBe('app://wijkzicht/presenter.html');
    expect(consoleWin.visible).toBe(false);
    consoleWin.emit('ready-to-show');
    expect(consoleWin.visible).toBe(true);

    expect(appWindow.calls).toEqual(['setBounds 1920,0 1280x720', 'setFullScreen true']);
    expect(appWindow.fullScreen).toBe(true);
    expect(presenter.consoleContents()).toBe(consoleWin.webContents);
  });

  it('close() closes the console, leaves full screen and restores the app window', async () => {
    const { appWindow, presenter, consoleWindow } = setup();
    await presenter.open(appWindow);
    const consoleWin = consoleWindow();
    appWindow.calls.length = 0;
    await presenter.close();
    expect(consoleWin.destroyed).toBe(true);
    expect(appWindow.calls).toEqual(['setFullScreen false', `setBounds 100,80 1400x900`]);
    expect(appWindow.fullScreen).toBe(false);
    expect(appWindow.bounds).toEqual(appBounds);
    expect(presenter.consoleContents()).toBeNull();
    expect(appWindow.listenerCount('closed')).toBe(0);

    appWindow.calls.length = 0;
    await presenter.close();
    expect(appWindow.calls).toEqual([]);
  });

  it('restores a maximized app window as maximized', async () => {
    const { appWindow, presenter } = setup();
    appWindow.maximized = true;
    appWindow.bounds = laptop.workArea;
    await presenter.open(appWindow);
    expect(appWindow.calls).toEqual(['unmaximize', 'setBounds 1920,0 1280x720', 'setFullScreen true']);
    appWindow.calls.length = 0;
    await presenter.close();
    expect(appWindow.calls).toEqual(['setFullScreen false', 'setBounds 100,80 1400x900', 'maximize']);
    expect(appWindow.maximized).toBe(true);
  });

  it('leaves full screen before moving a full-screen app window, and restores it full screen', async () => {
    const { appWindow, presenter } = setup();
    appWindow.fullScreen = true;
    appWindow.bounds = laptop.bounds;
    await presenter.open(appWindow);
    expect(appWindow.calls).toEqual(['setFullScreen false', 'setBounds 1920,0 1280x720', 'setFullScreen true']);
    appWindow.calls.length = 0;
    await presenter.close();
    expect(appWindow.calls).toEqual(['setFullScreen false', 'setBounds 100,80 1400x900', 'setFullScreen true']);
  });

  it('moves on after a timeout when the window never reports leaving full screen', async () => {
    vi.useFakeTimers();
    const { appWindow, presenter } = setup();
    await presenter.open(appWindow);
    appWindow.reportsLeaveFullScreen = false;
    appWindow.calls.length = 0;
    const closing = presenter.close();
    await vi.advanceTimersByTimeAsync(1000);
    expect(appWindow.calls).toEqual(['setFullScreen false']);
    await vi.advanceTimersByTimeAsync(600);
    await closing;
    expect(appWindow.calls).toEqual(['setFullScreen false', 'setBounds 100,80 1400x900']);
  });

  it('forgets a console the user closed; close() still restores the app window', async () => {
    const { appWindow, presenter, consoleWindow } = setup();
    await presenter.open(appWindow);
    consoleWindow().close();
    expect(presenter.consoleContents()).toBeNull();
    appWindow.calls.length = 0;
    await expect(presenter.close()).resolves.toBeUndefined();
    expect(appWindow.calls).toEqual(['setFullScreen false', 'setBounds 100,80 1400x900']);
  });

  it('open() while presenting focuses the console, or re-opens it where it was, without moving the app again', async () => {
    const { appWindow, presenter, consoleWindow } = setup();
    await presenter.open(appWindow);
    const first = consoleWindow();
    appWindow.calls.length = 0;
    await expect(presenter.open(appWindow)).resolves.toBe('two-windows');
    expect(FakeWindow.created).toHaveLength(1);
    expect(first.calls).toEqual(['focus']);

    first.close();
    await expect(presenter.open(appWindow)).resolves.toBe('two-windows');
    expect(FakeWindow.created).toHaveLength(2);
    expect(consoleWindow().bounds).toEqual(laptop.workArea);
    expect(presenter.consoleContents()).toBe(consoleWindow().webContents);
    expect(appWindow.calls).toEqual([]);

    await presenter.close();
    expect(appWindow.bounds).toEqual(appBounds);
  });

  it('closes the console when the app window closes', async () => {
    const { appWindow, presenter, consoleWindow } = setup();
    await presenter.open(appWindow);
    appWindow.close();
    expect(consoleWindow().destroyed).toBe(true);
    expect(presenter.consoleContents()).toBeNull();
    await expect(presenter.close()).resolves.toBeUndefined();
    expect(() => presenter.dispose()).not.toThrow();
  });

  it('dispose() closes the console without moving the app window', async () => {
    const { appWindow, presenter, consoleWindow } = setup();
    await presenter.open(appWindow);
    appWindow.calls.length = 0;
    presenter.dispose();
    presenter.dispose();
    expect(consoleWindow().destroyed).toBe(true);
    expect(appWindow.calls).toEqual([]);
    await presenter.close();
    expect(appWindow.calls).toEqual([]);
  });

  it('runs open and close one after the other when called together', async () => {
    const { appWindow, presenter } = setup();
    await Promise.all([presenter.open(appWindow), presenter.close(), presenter.open(appWindow), presenter.close()]);
    expect(appWindow.bounds).toEqual(appBounds);
    expect(appWindow.fullScreen).toBe(false);
    expect(FakeWindow.created.every((w) => w.destroyed)).toBe(true);
    expect(FakeWindow.created).toHaveLength(2);
  });

  it('leaves the app window where it is when the console cannot be created', async () => {
    const { appWindow, presenter } = setup();
    FakeWindow.failNext = true;
    await expect(presenter.open(appWindow)).rejects.toThrow('no window for you');
    expect(appWindow.calls).toEqual([]);
    await presenter.close();
    expect(appWindow.calls).toEqual([]);
    await expect(presenter.open(appWindow)).resolves.toBe('two-windows');
  });

  it('logs, but survives, a console page that fails to load', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(FakeWindow.prototype, 'loadURL').mockRejectedValueOnce(new Error('ERR_FILE_NOT_FOUND'));
    const { appWindow, presenter } = setup();
    await expect(presenter.open(appWindow)).resolves.toBe('two-windows');
    await vi.waitFor(() => expect(error).toHaveBeenCalledWith('[wijkzicht] could not load app://wijkzicht/presenter.html:', expect.any(Error)));
  });

  it('refuses a closed app window and bad dependencies', async () => {
    const { appWindow, presenter } = setup();
    appWindow.destroyed = true;
    await expect(presenter.open(appWindow)).rejects.toThrow(/the app window is closed/);
    const screen = fakeScreen([laptop]);
    expect(() => createPresenterWindows({ BrowserWindow: FakeWindow, screen, preloadPath: 'preload.cjs' })).toThrow(/absolute path/);
    expect(() => createPresenterWindows({ BrowserWindow: FakeWindow, screen: {} as ScreenLike, preloadPath: PRELOAD })).toThrow(/screen must provide/);
    expect(() => createPresenterWindows({ BrowserWindow: null as never, screen, preloadPath: PRELOAD })).toThrow(/constructor/);
    expect(() => createPresenterWindows({ BrowserWindow: FakeWindow, screen, preloadPath: PRELOAD, fullScreenTimeoutMs: -1 })).toThrow(RangeError);
  });
});
