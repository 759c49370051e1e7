/**
 * The `webPreferences` of every Wijkzicht window (the app window and the presenter console): isolated,
 * sandboxed, without Node, with the typed preload as the only bridge. Pure (a type-only `electron` import),
 * so Vitest checks every flag.
 */
import path from 'node:path';
import type { WebPreferences } from 'electron';

/**
 * The hardened `webPreferences` for a window whose page talks to the main process only through the preload
 * at `preloadPath` (an absolute path, as Electron requires). A new object on every call.
 *
 * @example
 * new BrowserWindow({ title: 'Wijkzicht', webPreferences: secureWebPreferences(path.join(__dirname, 'preload.cjs')) });
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  if (typeof preloadPath !== 'string' || preloadPath === '' || !path.isAbsolute(preloadPath)) {
    throw new TypeError(`secureWebPreferences: the preload must be an absolute path (got ${JSON.stringify(preloadPath)})`);
  }
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
  };
}
