/**
 * The one typed IPC contract between the Electron main process, the preload script and the renderer.
 *
 * - `preload.ts` builds its exposed object as `{ ... } satisfies IpcApi`.
 * - `ipc-handlers.ts` registers one handler per invoke channel in {@link IPC_CHANNELS}; each handler checks its
 *   sender against the window {@link CHANNEL_SENDER} names (the app window or the presenter console).
 * - The renderer reaches it as `window.wijkzicht` (see `renderer/shared/platform/`), never through Node APIs.
 *
 * Everything that crosses the boundary is structured-clone safe (plain objects, strings, Uint8Array).
 */

import type { PresentationLayout, PresentationMessage, PresenterCommand } from './presentation-messages';

export type { PresentationLayout, PresentationMessage, PresenterCommand } from './presentation-messages';

/** One file inside a package the user chose, relative to the package root, with `/` separators. */
export interface PackageFileEntry {
  readonly path: string;
  readonly size: number;
}

/**
 * A package the main process has opened on the user's behalf. The renderer can only read files listed in
 * `files` of a handle it received; the main process keeps the mapping from `id` to the real location.
 */
export interface PackageHandle {
  readonly id: string;
  /** Folder or file name shown to the user (never a full path). */
  readonly displayName: string;
  /** `folder`: files are the package files. `zip`: `files` holds the one archive, read it and unzip. */
  readonly kind: 'folder' | 'zip';
  readonly files: readonly PackageFileEntry[];
}

/** Commands the native menu sends to the renderer. */
export type MenuCommand = 'open-package' | 'open-demo' | 'import-files' | 'toggle-language';

export interface AppInfo {
  readonly version: string;
  readonly platform: string;
  readonly electron: string;
}

/** A file the renderer asks to save through the native "Save as" dialog. */
export interface SaveFileRequest {
  /** File name proposed in the dialog, e.g. `kortrijk-import.zip`. */
  readonly suggestedName: string;
  readonly filters: readonly { readonly name: string; readonly extensions: readonly string[] }[];
  readonly bytes: Uint8Array;
}

/** A folder of files (a data package) the renderer asks to save under a folder the user picks. */
export interface SaveFolderRequest {
  /** Name of the new folder created inside the chosen one. */
  readonly suggestedName: string;
  /** Relative paths with `/`; no `..`, no absolute paths. */
  readonly files: readonly { readonly path: string; readonly bytes: Uint8Array }[];
}

/** The story as a PDF: the page prints its own print view (one page per view) with `printToPDF`. */
export interface PrintToPdfRequest {
  /** File name proposed in the "Save as" dialog, e.g. `wijkzicht-story.pdf`. */
  readonly suggestedName: string;
}

export interface IpcApi {
  /** The package named on the command line (`--package <dir>`) or in `WIJKZICHT_PACKAGE`, if any. */
  getStartupPackage(): Promise<PackageHandle | null>;
  /** Shows the native "Open data package…" dialog (folder or .zip). Resolves null when cancelled. */
  openPackageDialog(): Promise<PackageHandle | null>;
  /** Reads one file of a handle returned above. Rejects for unknown handles or paths outside the package. */
  readPackageFile(handleId: string, path: string): Promise<Uint8Array>;
  /** Subscribes to native menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  appInfo(): Promise<AppInfo>;
  /** Shows "Save as" and writes the bytes atomically; resolves the path written, or null when cancelled. */
  saveFileDialog(request: SaveFileRequest): Promise<string | null>;
  /** Asks for a parent folder and writes the files in a new sub-folder, atomically; path or null. */
  saveFolderDialog(request: SaveFolderRequest): Promise<string | null>;
  /** Autosave of the open project, per data package (key: its SHA-256 content hash), written atomically. */
  writeAutosave(key: string, text: string): Promise<void>;
  /** The autosaved project text for a package, or null. */
  readAutosave(key: string): Promise<string | null>;
  discardAutosave(key: string): Promise<void>;
  /**
   * Prints the app window (its print media: the story pages) to a PDF with `webContents.printToPDF`, asks
   * where to save it and writes it atomically. Resolves the path written, or null when cancelled.
   */
  printToPdf(request: PrintToPdfRequest): Promise<string | null>;

