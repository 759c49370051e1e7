/**
 * The one typed IPC contract between the Electron main process, the preload script and the renderer.
 *
 * - `preload.ts` builds its exposed object as `{ ... } satisfies IpcApi`.
 * - `main.ts` registers one handler per channel in {@link IPC_CHANNELS}; each handler checks its sender.
 * - The renderer reaches it as `window.wijkzicht` (see `renderer/platform/`), never through Node APIs.
 *
 * Everything that crosses the boundary is structured-clone safe (plain objects, strings, Uint8Array).
 */

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
}

/** Channel names, one per invoke-style method plus the menu event channel. */
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
  menuCommand: 'wijkzicht:menu-command',
} as const;

export const MENU_COMMANDS: readonly MenuCommand[] = ['open-package', 'open-demo', 'import-files', 'toggle-language'];

/** The custom scheme and host the renderer is served from inside Electron. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'wijkzicht';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
