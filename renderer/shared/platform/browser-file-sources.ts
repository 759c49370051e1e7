import type { PackageFileSource } from '../../../data/package';
import { createMemorySource } from '../../../data/package';
import { createZipSource } from '../../../data/package';

/** A file with the path it had inside the chosen or dropped folder. */
export interface PickedFile {
  readonly path: string;
  readonly file: File;
}

/**
 * A package from files the user picked (`<input webkitdirectory>`) or dropped: one .zip, or the files of
 * a folder with their relative paths. Files are read only when the reader asks for them.
 */
export async function sourceFromPickedFiles(files: readonly PickedFile[]): Promise<PackageFileSource> {
  if (files.length === 0) throw new Error('No files were chosen.');
  if (files.length === 1 && files[0]!.file.name.toLowerCase().endsWith('.zip')) {
    const only = files[0]!;
    return createZipSource(only.file.name, new Uint8Array(await only.file.arrayBuffer()));
  }
  const byPath = new Map(files.map((f) => [f.path.replaceAll('\\', '/'), f.file] as const));
  const top = files[0]!.path.split('/')[0] ?? 'package';
  const label = files.every((f) => f.path.startsWith(`${top}/`)) ? top : 'package';
  return {
    label,
    list: async () => [...byPath.keys()].sort(),
    read: async (path) => {
      const file = byPath.get(path);
      if (!file) throw new Error(`${label}: no file ${path}`);
      return new Uint8Array(await file.arrayBuffer());
    },
  };
}

/** Files from an `<input type=file>` (with `webkitdirectory` their relative paths are kept). */
export function pickedFromInput(list: FileList): PickedFile[] {
  return [...list].map((file) => ({ path: file.webkitRelativePath || file.name, file }));
}

/** Files from a drop: folders are walked recursively (FileSystemEntry API). */
export async function pickedFromDrop(transfer: DataTransfer): Promise<PickedFile[]> {
  const entries = [...transfer.items].map((item) => item.webkitGetAsEntry?.()).filter((e): e is FileSystemEntry => !!e);
  if (entries.length === 0) return [...transfer.files].map((file) => ({ path: file.name, file }));
  const out: PickedFile[] = [];
  const walk = async (entry: FileSystemEntry, prefix: string): Promise<void> => {
    if (entry.isFile) {
      const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
      out.push({ path: `${prefix}${entry.name}`, file });
    } else if (entry.isDirectory) {
      const reader = (entry as FileSystemDirectoryEntry).createReader();
      for (;;) {
        const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
        if (batch.length === 0) break;
        for (const child of batch) if (!child.name.startsWith('.')) await walk(child, `${prefix}${entry.name}/`);
      }
    }
  };
  for (const entry of entries) await walk(entry, '');
  return out;
}

/** An in-memory source of text files; used for the generated demo package. */
export const sourceFromTextFiles = (label: string, files: ReadonlyMap<string, string>) => createMemorySource(label, files);
