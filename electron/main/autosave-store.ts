/**
 * The autosave of the open project, kept by the main process in the app's data folder: one file per data
 * package (named by the package's SHA-256 content hash), written atomically, so a crash — even in the
 * middle of an autosave — leaves the previous complete autosave to recover from. Node only (no `electron`
 * import), so it is unit-tested.
 */
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseProject } from '../../data/project';
import { errorCode, writeFileAtomic } from './write-file-atomic';

/** The largest autosave accepted from the renderer (a project is a few kilobytes). */
export const MAX_AUTOSAVE_BYTES = 20 * 1024 * 1024;

const KEY = /^[0-9a-f]{64}$/;

function checkKey(key: unknown): string {
  if (typeof key !== 'string' || !KEY.test(key)) throw new TypeError('An autosave key is a package content hash: 64 lowercase hex characters');
  return key;
}

export interface AutosaveStore {
  /** Writes the project text for a package (refused unless it is a valid project file). */
  write(key: unknown, text: unknown): Promise<void>;
  /** The autosaved project text of a package, or null when there is none. */
  read(key: unknown): Promise<string | null>;
  discard(key: unknown): Promise<void>;
}

/**
 * An autosave store in `folder` (created when first written).
 *
 * @example
 * const store = createAutosaveStore(path.join(app.getPath('userData'), 'autosave'));
 * await store.write(contentHash, serializeProject(project));
 */
export function createAutosaveStore(folder: string): AutosaveStore {
  if (typeof folder !== 'string' || !path.isAbsolute(folder)) throw new TypeError('The autosave folder must be an absolute path');
  const fileOf = (key: unknown) => path.join(folder, `${checkKey(key)}.wijkzicht`);
  return {
    async write(key, text) {
      const file = fileOf(key);
      if (typeof text !== 'string') throw new TypeError('An autosave is the text of a project file');
      if (text.length > MAX_AUTOSAVE_BYTES) throw new RangeError(`An autosave may be at most ${MAX_AUTOSAVE_BYTES} bytes`);
      const parsed = parseProject(text, 'autosave');
      if (!parsed.ok) throw new Error(`Not a valid project: ${parsed.problems[0]!.message}`);
      await mkdir(folder, { recursive: true });
      await writeFileAtomic(file, text);
    },
    async read(key) {
      try {
        return await readFile(fileOf(key), 'utf8');
      } catch (error) {
        if (errorCode(error) === 'ENOENT') return null;
        throw error;
      }
    },
    async discard(key) {
      await rm(fileOf(key), { force: true });
    },
  };
}
