// The preload imports `electron`, which cannot load in Vitest (no binary here). `vi.mock` replaces it before
// the preload runs, so the test sees exactly what the preload exposes and which channels it uses.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNEL_SENDER, IPC_CHANNELS, type IpcApi, type MenuCommand, type PresentationMessage } from '../../../electron/shared/ipc-contract';

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  const exposed: Record<string, unknown> = {};
  const invokes: unknown[][] = [];
  return {
    exposed,
    listeners,
    invokes,
    contextBridge: {
      exposeInMainWorld: (key: string, value: unknown) => {
        exposed[key] = value;
      },
    },
    ipcRenderer: {
      invoke: (...args: unknown[]): Promise<unknown> => {
        invokes.push(args);
        return Promise.resolve(`result of ${String(args[0])}`);
      },
      on: (channel: string, listener: (...args: unknown[]) => void) => {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel)?.add(listener);
      },
      removeListener: (channel: string, listener: (...args: unknown[]) => void) => {
        listeners.get(channel)?.delete(listener);
      },
    },
  };
});

vi.mock('electron', () => ({ contextBridge: electron.contextBridge, ipcRenderer: electron.ipcRenderer }));

let api: IpcApi;

beforeAll(async () => {
  await import('../../../electron/preload/preload');
  api = electron.exposed.wijkzicht as IpcApi;
});

afterEach(() => {
  vi.restoreAllMocks();
});

function emit(channel: string, value: unknown): void {
  for (const listener of electron.listeners.get(channel) ?? []) listener({ sender: 'event', ports: [] }, value);
}

const emitMenu = (command: unknown): void => emit(IPC_CHANNELS.menuCommand, command);

const slide = { title: 'Wijk Noord', caption: 'Kansarmoede', notes: 'Eerst de legende.', thumbnail: null };
// The end slide after the last of two views: `index === total`, nothing next.
const endSlide: PresentationMessage = {
  type: 'state',
  state: { index: 2, total: 2, current: slide, next: null, startedAt: 1_700_000_000_000, language: 'en', highContrast: true },
};

