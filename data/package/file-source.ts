/**
 * Where a package's files come from. The reader only sees this interface, so the same code reads a
 * folder on disk (CLI, tests), a .zip, files the user picked or dropped in the browser, files the Electron
 * main process serves over IPC, the web server's package route, or the generated demo in memory.
 */
export interface PackageFileSource {
  /** Shown to the user (a folder or file name; never needs to be a full path). */
  readonly label: string;
  /** Every file in the package, relative paths with `/`. */
  list(): Promise<readonly string[]>;
  /** The bytes of one listed file; rejects with a clear message for anything else. */
  read(path: string): Promise<Uint8Array>;
  /**
   * Where a Web Worker can read the same files by itself (the web server's package route, the generated
   * demo), so that the main thread does not fetch or generate them; absent for sources that exist only on the
   * main thread (Electron IPC, picked or dropped files, packages in memory).
   */
  readonly location?: PackageLocation;
}

/** A package a worker can read without the main thread's source object: plain data, structured-clonable. */
export type PackageLocation =
  | { readonly kind: 'http'; readonly label: string; readonly base: string; readonly zip: boolean }
  | { readonly kind: 'demo' };

/**
 * A source that opens the real one on first use (once), carrying `location`, so that a reader that can go
 * to the location itself never opens it here.
 *
 * @example
 * const source = createLazySource('Demostad', { kind: 'demo' }, async () => createMemorySource('Demostad', files));
 */
export function createLazySource(label: string, location: PackageLocation, open: () => Promise<PackageFileSource>): PackageFileSource {
  let opened: Promise<PackageFileSource> | null = null;
  const source = () => {
    opened ??= open().catch((error: unknown) => {
      opened = null; // a failed open is tried again on the next use
      throw error;
    });
    return opened;
  };
  return { label, location, list: async () => (await source()).list(), read: async (path) => (await source()).read(path) };
}

/** Normalises a relative path: `/` separators, no leading `./` or `/`, no `..` segments. */
export function normalisePackagePath(path: string): string {
  const parts = path.replaceAll('\\', '/').split('/').filter((p) => p !== '' && p !== '.');
  if (parts.some((p) => p === '..')) throw new Error(`Path ${path} leaves the package folder`);
  return parts.join('/');
}

/**
 * Narrows a source to the folder that holds `datapackage.json` (the shallowest one), so a zip made of a
 * folder (`kortrijk/datapackage.json`) opens like the folder itself. Returns null when there is none.
 */
export async function rootAtDescriptor(source: PackageFileSource): Promise<PackageFileSource | null> {
  const files = await source.list();
  const candidates = files.filter((f) => f === 'datapackage.json' || f.endsWith('/datapackage.json'));
  if (candidates.length === 0) return null;
  candidates.sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b));
  const prefix = candidates[0]!.slice(0, -'datapackage.json'.length);
  if (prefix === '') return source;
  const inner = files.filter((f) => f.startsWith(prefix)).map((f) => f.slice(prefix.length));
  return {
    label: `${source.label}/${prefix.replace(/\/$/, '')}`,
    list: async () => inner,
    read: (path) => source.read(prefix + normalisePackagePath(path)),
  };
}
