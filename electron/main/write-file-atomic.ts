/**
 * Atomic file writes for the Electron main process: the target is always either the old or the new
 * complete file, even when the process is killed or the machine loses power mid-write. Used for project
 * files, their autosave and every file the user saves through the app.
 */
import { mkdir, open, realpath, rename, rm, rmdir, stat } from 'node:fs/promises';
import path from 'node:path';

export const errorCode = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;

const randomHex = (bytes: number): string => Array.from(globalThis.crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, '0')).join('');

/** The temporary file a write of `target` goes to first: `.<name>.<pid>.<random>.tmp` in the same folder. */
export function temporaryPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomHex(6)}.tmp`);
}

/** Flushes a folder's entries (the rename) to disk; platforms that cannot (Windows, some file systems) are skipped. */
async function syncFolder(folder: string): Promise<void> {
  let handle;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch (error) {
    const code = errorCode(error);
    if (code !== 'EINVAL' && code !== 'EPERM' && code !== 'EISDIR' && code !== 'ENOTSUP' && code !== 'EBADF') throw error;
  } finally {
    await handle?.close();
  }
}

/**
 * Writes `file` atomically: to a new temporary file in the same folder (`.<name>.<pid>.<random>.tmp`),
 * flushed with fsync, then renamed over the target, then the folder is flushed (where the platform allows).
 * On failure the temporary file is removed and the error rethrown; the old file stays as it was. A symbolic
 * link is followed, so the file it points to is replaced, not the link. An existing file keeps its mode.
 *
 * @example
 * await writeFileAtomic('/home/an/kortrijk.wijkzicht', serializeProject(project));
 */
export async function writeFileAtomic(file: string, text: string | Uint8Array): Promise<void> {
  if (typeof file !== 'string' || file === '') throw new TypeError('writeFileAtomic: file must be a path');
  if (typeof text !== 'string' && !(text instanceof Uint8Array)) throw new TypeError('writeFileAtomic: text must be a string or a Uint8Array');
  const target = await realpath(file).catch(() => path.resolve(file));
  const mode = await stat(target).then((s) => s.mode & 0o777, () => 0o666);
  const temporary = temporaryPathFor(target);
  try {
    const handle = await open(temporary, 'wx', mode);
    try {
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncFolder(path.dirname(target));
}

/** Writes one new file, flushed to disk before it is closed; refuses an existing file. */
async function writeNewFileSynced(file: string, bytes: Uint8Array): Promise<void> {
  const handle = await open(file, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Writes files (paths relative, `/`-separated, already checked) into a new folder `target`, all or nothing:
 * into a temporary sibling folder first, every file and folder flushed with fsync; then `target` is claimed
 * with an exclusive mkdir (so a folder that appeared meanwhile is never overwritten — no check-then-rename
 * race), the temporary folder is renamed onto the claimed empty one, and the parent is flushed. On failure
 * nothing is left behind: neither the temporary folder nor the claimed target.
 *
 * @example
 * await writeFolderAtomic('/home/an/lier', [{ path: 'datapackage.json', bytes }]);
 */
export async function writeFolderAtomic(target: string, files: readonly { readonly path: string; readonly bytes: Uint8Array }[]): Promise<void> {
  const parent = path.dirname(target);
  const temporary = path.join(parent, `.${path.basename(target)}.${process.pid}.${randomHex(6)}.partial`);
  let claimed = false;
  try {
    await mkdir(temporary);
    const folders = new Set<string>([temporary]);
    for (const file of files) {
      const full = path.join(temporary, ...file.path.split('/'));
      await mkdir(path.dirname(full), { recursive: true });
      for (let dir = path.dirname(full); dir !== temporary && dir.startsWith(temporary); dir = path.dirname(dir)) folders.add(dir);
      await writeNewFileSynced(full, file.bytes);
    }
    for (const folder of folders) await syncFolder(folder);
    try {
      await mkdir(target);
    } catch (error) {
      if (errorCode(error) === 'EEXIST') throw new Error(`${path.basename(target)} already exists there: choose another folder or remove it first.`);
      throw error;
    }
    claimed = true;
    await renameOntoEmptyFolder(temporary, target);
    claimed = false;
  } catch (error) {
    await rm(temporary, { recursive: true, force: true }).catch(() => undefined);
    if (claimed) await rmdir(target).catch(() => undefined);
    throw error;
  }
  await syncFolder(parent);
}

/** POSIX renames a folder onto an empty one in one step; Windows refuses, so there the empty one goes first. */
async function renameOntoEmptyFolder(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (error) {
    const code = errorCode(error);
    if (code !== 'EPERM' && code !== 'EEXIST' && code !== 'ENOTEMPTY' && code !== 'EACCES') throw error;
    await rmdir(to);
    await rename(from, to);
  }
}
