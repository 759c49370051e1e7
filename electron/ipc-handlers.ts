/**
 * One `ipcMain.handle` per invoke channel of the contract. Every handler first checks that the call comes
 * from the app window's main frame on `app://wijkzicht` (`assertTrustedSender`), then validates its
 * arguments (they come from the renderer, so they are `unknown` here).
 */
import path from 'node:path';
import { app, dialog, ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { validateSaveFileRequest, validateSaveFolderRequest, writeFileAtomic, writeFolderAtomic } from './file-saving';
import { createAutosaveStore, type AutosaveStore } from './autosave-store';
import { IPC_CHANNELS, type AppInfo, type IpcApi, type PackageHandle } from './ipc-contract';
import { showPackageDialog } from './package-dialog';
import { packageDialogKind, type PendingDialogKind } from './package-dialog-options';
import type { PackageRegistry } from './package-access';
import { assertTrustedSender } from './security';
import type { UiLanguage } from './ui-text';

export interface IpcDependencies {
  readonly registry: PackageRegistry;
  readonly getWindow: () => BrowserWindow | null;
  /** The start-up package location (absolute), or null; may throw for a malformed `--package`. */
  readonly startupLocation: () => string | null;
  readonly pendingDialogKind: PendingDialogKind;
  readonly language: () => UiLanguage;
}

type InvokeMethod = Exclude<keyof typeof IPC_CHANNELS, 'menuCommand'>;
type Handlers = { readonly [K in InvokeMethod]: (...args: unknown[]) => ReturnType<IpcApi[K]> };

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
    appInfo: async (): Promise<AppInfo> => ({
      version: app.getVersion(),
      platform: process.platform,
      electron: process.versions.electron ?? 'unknown',
    }),
  };

  for (const method of Object.keys(handlers) as InvokeMethod[]) {
    const handler = handlers[method];
    ipcMain.handle(IPC_CHANNELS[method], (event: IpcMainInvokeEvent, ...args: unknown[]) => {
      assertTrustedSender(event, trustedContentsId(deps.getWindow()));
      return handler(...args);
    });
  }
}

function trustedContentsId(window: BrowserWindow | null): number | undefined {
  return window === null || window.isDestroyed() ? undefined : window.webContents.id;
}