describe('preload', () => {
  it('exposes exactly the IpcApi methods as window.wijkzicht', () => {
    expect(Object.keys(electron.exposed)).toEqual(['wijkzicht']);
    expect(Object.keys(api).sort()).toEqual(
      [
        'appInfo',
        'closePresenterConsole',
        'discardAutosave',
        'getStartupPackage',
        'onMenuCommand',
        'onPresentationMessage',
        'onPresenterCommand',
        'openPackageDialog',
        'openPresenterConsole',
        'printToPdf',
        'publishPresentation',
        'readAutosave',
        'readPackageFile',
        'saveFileDialog',
        'saveFolderDialog',
        'sendPresenterCommand',
        'writeAutosave',
      ].sort(),
    );
    // Every invoke channel of the contract has a method (plus the three event subscriptions).
    expect(Object.keys(api).filter((key) => !key.startsWith('on')).sort()).toEqual(Object.keys(CHANNEL_SENDER).sort());
  });

  it('invokes the contract channels with the given arguments', async () => {
    electron.invokes.length = 0;
    await api.getStartupPackage();
    await api.openPackageDialog();
    await expect(api.readPackageFile('h1', 'geo/wijken.geojson')).resolves.toBe(
      `result of ${IPC_CHANNELS.readPackageFile}`,
    );
    await api.appInfo();
    await api.writeAutosave('k', 'text');
    await api.readAutosave('k');
    await api.discardAutosave('k');
    await api.saveFileDialog({ suggestedName: 'a.png', filters: [], bytes: new Uint8Array([1]) });
    await api.saveFolderDialog({ suggestedName: 'pkg', files: [] });
    await expect(api.printToPdf({ suggestedName: 'story.pdf' })).resolves.toBe(`result of ${IPC_CHANNELS.printToPdf}`);
    await api.openPresenterConsole();
    await api.closePresenterConsole();
    await api.publishPresentation({ type: 'ended' });
    await api.sendPresenterCommand({ kind: 'go', index: 2 });
    expect(electron.invokes).toEqual([
      [IPC_CHANNELS.getStartupPackage],
      [IPC_CHANNELS.openPackageDialog],
      [IPC_CHANNELS.readPackageFile, 'h1', 'geo/wijken.geojson'],
      [IPC_CHANNELS.appInfo],
      [IPC_CHANNELS.writeAutosave, 'k', 'text'],
      [IPC_CHANNELS.readAutosave, 'k'],
      [IPC_CHANNELS.discardAutosave, 'k'],
      [IPC_CHANNELS.saveFileDialog, { suggestedName: 'a.png', filters: [], bytes: new Uint8Array([1]) }],
      [IPC_CHANNELS.saveFolderDialog, { suggestedName: 'pkg', files: [] }],
      [IPC_CHANNELS.printToPdf, { suggestedName: 'story.pdf' }],
      [IPC_CHANNELS.openPresenterConsole],
      [IPC_CHANNELS.closePresenterConsole],
      [IPC_CHANNELS.publishPresentation, { type: 'ended' }],
      [IPC_CHANNELS.sendPresenterCommand, { kind: 'go', index: 2 }],
    ]);
  });

  it('forwards only valid menu commands, without the IPC event, until unsubscribed', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const received: unknown[][] = [];
    const unsubscribe = api.onMenuCommand((...args: unknown[]) => received.push(args));
    emitMenu('open-demo' satisfies MenuCommand);
    emitMenu('format-disk');
    emitMenu(42);
    emitMenu('toggle-language');
    unsubscribe();
    emitMenu('open-package');
    expect(received).toEqual([['open-demo'], ['toggle-language']]);
    expect(electron.listeners.get(IPC_CHANNELS.menuCommand)?.size).toBe(0);
  });

  it('forwards only valid presenter commands, without the IPC event, until unsubscribed', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const received: unknown[][] = [];
    const unsubscribe = api.onPresenterCommand((...args: unknown[]) => received.push(args));
    emit(IPC_CHANNELS.presenterCommand, { kind: 'next' });
    emit(IPC_CHANNELS.presenterCommand, { kind: 'format-disk' });
    emit(IPC_CHANNELS.presenterCommand, { kind: 'go', index: 1.5 });
    emit(IPC_CHANNELS.presenterCommand, 'next');
    emit(IPC_CHANNELS.presenterCommand, { kind: 'go', index: 4, extra: 'dropped' });
    // A presentation message on the command channel is not a command either.
    emit(IPC_CHANNELS.presenterCommand, endSlide);
    unsubscribe();
    emit(IPC_CHANNELS.presenterCommand, { kind: 'previous' });
    expect(received).toEqual([[{ kind: 'next' }], [{ kind: 'go', index: 4 }]]);
    expect(warn).toHaveBeenCalledTimes(4);
    expect(warn).toHaveBeenCalledWith(`[wijkzicht] dropped an invalid message on ${IPC_CHANNELS.presenterCommand}:`, expect.stringMatching(/unknown command "format-disk"/));
    expect(electron.listeners.get(IPC_CHANNELS.presenterCommand)?.size).toBe(0);
  });

  it('forwards only valid presentation messages, without the IPC event, until unsubscribed', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const received: unknown[][] = [];
    const unsubscribe = api.onPresentationMessage((...args: unknown[]) => received.push(args));
    emit(IPC_CHANNELS.presentationMessage, endSlide);
    emit(IPC_CHANNELS.presentationMessage, { type: 'state', state: { ...endSlide.state, index: 0 } });
    emit(IPC_CHANNELS.presentationMessage, { type: 'state', state: { ...endSlide.state, current: { ...slide, thumbnail: 'https://x/y.png' } } });
    emit(IPC_CHANNELS.presentationMessage, { kind: 'next' });
    emit(IPC_CHANNELS.presentationMessage, { type: 'ended' });
    unsubscribe();
    emit(IPC_CHANNELS.presentationMessage, { type: 'ended' });
    expect(received).toEqual([[endSlide], [{ type: 'ended' }]]);
    expect(warn).toHaveBeenCalledTimes(3);
    expect(electron.listeners.get(IPC_CHANNELS.presentationMessage)?.size).toBe(0);
  });

  it('keeps several subscribers apart and unsubscribes only the one asked', () => {
    const first: unknown[] = [];
    const second: unknown[] = [];
    const stopFirst = api.onPresenterCommand((command) => first.push(command));
    const stopSecond = api.onPresenterCommand((command) => second.push(command));
    stopFirst();
    emit(IPC_CHANNELS.presenterCommand, { kind: 'stop' });
    stopSecond();
    stopSecond();
    expect(first).toEqual([]);
    expect(second).toEqual([{ kind: 'stop' }]);
  });

  it('refuses a listener that is not a function', () => {
    expect(() => api.onPresentationMessage('alert(1)' as never)).toThrow(TypeError);
    expect(() => api.onPresenterCommand(undefined as never)).toThrow(TypeError);
    expect(electron.listeners.get(IPC_CHANNELS.presentationMessage)?.size ?? 0).toBe(0);
  });
});
