/**
 * The native application menu as a plain template (no `electron` runtime import, so it is unit-tested).
 * `menu.ts` builds it with `Menu.buildFromTemplate` and wires the actions to IPC.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { uiText, type UiLanguage } from './ui-text';

/** What the menu items do; implemented by `menu.ts`. */
export interface MenuActions {
  /** Ask the renderer to open a package; `zip` makes the next dialog a .zip file picker. */
  openPackage(kind: 'default' | 'zip'): void;
  openDemo(): void;
  importFiles(): void;
  toggleLanguage(): void;
  showAbout(): void;
}

export interface MenuTemplateOptions {
  readonly language: UiLanguage;
  readonly platform: NodeJS.Platform;
  /** Reload and DevTools are only offered in development (`!app.isPackaged`). */
  readonly isPackaged: boolean;
  readonly actions: MenuActions;
}

/**
 * The menu: (macOS app menu), Bestand, Bewerken, Beeld, Venster, Help. On Windows and Linux one native
 * dialog cannot pick both a folder and a file, so "Bestand" offers a second item for .zip packages there;
 * on macOS the single dialog accepts both.
 */
export function buildMenuTemplate(options: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const { actions, isPackaged, platform } = options;
  const t = uiText(options.language);
  const isMac = platform === 'darwin';
  return [
    ...(isMac ? [appMenu(t, actions)] : []),
    fileMenu(t, actions, isMac),
    editMenu(t),
    viewMenu(t, isPackaged),
    windowMenu(t, isMac),
    helpMenu(t, actions),
  ];
}

type MenuText = ReturnType<typeof uiText>;

/** The macOS application menu. */
function appMenu(t: MenuText, actions: MenuActions): MenuItemConstructorOptions {
  return {
    label: 'Wijkzicht',
    submenu: [
      { label: t.appMenu.about, click: () => actions.showAbout() },
      { type: 'separator' },
      { label: t.appMenu.services, role: 'services' },
      { type: 'separator' },
      { label: t.appMenu.hide, role: 'hide' },
      { label: t.appMenu.hideOthers, role: 'hideOthers' },
      { label: t.appMenu.unhide, role: 'unhide' },
      { type: 'separator' },
      { label: t.appMenu.quit, role: 'quit' },
    ],
  };
}

/** Bestand: open a package (and a .zip package on Windows and Linux), the demo, import, language, close or quit. */
function fileMenu(t: MenuText, actions: MenuActions, isMac: boolean): MenuItemConstructorOptions {
  return {
    label: t.file.label,
    submenu: [
      { label: t.file.openPackage, accelerator: 'CmdOrCtrl+O', click: () => actions.openPackage('default') },
      ...(isMac
        ? []
        : [{ label: t.file.openPackageZip, accelerator: 'CmdOrCtrl+Shift+O', click: () => actions.openPackage('zip') }]),
      { label: t.file.openDemo, click: () => actions.openDemo() },
      { label: t.file.importFiles, accelerator: 'CmdOrCtrl+I', click: () => actions.importFiles() },
      { type: 'separator' },
      { label: t.file.toggleLanguage, click: () => actions.toggleLanguage() },
      { type: 'separator' },
      isMac ? { label: t.file.closeWindow, role: 'close' } : { label: t.file.quit, role: 'quit' },
    ],
  };
}

/** Bewerken: the standard editing roles. */
function editMenu(t: MenuText): MenuItemConstructorOptions {
  return {
    label: t.edit.label,
    submenu: [
      { label: t.edit.undo, role: 'undo' },
      { label: t.edit.redo, role: 'redo' },
      { type: 'separator' },
      { label: t.edit.cut, role: 'cut' },
      { label: t.edit.copy, role: 'copy' },
      { label: t.edit.paste, role: 'paste' },
      { label: t.edit.selectAll, role: 'selectAll' },
    ],
  };
}

/** Beeld: zoom and full screen, with reload and DevTools in development only. */
function viewMenu(t: MenuText, isPackaged: boolean): MenuItemConstructorOptions {
  const developmentItems: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [
        { label: t.view.reload, role: 'reload' },
        { label: t.view.forceReload, role: 'forceReload' },
        { label: t.view.devTools, role: 'toggleDevTools' },
        { type: 'separator' },
      ];
  return {
    label: t.view.label,
    submenu: [
      ...developmentItems,
      { label: t.view.resetZoom, role: 'resetZoom' },
      { label: t.view.zoomIn, role: 'zoomIn' },
      { label: t.view.zoomOut, role: 'zoomOut' },
      { type: 'separator' },
      { label: t.view.fullScreen, role: 'togglefullscreen' },
    ],
  };
}

/** Venster: the platform's window roles. */
function windowMenu(t: MenuText, isMac: boolean): MenuItemConstructorOptions {
  return {
    label: t.window.label,
    submenu: isMac
      ? [
          { label: t.window.minimize, role: 'minimize' },
          { label: t.window.zoom, role: 'zoom' },
          { type: 'separator' },
          { label: t.window.front, role: 'front' },
        ]
      : [
          { label: t.window.minimize, role: 'minimize' },
          { label: t.window.close, role: 'close' },
        ],
  };
}

/** Help: About. */
function helpMenu(t: MenuText, actions: MenuActions): MenuItemConstructorOptions {
  return {
    label: t.help.label,
    role: 'help',
    submenu: [{ label: t.help.about, click: () => actions.showAbout() }],
  };
}

/** Title, message and detail text of the About dialog. */
export function aboutDialogContent(
  language: UiLanguage,
  appVersion: string,
  versions: { readonly electron?: string; readonly chrome?: string; readonly node?: string },
): { title: string; message: string; detail: string; buttons: string[] } {
  const t = uiText(language).aboutDialog;
  const runtime = [
    `Electron ${versions.electron ?? '?'}`,
    `Chromium ${versions.chrome ?? '?'}`,
    `Node ${versions.node ?? '?'}`,
  ].join(' · ');
  return { title: t.title, message: `Wijkzicht ${appVersion}`, detail: `${t.description}\n\n${runtime}`, buttons: [t.ok] };
}
