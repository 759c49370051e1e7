/**
 * One `ipcMain.handle` per invoke channel of the contract. Every handler first checks that the call comes
 * from the main frame, on `app://wijkzicht`, of the window `CHANNEL_SENDER` names for its channel (the app
 * window or the presenter console; `assertTrustedSender`), then validates its arguments (they come from a
 * renderer, so they are `unknown` here).
 */
import path from 'node:path';
import { app, dialog, ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import {
  validatePrintToPdfRequest,
  validateSaveFileRequest,
  validateSaveFolderRequest,
  writeFileAtomic,
  writeFolderAtomic,
} from './file-saving';
import { createAutosaveStore, type AutosaveStore } from './autosave-store';
import { CHANNEL_SENDER, IPC_CHANNELS, type AppInfo, type IpcApi, type PackageHandle } from '../shared/ipc-contract';
import { showPackageDialog } from './package-dialog';
import { packageDialogKind, type PendingDialogKind } from './package-dialog-options';
import type { PackageRegistry } from './package-access';
import type { PresentationRelay } from './presentation-relay';
import type { PresenterWindows } from './presenter-windows';
import { assertTrustedSender } from './security';
import type { UiLanguage } from './ui-text';

export interface IpcDependencies {
  readonly registry: PackageRegistry;
  /** The app window (the audience window while presenting), or null. */
  readonly getWindow: () => BrowserWindow | null;
  /** The start-up package location (absolute), or null; may throw for a malformed `--package`. */
  readonly startupLocation: () => string | null;
  readonly pendingDialogKind: PendingDialogKind;
  readonly language: () => UiLanguage;
  /** The presenter console window and the placement of the app window around it. */
  readonly presenter: PresenterWindows;
  /** Validates and forwards presentation state (app → console) and commands (console → app). */
  readonly relay: PresentationRelay;
}

/** The invoke channels (every channel but the main → renderer event channels). */
export type InvokeMethod = keyof typeof CHANNEL_SENDER;
type Handlers = { readonly [K in InvokeMethod]: (...args: unknown[]) => ReturnType<IpcApi[K]> };

/** The web contents ids of the windows that may invoke channels; undefined while a window is not open. */
export interface TrustedIds {
  readonly app: number | undefined;
  readonly console: number | undefined;
}

/**
 * The web contents id allowed to invoke `method`: the app window's for app channels, the presenter
 * console's for console channels (see `CHANNEL_SENDER`), undefined (nobody) when that window is not open.
 * A console calling an app channel, or the app a console channel, is thereby refused.
 */
export function trustedIdFor(method: InvokeMethod, ids: TrustedIds): number | undefined {
  const sender = Object.hasOwn(CHANNEL_SENDER, method) ? CHANNEL_SENDER[method] : undefined;
  if (sender === undefined) throw new Error(`trustedIdFor: ${JSON.stringify(method)} is not an invoke channel`);
  return ids[sender];
}

/** Registers the handlers of every invoke channel in {@link IPC_CHANNELS}. */
export function registerIpcHandlers(deps: IpcDependencies): void {
  let startupPackage: Promise<PackageHandle | null> | undefined;
  let autosaveStore: AutosaveStore | undefined;
  const autosave = () => (autosaveStore ??= createAutosaveStore(path.join(app.getPath('userData'), 'autosave')));

  const openPackage = async (location: string | null): Promise<PackageHandle | null> =>
    location === null ? null : deps.registry.open(location);

  const handlers: Handlers = {
    getStartupPackage: () => {
      // Opened once per run: a reload of the renderer gets the same handle.
      startupPackage ??= (async () => openPackage(deps.startupLocation()))();
      return startupPackage;
    },
    openPackageDialog: async () => {
      const kind = packageDialogKind(process.platform, deps.pendingDialogKind.take());
      return openPackage(await showPackageDialog(deps.getWindow(), kind, deps.language()));
    },
    readPackageFile: (handleId, path) => deps.registry.readFile(handleId, path),
    saveFileDialog: async (raw) => {
      const request = validateSaveFileRequest(raw);
      const window = deps.getWindow();
      const options = { defaultPath: request.suggestedName, filters: request.filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })) };
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      await writeFileAtomic(result.filePath, request.bytes);
      return result.filePath;
    },
    saveFolderDialog: async (raw) => {
      const request = validateSaveFolderRequest(raw);
      const window = deps.getWindow();
      const options = { properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[], buttonLabel: deps.language() === 'nl' ? 'Hier bewaren' : 'Save here' };
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      const parent = result.filePaths[0];
      if (result.canceled || !parent) return null;
      const target = path.join(parent, request.suggestedName);
      await writeFolderAtomic(target, request.files);
      return target;
    },
    writeAutosave: (key, text) => autosave().write(key, text),
    readAutosave: (key) => autosave().read(key),
    discardAutosave: (key) => autosave().discard(key),
    printToPdf: async (raw) => {
      const request = validatePrintToPdfRequest(raw);
      const window = deps.getWindow();
      if (window === null || window.isDestroyed()) throw new Error('printToPdf: the Wijkzicht window is closed');
      // Printed before the dialog, so the PDF shows the story as it was when the user asked for it.
      const pdf = await window.webContents.printToPDF({ printBackground: true, preferCSSPageSize: true });
      const result = await dialog.showSaveDialog(window, { defaultPath: request.suggestedName, filters: [{ name: 'PDF', extensions: ['pdf'] }] });
      if (result.canceled || !result.filePath) return null;
      await writeFileAtomic(result.filePath, pdf);
      return result.filePath;
    },
    openPresenterConsole: async () => {
      const window = deps.getWindow();
      if (window === null || window.isDestroyed()) throw new Error('openPresenterConsole: the Wijkzicht window is closed');
      return deps.presenter.open(window);
    },
    closePresenterConsole: () => deps.presenter.close(),
    publishPresentation: async (message) => deps.relay.fromApp(message),
    sendPresenterCommand: async (command) => deps.relay.fromConsole(command),
    appInfo: async (): Promise<AppInfo> => ({
      version: app.getVersion(),
      platform: process.platform,
      electron: process.versions.electron ?? 'unknown',
    }),
  };

  for (const method of Object.keys(handlers) as InvokeMethod[]) {
    const handler = handlers[method];
    ipcMain.handle(IPC_CHANNELS[method], (event: IpcMainInvokeEvent, ...args: unknown[]) => {
      assertTrustedSender(event, trustedIdFor(method, { app: liveContentsId(deps.getWindow()), console: deps.presenter.consoleContents()?.id }));
      return handler(...args);
    });
  }
}

function liveContentsId(window: BrowserWindow | null): number | undefined {
  return window === null || window.isDestroyed() ? undefined : window.webContents.id;
}
