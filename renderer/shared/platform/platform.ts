import type { IpcApi, MenuCommand, PackageHandle } from '../../../electron/shared/ipc-contract';
import type { PackageFileSource } from '../../../data/package';
import { createHttpPackageSource } from '../../../data/package';
import { createZipSource } from '../../../data/package';
import { browserPresenterLink, electronPresenterLink, type PresenterLink } from './presenter-link';

/**
 * What differs between the Electron app and the browser: where the startup package comes from and how
 * a package is chosen. Everything else is the same renderer.
 */
export interface Platform {
  readonly kind: 'electron' | 'browser';
  /** The package named at start (`--package` / `WIJKZICHT_PACKAGE`), or null for the demo. */
  startupSource(): Promise<PackageFileSource | null>;
  /** Native "open package" dialog (Electron); null in the browser, which uses file inputs and drop. */
  readonly pickWithDialog: (() => Promise<PackageFileSource | null>) | null;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Saves bytes as a file the user names; resolves where it went (a path, or the download name), or null. */
  saveFile(name: string, bytes: Uint8Array, filters: readonly { name: string; extensions: readonly string[] }[]): Promise<string | null>;
  /** Saves files in a new folder the user places; null when cancelled or when the platform cannot. */
  readonly saveFolder: ((name: string, files: readonly { path: string; bytes: Uint8Array }[]) => Promise<string | null>) | null;
  /** The open project's autosave per data package (key: the package's content hash). */
  readonly autosave: {
    write(key: string, text: string): Promise<void>;
    read(key: string): Promise<string | null>;
    discard(key: string): Promise<void>;
  };
  /** The presenter console's link (Electron: second display over IPC; browser: a second window). */
  readonly presenter: PresenterLink;
  /** Prints the page's print view straight to a PDF file the user names (Electron); null: use `window.print()`. */
  readonly printToPdf: ((suggestedName: string) => Promise<string | null>) | null;
}

declare global {
  interface Window {
    /** The preload's typed API, present only inside Electron. */
    wijkzicht?: IpcApi;
  }
}

function sourceFromHandle(api: IpcApi, handle: PackageHandle): Promise<PackageFileSource> | PackageFileSource {
  if (handle.kind === 'zip') {
    const archive = handle.files[0];
    if (!archive) throw new Error(`${handle.displayName}: the archive could not be read.`);
    return api.readPackageFile(handle.id, archive.path).then((bytes) => createZipSource(handle.displayName, bytes));
  }
  const files = handle.files.map((f) => f.path);
  return { label: handle.displayName, list: async () => files, read: (path) => api.readPackageFile(handle.id, path) };
}

function electronPlatform(api: IpcApi): Platform {
  return {
    kind: 'electron',
    async startupSource() {
      const handle = await api.getStartupPackage();
      return handle ? sourceFromHandle(api, handle) : null;
    },
    pickWithDialog: async () => {
      const handle = await api.openPackageDialog();
      return handle ? sourceFromHandle(api, handle) : null;
    },
    onMenuCommand: (listener) => api.onMenuCommand(listener),
    saveFile: (name, bytes, filters) => api.saveFileDialog({ suggestedName: name, bytes, filters }),
    saveFolder: (name, files) => api.saveFolderDialog({ suggestedName: name, files }),
    autosave: { write: (key, text) => api.writeAutosave(key, text), read: (key) => api.readAutosave(key), discard: (key) => api.discardAutosave(key) },
    presenter: electronPresenterLink(api),
    printToPdf: (suggestedName) => api.printToPdf({ suggestedName }),
  };
}

/** Browser download of bytes (a blob: URL, no network). */
function download(name: string, bytes: Uint8Array): string {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart]));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}

interface DirectoryPickerWindow {
  showDirectoryPicker?: (options?: { mode?: 'readwrite' }) => Promise<FileSystemDirectoryHandle>;
}

/** Chromium's File System Access API, where present, lets the browser write a package folder too. */
async function saveFolderInBrowser(name: string, files: readonly { path: string; bytes: Uint8Array }[]): Promise<string | null> {
  const picker = (window as unknown as DirectoryPickerWindow).showDirectoryPicker;
  if (!picker) return null;
  let parent: FileSystemDirectoryHandle;
  try {
    parent = await picker({ mode: 'readwrite' });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return null;
    throw error;
  }
  const root = await parent.getDirectoryHandle(name, { create: true });
  for (const file of files) {
    const parts = file.path.split('/');
    let dir = root;
    for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
    const handle = await dir.getFileHandle(parts[parts.length - 1]!, { create: true });
    const writable = await handle.createWritable();
    await writable.write(file.bytes as BufferSource);
    await writable.close();
  }
  return `${parent.name}/${name}`;
}

/** Config the local web server (`npm run web`) publishes; absent under `vite dev`. */
interface WebConfig {
  readonly package: { readonly label: string; readonly base: string; readonly kind?: 'folder' | 'zip' } | null;
}

function browserPlatform(): Platform {
  return {
    kind: 'browser',
    async startupSource() {
      let config: WebConfig | null = null;
      try {
        const response = await fetch('/__wijkzicht/config.json', { cache: 'no-store' });
        if (response.ok) config = (await response.json()) as WebConfig;
      } catch {
        config = null; // served without our server (vite dev): open the demo
      }
      const published = config?.package;
      if (!published) return null;
      // Lazy, with its location: the package-read worker fetches the files itself, off the main thread.
      return createHttpPackageSource({ kind: 'http', label: published.label, base: new URL(published.base, location.href).href, zip: published.kind === 'zip' });
    },
    pickWithDialog: null,
    onMenuCommand: () => () => undefined,
    saveFile: async (name, bytes) => download(name, bytes),
    saveFolder: 'showDirectoryPicker' in window ? saveFolderInBrowser : null,
    autosave: browserAutosave,
    presenter: browserPresenterLink(),
    printToPdf: null,
  };
}

/** The browser keeps the autosave in localStorage (one synchronous write: never half a project). */
const browserAutosave: Platform['autosave'] = {
  write: async (key, text) => localStorage.setItem(`wijkzicht.autosave.${key}`, text),
  read: async (key) => localStorage.getItem(`wijkzicht.autosave.${key}`),
  discard: async (key) => localStorage.removeItem(`wijkzicht.autosave.${key}`),
};

export function detectPlatform(): Platform {
  return window.wijkzicht ? electronPlatform(window.wijkzicht) : browserPlatform();
}
