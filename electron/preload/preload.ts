/**
 * Sandboxed preload script: exposes exactly the typed {@link IpcApi} as `window.wijkzicht`, nothing else.
 * Bundled to CommonJS (`dist/electron/preload.cjs`) with only `electron` external, as sandboxed preloads
 * cannot load other modules (the validators it uses are pure and bundle in). Every call is an
 * `ipcRenderer.invoke` on a fixed channel; the main process validates the sender and the arguments. The
 * same preload serves the app window and the presenter console; main decides which channels each may use.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_CHANNELS, type IpcApi, type MenuCommand } from '../shared/ipc-contract';
import { isMenuCommand } from '../main/menu-commands';
import { parsePresentationMessage, parsePresenterCommand } from '../shared/presentation-messages';

type EventChannel = (typeof IPC_CHANNELS)['menuCommand' | 'presenterCommand' | 'presentationMessage'];

function parseMenuCommand(raw: unknown): MenuCommand {
  if (!isMenuCommand(raw)) throw new Error(`unknown menu command ${JSON.stringify(raw)}`);
  return raw;
}

/**
 * Subscribes `listener` to an event channel from main. The IPC event object is never handed to the page;
 * only values `parse` accepts are, anything it throws for is dropped. Returns the unsubscribe function.
 */
function subscribe<T>(channel: EventChannel, parse: (raw: unknown) => T, listener: (value: T) => void): () => void {
  if (typeof listener !== 'function') throw new TypeError('wijkzicht: the listener must be a function');
  const forward = (_event: IpcRendererEvent, raw: unknown): void => {
    let value: T;
    try {
      value = parse(raw);
    } catch (error) {
      console.warn(`[wijkzicht] dropped an invalid message on ${channel}:`, error instanceof Error ? error.message : error);
      return;
    }
    listener(value);
  };
  ipcRenderer.on(channel, forward);
  return () => {
    ipcRenderer.removeListener(channel, forward);
  };
}

const api = {
  getStartupPackage: () => ipcRenderer.invoke(IPC_CHANNELS.getStartupPackage),
  openPackageDialog: () => ipcRenderer.invoke(IPC_CHANNELS.openPackageDialog),
  readPackageFile: (handleId, path) => ipcRenderer.invoke(IPC_CHANNELS.readPackageFile, handleId, path),
  onMenuCommand: (listener) => subscribe(IPC_CHANNELS.menuCommand, parseMenuCommand, listener),
  appInfo: () => ipcRenderer.invoke(IPC_CHANNELS.appInfo),
  saveFileDialog: (request) => ipcRenderer.invoke(IPC_CHANNELS.saveFileDialog, request),
  saveFolderDialog: (request) => ipcRenderer.invoke(IPC_CHANNELS.saveFolderDialog, request),
  writeAutosave: (key, text) => ipcRenderer.invoke(IPC_CHANNELS.writeAutosave, key, text),
  readAutosave: (key) => ipcRenderer.invoke(IPC_CHANNELS.readAutosave, key),
  discardAutosave: (key) => ipcRenderer.invoke(IPC_CHANNELS.discardAutosave, key),
  printToPdf: (request) => ipcRenderer.invoke(IPC_CHANNELS.printToPdf, request),
  openPresenterConsole: () => ipcRenderer.invoke(IPC_CHANNELS.openPresenterConsole),
  closePresenterConsole: () => ipcRenderer.invoke(IPC_CHANNELS.closePresenterConsole),
  publishPresentation: (message) => ipcRenderer.invoke(IPC_CHANNELS.publishPresentation, message),
  onPresenterCommand: (listener) => subscribe(IPC_CHANNELS.presenterCommand, parsePresenterCommand, listener),
  sendPresenterCommand: (command) => ipcRenderer.invoke(IPC_CHANNELS.sendPresenterCommand, command),
  onPresentationMessage: (listener) => subscribe(IPC_CHANNELS.presentationMessage, parsePresentationMessage, listener),
} satisfies IpcApi;

contextBridge.exposeInMainWorld('wijkzicht', api);
