// The preload imports `electron`, which cannot load in Vitest (no binary here). `vi.mock` replaces it before
// the preload runs, so the test sees exactly what the preload exposes and which channels it uses.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, type IpcApi, type MenuCommand } from '../../electron/ipc-contract';

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
  await import('../../electron/preload');
  api = electron.exposed.wijkzicht as IpcApi;
});

function emitMenu(command: unknown): void {
  for (const listener of electron.listeners.get(IPC_CHANNELS.menuCommand) ?? []) listener({ sender: 'event' }, command);
}

describe('preload', () => {
  it('exposes exactly the IpcApi methods as window.wijkzicht', () => {
    expect(Object.keys(electron.exposed)).toEqual(['wijkzicht']);
    expect(Object.keys(api).sort()).toEqual(
      ['appInfo', 'discardAutosave', 'getStartupPackage', 'onMenuCommand', 'openPackageDialog', 'readAutosave', 'readPackageFile', 'saveFileDialog', 'saveFolderDialog', 'writeAutosave'].sort(),
    );
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
    expect(electron.invokes).toEqual([
      [IPC_CHANNELS.getStartupPackage],
      [IPC_CHANNELS.openPackageDialog],
      [IPC_CHANNELS.readPackageFile, 'h1', 'geo/wijken.geojson'],
      [IPC_CHANNELS.appInfo],
      [IPC_CHANNELS.writeAutosave, 'k', 'text'],
      [IPC_CHANNELS.readAutosave, 'k'],
      [IPC_CHANNELS.discardAutosave, 'k'],
    ]);
  });

  it('forwards only valid menu commands, without the IPC event, until unsubscribed', () => {
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
});
