/**
 * Installs the native menu (template in `menu-template.ts`) and turns its items into `MenuCommand`s sent to
 * the app window over `IPC_CHANNELS.menuCommand`.
 */
import { app, BrowserWindow, dialog, Menu } from 'electron';
import { IPC_CHANNELS, type MenuCommand } from '../shared/ipc-contract';
import { aboutDialogContent, buildMenuTemplate } from './menu-template';
import type { PendingDialogKind } from './package-dialog-options';
import { otherLanguage, type UiLanguage } from './ui-text';

export interface MenuDependencies {
  /** The app window; commands go only to it (never to other web contents). */
  readonly getWindow: () => BrowserWindow | null;
  /** Set by "Data package (.zip) openen…" so the renderer's next `openPackageDialog()` picks a .zip. */
  readonly pendingDialogKind: PendingDialogKind;
}

export interface InstalledMenu {
  /** Current language of the native menu and dialogs (Dutch until the user toggles it). */
  language(): UiLanguage;
}

/** Builds and sets the application menu; rebuilds it when the language is toggled. */
export function installApplicationMenu(deps: MenuDependencies): InstalledMenu {
  let language: UiLanguage = 'nl';

  const send = (command: MenuCommand): void => {
    const focused = BrowserWindow.getFocusedWindow();
    const appWindow = deps.getWindow();
    const target = focused !== null && focused === appWindow ? focused : appWindow;
    if (target === null || target.isDestroyed()) return;
    target.webContents.send(IPC_CHANNELS.menuCommand, command);
  };

  const rebuild = (): void => {
    const template = buildMenuTemplate({
      language,
      platform: process.platform,
      isPackaged: app.isPackaged,
      actions: {
        openPackage: (kind) => {
          if (kind === 'zip') deps.pendingDialogKind.requestZip();
          send('open-package');
        },
        openDemo: () => send('open-demo'),
        importFiles: () => send('import-files'),
        toggleLanguage: () => {
          language = otherLanguage(language);
          rebuild();
          send('toggle-language');
        },
        showAbout: () => {
          const content = aboutDialogContent(language, app.getVersion(), process.versions);
          const options = { type: 'info' as const, noLink: true, ...content };
          const parent = deps.getWindow();
          void (parent === null ? dialog.showMessageBox(options) : dialog.showMessageBox(parent, options));
        },
      },
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };

  rebuild();
  return { language: () => language };
}
