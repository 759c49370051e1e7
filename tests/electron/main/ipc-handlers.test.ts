// ipc-handlers.ts imports `electron`, which cannot load in Vitest (no binary here): `vi.mock` gives it a fake
// `ipcMain` that records the handlers, and fake dialogs, so the whole handler table is tested here.
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNEL_SENDER, EVENT_CHANNELS, IPC_CHANNELS, type PresentationMessage } from '../../../electron/shared/ipc-contract';
import { registerIpcHandlers, trustedIdFor, type InvokeMethod } from '../../../electron/main/ipc-handlers';
import type { PackageRegistry } from '../../../electron/main/package-access';
import { PendingDialogKind } from '../../../electron/main/package-dialog-options';
import { PresentationMessageError } from '../../../electron/shared/presentation-messages';
import { createPresentationRelay } from '../../../electron/main/presentation-relay';
import type { PresenterContentsLike, PresenterWindows } from '../../../electron/main/presenter-windows';
import { UntrustedSenderError } from '../../../electron/main/security';

type Handler = (event: unknown, ...args: unknown[]) => unknown;

const electron = vi.hoisted(() => ({
  handlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
  saveDialogResult: { canceled: false, filePath: '' },
  saveDialogCalls: [] as unknown[][],
}));

vi.mock('electron', () => ({
  app: { getPath: () => os.tmpdir(), getVersion: () => '0.1.0' },
  dialog: {
    showSaveDialog: (...args: unknown[]) => {
      electron.saveDialogCalls.push(args);
      return Promise.resolve(electron.saveDialogResult);
    },
    showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
  },
  ipcMain: {
    handle: (channel: string, handler: Handler) => {
      if (electron.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      electron.handlers.set(channel, handler);
    },
  },
}));

const APP_ID = 1;
const CONSOLE_ID = 2;
const PDF = new TextEncoder().encode('%PDF-1.7 story');

function fakeContents(id: number): PresenterContentsLike & { sent: unknown[][] } {
  const sent: unknown[][] = [];
  return { id, sent, send: (...args: unknown[]) => void sent.push(args), isDestroyed: () => false };
}

function event(senderId: number, url: string, parent: unknown = null): unknown {
  return { sender: { id: senderId }, senderFrame: { url, parent } };
}

const fromApp = event(APP_ID, 'app://wijkzicht/index.html');
const fromConsole = event(CONSOLE_ID, 'app://wijkzicht/presenter.html');

function setup(options: { consoleOpen?: boolean } = {}) {
  electron.handlers.clear();
  electron.saveDialogCalls.length = 0;
  const appContents = Object.assign(fakeContents(APP_ID), { printToPDF: vi.fn(() => Promise.resolve(PDF)) });
  const appWindow = { isDestroyed: () => false, webContents: appContents };
  const consoleContents = fakeContents(CONSOLE_ID);
  let consoleOpen = options.consoleOpen ?? true;
  const presenter = {
    open: vi.fn(() => Promise.resolve('two-windows' as const)),
    close: vi.fn(() => Promise.resolve()),
    dispose: vi.fn(),
    consoleContents: () => (consoleOpen ? consoleContents : null),
  } satisfies PresenterWindows;
  const relay = createPresentationRelay({ app: () => appContents, console: () => presenter.consoleContents() });
  registerIpcHandlers({
    registry: {} as PackageRegistry,
    getWindow: () => appWindow as unknown as BrowserWindow,
    startupLocation: () => null,
    pendingDialogKind: new PendingDialogKind(),
    language: () => 'nl',
    presenter,
    relay,
  });
  const invoke = async (channel: string, from: unknown, ...args: unknown[]): Promise<unknown> => {
    const handler = electron.handlers.get(channel);
    if (handler === undefined) throw new Error(`no handler for ${channel}`);
    return handler(from, ...args);
  };
  return { invoke, appContents, consoleContents, presenter, closeConsole: () => void (consoleOpen = false) };
}

beforeEach(() => {
  electron.saveDialogResult = { canceled: false, filePath: '' };
});

describe('trustedIdFor', () => {
  const ids = { app: APP_ID, console: CONSOLE_ID };

  it('trusts the app window for app channels and the console for console channels', () => {
    expect(trustedIdFor('printToPdf', ids)).toBe(APP_ID);
    expect(trustedIdFor('publishPresentation', ids)).toBe(APP_ID);
    expect(trustedIdFor('openPresenterConsole', ids)).toBe(APP_ID);
    expect(trustedIdFor('closePresenterConsole', ids)).toBe(APP_ID);
    expect(trustedIdFor('readPackageFile', ids)).toBe(APP_ID);
    expect(trustedIdFor('sendPresenterCommand', ids)).toBe(CONSOLE_ID);
  });

  it('trusts nobody for a window that is not open', () => {
    expect(trustedIdFor('sendPresenterCommand', { app: APP_ID, console: undefined })).toBeUndefined();
    expect(trustedIdFor('publishPresentation', { app: undefined, console: CONSOLE_ID })).toBeUndefined();
  });

  it('refuses event channels and unknown names', () => {
    for (const name of ['menuCommand', 'presenterCommand', 'toString', '__proto__']) {
      expect(() => trustedIdFor(name as InvokeMethod, ids), name).toThrow(/is not an invoke channel/);
    }
  });
});

describe('registerIpcHandlers', () => {
  it('registers one handler per invoke channel and none for event channels', () => {
    setup();
    const invokeChannels = (Object.keys(CHANNEL_SENDER) as InvokeMethod[]).map((method) => IPC_CHANNELS[method]);
    expect([...electron.handlers.keys()].sort()).toEqual(invokeChannels.sort());
    for (const name of EVENT_CHANNELS) expect(electron.handlers.has(IPC_CHANNELS[name])).toBe(false);
  });

  it('refuses the console on every app channel and the app on the console channel', async () => {
    const { invoke, appContents, presenter } = setup();
    for (const [method, sender] of Object.entries(CHANNEL_SENDER)) {
      const wrongSender = sender === 'app' ? fromConsole : fromApp;
      await expect(invoke(IPC_CHANNELS[method as InvokeMethod], wrongSender), method).rejects.toThrow(UntrustedSenderError);
    }
    expect(appContents.printToPDF).not.toHaveBeenCalled();
    expect(presenter.open).not.toHaveBeenCalled();
    expect(presenter.close).not.toHaveBeenCalled();
  });

  it('refuses unknown windows, subframes and foreign pages, and the console channel once the console closed', async () => {
    const { invoke, closeConsole } = setup();
    await expect(invoke(IPC_CHANNELS.appInfo, event(3, 'app://wijkzicht/index.html'))).rejects.toThrow(UntrustedSenderError);
    await expect(invoke(IPC_CHANNELS.appInfo, event(APP_ID, 'app://wijkzicht/index.html', {}))).rejects.toThrow(/subframe/);
    await expect(invoke(IPC_CHANNELS.sendPresenterCommand, event(CONSOLE_ID, 'https://evil.example/'), { kind: 'next' })).rejects.toThrow(/not on the app origin/);
    await expect(invoke(IPC_CHANNELS.sendPresenterCommand, fromConsole, { kind: 'next' })).resolves.toBeUndefined();
    closeConsole();
    await expect(invoke(IPC_CHANNELS.sendPresenterCommand, fromConsole, { kind: 'next' })).rejects.toThrow(UntrustedSenderError);
  });

  it('answers appInfo to the app window', async () => {
    const { invoke } = setup();
    await expect(invoke(IPC_CHANNELS.appInfo, fromApp)).resolves.toMatchObject({ version: '0.1.0', platform: process.platform });
  });

  it('opens and closes the presenter console for the app window', async () => {
    const { invoke, presenter } = setup();
    await expect(invoke(IPC_CHANNELS.openPresenterConsole, fromApp)).resolves.toBe('two-windows');
    expect(presenter.open).toHaveBeenCalledTimes(1);
    expect((presenter.open.mock.calls[0] as unknown[])[0]).toMatchObject({ webContents: { id: APP_ID } });
    await expect(invoke(IPC_CHANNELS.closePresenterConsole, fromApp)).resolves.toBeUndefined();
    expect(presenter.close).toHaveBeenCalledTimes(1);
  });

  it('relays presentation state from the app to the console and commands back, validated', async () => {
    const { invoke, appContents, consoleContents } = setup();
    const ended: PresentationMessage = { type: 'ended' };
    await expect(invoke(IPC_CHANNELS.publishPresentation, fromApp, ended)).resolves.toBeUndefined();
    await expect(invoke(IPC_CHANNELS.sendPresenterCommand, fromConsole, { kind: 'go', index: 2 })).resolves.toBeUndefined();
    expect(consoleContents.sent).toEqual([[IPC_CHANNELS.presentationMessage, ended]]);
    expect(appContents.sent).toEqual([[IPC_CHANNELS.presenterCommand, { kind: 'go', index: 2 }]]);

    await expect(invoke(IPC_CHANNELS.publishPresentation, fromApp, { type: 'gossip' })).rejects.toThrow(PresentationMessageError);
    await expect(invoke(IPC_CHANNELS.sendPresenterCommand, fromConsole, { kind: 'go', index: 'all' })).rejects.toThrow(PresentationMessageError);
    expect(consoleContents.sent).toHaveLength(1);
    expect(appContents.sent).toHaveLength(1);
  });

  it('publishes without a console open (nothing to relay to)', async () => {
    const { invoke, closeConsole } = setup();
    closeConsole();
    await expect(invoke(IPC_CHANNELS.publishPresentation, fromApp, { type: 'ended' })).resolves.toBeUndefined();
  });
});

describe('printToPdf', () => {
  it('prints the app window, asks where to save and writes the PDF atomically', async () => {
    const { invoke, appContents } = setup();
    const folder = await mkdtemp(path.join(os.tmpdir(), 'wz-pdf-'));
    const target = path.join(folder, 'verhaal.pdf');
    electron.saveDialogResult = { canceled: false, filePath: target };
    await expect(invoke(IPC_CHANNELS.printToPdf, fromApp, { suggestedName: 'verhaal' })).resolves.toBe(target);
    expect(appContents.printToPDF).toHaveBeenCalledWith({ printBackground: true, preferCSSPageSize: true });
    expect(electron.saveDialogCalls).toHaveLength(1);
    expect(electron.saveDialogCalls[0]?.[1]).toEqual({ defaultPath: 'verhaal.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }] });
    expect(new Uint8Array(await readFile(target))).toEqual(PDF);
  });

  it('resolves null and writes nothing when the dialog is cancelled', async () => {
    const { invoke } = setup();
    electron.saveDialogResult = { canceled: true, filePath: '' };
    await expect(invoke(IPC_CHANNELS.printToPdf, fromApp, { suggestedName: 'story.pdf' })).resolves.toBeNull();
  });

  it('refuses a bad file name before printing anything', async () => {
    const { invoke, appContents } = setup();
    await expect(invoke(IPC_CHANNELS.printToPdf, fromApp, { suggestedName: '../../etc/story.pdf' })).rejects.toThrow(/not a plain file name/);
    await expect(invoke(IPC_CHANNELS.printToPdf, fromApp, {})).rejects.toThrow(/file name/);
    await expect(invoke(IPC_CHANNELS.printToPdf, fromApp)).rejects.toThrow(/file name/);
    expect(appContents.printToPDF).not.toHaveBeenCalled();
    expect(electron.saveDialogCalls).toEqual([]);
  });
});
