/**
 * Sandboxed preload script: exposes exactly the typed {@link IpcApi} as `window.wijkzicht`, nothing else.
 * Bundled to CommonJS (`dist/electron/preload.cjs`) with only `electron` external, as sandboxed preloads
 * cannot load other modules. Every call is an `ipcRenderer.invoke` on a fixed channel; the main process
 * validates the sender and the arguments.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_CHANNELS, type IpcApi } from './ipc-contract';
import { isMenuCommand } from './menu-commands';

const api = {
  getStartupPackage: () => ipcRenderer.invoke(IPC_CHANNELS.getStartupPackage),
  openPackageDialog: () => ipcRenderer.invoke(IPC_CHANNELS.openPackageDialog),
  readPackageFile: (handleId, path) => ipcRenderer.invoke(IPC_CHANNELS.readPackageFile, handleId, path),
  onMenuCommand: (listener) => {
    // The IPC event object is never handed to the page; only validated command strings are.
    const forward = (_event: IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(IPC_CHANNELS.menuCommand, forward);
    return () => {
      ipcRenderer.removeListener(IPC_CHANNELS.menuCommand, forward);
    };
  },
  appInfo: () => ipcRenderer.invoke(IPC_CHANNELS.appInfo),
  saveFileDialog: (request) => ipcRenderer.invoke(IPC_CHANNELS.saveFileDialog, request),
  saveFolderDialog: (request) => ipcRenderer.invoke(IPC_CHANNELS.saveFolderDialog, request),
  writeAutosave: (key, text) => ipcRenderer.invoke(IPC_CHANNELS.writeAutosave, key, text),
  readAutosave: (key) => ipcRenderer.invoke(IPC_CHANNELS.readAutosave, key),
  discardAutosave: (key) => ipcRenderer.invoke(IPC_CHANNELS.discardAutosave, key),
} satisfies IpcApi;

contextBridge.exposeInMainWorld('wijkzicht', api);
