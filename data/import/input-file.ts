/**
 * A file handed to an importer: its name as the user chose it (a relative path with `/` when it came from a
 * folder) and its bytes. The same shape comes from the CLI (read from disk), the browser (File objects) and
 * Electron (IPC), so importers never touch the file system.
 */
export interface InputFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** The file name without folders: `a/b/ggw7.shp` → `ggw7.shp`. */
export const baseName = (name: string): string => name.split(/[\\/]/).pop() ?? name;

/** Lower-case extension without dot: `Wijken.SHP` → `shp`. */
export const extensionOf = (name: string): string => {
  const base = baseName(name);
  const dot = base.lastIndexOf('.');
  return dot < 0 ? '' : base.slice(dot + 1).toLowerCase();
};
