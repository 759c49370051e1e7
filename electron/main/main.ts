/**
 * Electron main process: one hardened, sandboxed window showing the renderer from `app://wijkzicht/`, plus,
 * while presenting on two displays, an equally hardened presenter console window.
 * Bundled to `dist/electron/main.cjs` by `scripts/build-electron.ts`; the pieces live in their own modules
 * (protocol, hardening, window preferences, IPC, presenter windows and relay, menu, package access).
 */
import path from 'node:path';
import { app, BrowserWindow, screen, session } from 'electron';
import { registerAppScheme, serveAppProtocol } from './app-protocol';
import { parseBasemapOrigins } from './content-security-policy';
import { hardenSession, hardenWebContents } from './hardening';
import { APP_ORIGIN } from '../shared/ipc-contract';
import { registerIpcHandlers } from './ipc-handlers';
import { installApplicationMenu } from './menu';
import { PackageRegistry, startupPackageLocation } from './package-access';
import { PendingDialogKind } from './package-dialog-options';
import { createPresentationRelay } from './presentation-relay';
import { createPresenterWindows, type PresenterWindows } from './presenter-windows';
import { secureWebPreferences } from './window-preferences';

/** `main.cjs` and `preload.cjs` live in `dist/electron/`; the built renderer in `dist/renderer/`. */
const RENDERER_ROOT = path.join(__dirname, '..', 'renderer');
const PRELOAD_SCRIPT = path.join(__dirname, 'preload.cjs');
const START_URL = `${APP_ORIGIN}/index.html`;

let mainWindow: BrowserWindow | null = null;

function createMainWindow(presenter: PresenterWindows): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Wijkzicht',
    width: 1400,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    show: false,
    webPreferences: secureWebPreferences(PRELOAD_SCRIPT),
  });
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
    // No presenter console without its audience window.
    presenter.dispose();
  });
  window.loadURL(START_URL).catch((error: unknown) => {
    console.error(`[wijkzicht] could not load ${START_URL}:`, error);
  });
  return window;
}

function focusMainWindow(): void {
  if (mainWindow === null) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function start(): void {
  const registry = new PackageRegistry();
  const pendingDialogKind = new PendingDialogKind();
  const getWindow = (): BrowserWindow | null => mainWindow;

  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app
    .whenReady()
    .then(() => {
      // Off by default: only origins the user names in WIJKZICHT_BASEMAP_ORIGINS may be reached (basemap style URL).
      const basemapOrigins = parseBasemapOrigins(process.env.WIJKZICHT_BASEMAP_ORIGINS);
      hardenSession(session.defaultSession, basemapOrigins);
      serveAppProtocol(session.defaultSession, RENDERER_ROOT, basemapOrigins);
      const menu = installApplicationMenu({ getWindow, pendingDialogKind });
      // `screen` is usable only once the app is ready. The console's web contents are hardened by the
      // `web-contents-created` hook above, like the app window's.
      const presenter = createPresenterWindows({ BrowserWindow, screen, preloadPath: PRELOAD_SCRIPT });
      const relay = createPresentationRelay({
        app: () => (mainWindow === null || mainWindow.isDestroyed() ? null : mainWindow.webContents),
        console: () => presenter.consoleContents(),
      });
      registerIpcHandlers({
        registry,
        getWindow,
        pendingDialogKind,
        language: menu.language,
        startupLocation: () => startupPackageLocation(process.argv.slice(1), process.env, process.cwd()),
        presenter,
        relay,
      });
      mainWindow = createMainWindow(presenter);
      app.on('activate', () => {
        if (mainWindow === null) mainWindow = createMainWindow(presenter);
      });
    })
    .catch((error: unknown) => {
      console.error('[wijkzicht] start-up failed:', error);
      app.exit(1);
    });
}

// Both must happen before `ready`.
registerAppScheme();
app.enableSandbox();

if (app.requestSingleInstanceLock()) {
  start();
} else {
  app.quit();
}