  // ---- Presentation on two displays (audience = the app window, presenter console = a second window) ----
  /**
   * App window only. With a second display: remembers where the app window is, moves it full screen onto the
   * other display (the audience sees it) and opens the presenter console where the app was (`two-windows`).
   * With one display nothing moves and no console opens (`one-window`: the renderer presents full screen
   * with its notes toggle).
   */
  openPresenterConsole(): Promise<PresentationLayout>;
  /** App window only. Closes the console and puts the app window back where it was. */
  closePresenterConsole(): Promise<void>;
  /** App window only. Sends the presentation state to the console (validated and relayed by main). */
  publishPresentation(message: PresentationMessage): Promise<void>;
  /** App window: commands from the console (next, previous, …); returns the unsubscribe function. */
  onPresenterCommand(listener: (command: PresenterCommand) => void): () => void;
  /** Console window only. Sends a command to the app window (validated and relayed by main). */
  sendPresenterCommand(command: PresenterCommand): Promise<void>;
  /** Console window: the presentation state from the app window; returns the unsubscribe function. */
  onPresentationMessage(listener: (message: PresentationMessage) => void): () => void;
}

/** Channel names: one per invoke-style method (see {@link CHANNEL_SENDER}) plus the main → renderer event channels ({@link EVENT_CHANNELS}). */
export const IPC_CHANNELS = {
  getStartupPackage: 'wijkzicht:get-startup-package',
  openPackageDialog: 'wijkzicht:open-package-dialog',
  readPackageFile: 'wijkzicht:read-package-file',
  appInfo: 'wijkzicht:app-info',
  saveFileDialog: 'wijkzicht:save-file-dialog',
  saveFolderDialog: 'wijkzicht:save-folder-dialog',
  writeAutosave: 'wijkzicht:write-autosave',
  readAutosave: 'wijkzicht:read-autosave',
  discardAutosave: 'wijkzicht:discard-autosave',
  printToPdf: 'wijkzicht:print-to-pdf',
  openPresenterConsole: 'wijkzicht:open-presenter-console',
  closePresenterConsole: 'wijkzicht:close-presenter-console',
  publishPresentation: 'wijkzicht:publish-presentation',
  sendPresenterCommand: 'wijkzicht:send-presenter-command',
  menuCommand: 'wijkzicht:menu-command',
  /** Event channel main → app window: a validated {@link PresenterCommand}. */
  presenterCommand: 'wijkzicht:presenter-command',
  /** Event channel main → console window: a validated {@link PresentationMessage}. */
  presentationMessage: 'wijkzicht:presentation-message',
} as const;

/** Event channels (main → renderer); every other channel is an invoke channel with one handler. */
export const EVENT_CHANNELS = ['menuCommand', 'presenterCommand', 'presentationMessage'] as const;

/** Which window may invoke a channel: the app window, or the presenter console (nothing else may). */
export const CHANNEL_SENDER: { readonly [K in Exclude<keyof typeof IPC_CHANNELS, (typeof EVENT_CHANNELS)[number]>]: 'app' | 'console' } = {
  getStartupPackage: 'app',
  openPackageDialog: 'app',
  readPackageFile: 'app',
  appInfo: 'app',
  saveFileDialog: 'app',
  saveFolderDialog: 'app',
  writeAutosave: 'app',
  readAutosave: 'app',
  discardAutosave: 'app',
  printToPdf: 'app',
  openPresenterConsole: 'app',
  closePresenterConsole: 'app',
  publishPresentation: 'app',
  sendPresenterCommand: 'console',
};

/** The presenter console page inside the app origin. */
export const CONSOLE_PAGE = 'presenter.html';

export const MENU_COMMANDS: readonly MenuCommand[] = ['open-package', 'open-demo', 'import-files', 'toggle-language'];

/** The custom scheme and host the renderer is served from inside Electron. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'wijkzicht';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
