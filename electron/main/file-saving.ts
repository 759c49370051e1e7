/**
 * Writing what the renderer saves (exports, data packages), as pure Node logic without an `electron`
 * import so it can be unit-tested. Requests come from the renderer, so they are validated here; writes go
 * to a temporary sibling first and are renamed into place, so a crash never leaves a half-written file.
 */
import type { PrintToPdfRequest, SaveFileRequest, SaveFolderRequest } from '../shared/ipc-contract';

const MAX_BYTES = 2 * 1024 ** 3;
/** A plain name: 1–200 characters, none of \ / : * ? " < > | and no control characters. */
const isSafeName = (name: string): boolean =>
  name.length >= 1 && name.length <= 200 && ![...name].some((ch) => '\\/:*?"<>|'.includes(ch) || ch.charCodeAt(0) < 0x20);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Checks a save-file request from the renderer; throws a clear error for anything unexpected. */
export function validateSaveFileRequest(value: unknown): SaveFileRequest {
  if (!isObject(value) || typeof value.suggestedName !== 'string' || !isSafeName(value.suggestedName)) throw new Error('saveFileDialog: a plain file name is required');
  if (!(value.bytes instanceof Uint8Array) || value.bytes.byteLength > MAX_BYTES) throw new Error('saveFileDialog: bytes must be a Uint8Array under 2 GiB');
  const filters = Array.isArray(value.filters) ? value.filters : [];
  for (const f of filters) {
    if (!isObject(f) || typeof f.name !== 'string' || !Array.isArray(f.extensions) || !f.extensions.every((e) => typeof e === 'string' && /^[a-z0-9*]{1,10}$/i.test(e))) {
      throw new Error('saveFileDialog: filters must be {name, extensions[]}');
    }
  }
  return { suggestedName: value.suggestedName, filters: filters as SaveFileRequest['filters'], bytes: value.bytes };
}

/** Checks a save-folder request; every path must be relative, without `..`. */
export function validateSaveFolderRequest(value: unknown): SaveFolderRequest {
  if (!isObject(value) || typeof value.suggestedName !== 'string' || !isSafeName(value.suggestedName)) throw new Error('saveFolderDialog: a plain folder name is required');
  if (!Array.isArray(value.files) || value.files.length === 0 || value.files.length > 10_000) throw new Error('saveFolderDialog: 1 to 10,000 files are required');
  let total = 0;
  const files = value.files.map((f: unknown) => {
    if (!isObject(f) || typeof f.path !== 'string' || !(f.bytes instanceof Uint8Array)) throw new Error('saveFolderDialog: each file needs a path and bytes');
    const parts = f.path.split('/');
    if (f.path.startsWith('/') || parts.some((p) => p === '' || p === '.' || p === '..' || !isSafeName(p))) throw new Error(`saveFolderDialog: unsafe path ${JSON.stringify(f.path)}`);
    total += f.bytes.byteLength;
    return { path: f.path, bytes: f.bytes };
  });
  if (total > MAX_BYTES) throw new Error('saveFolderDialog: more than 2 GiB');
  return { suggestedName: value.suggestedName, files };
}

/**
 * Checks a print-to-PDF request: `suggestedName` must be a plain file name (no folders, no path separators,
 * none of \ / : * ? " < > |). `.pdf` is added when it does not end in it (any case).
 *
 * @example
 * validatePrintToPdfRequest({ suggestedName: 'verhaal' }); // → { suggestedName: 'verhaal.pdf' }
 */
export function validatePrintToPdfRequest(value: unknown): PrintToPdfRequest {
  if (!isObject(value) || typeof value.suggestedName !== 'string') throw new Error('printToPdf: a file name (suggestedName) is required');
  const trimmed = value.suggestedName.trim();
  const hasExtension = trimmed.toLowerCase().endsWith('.pdf');
  const stem = hasExtension ? trimmed.slice(0, -'.pdf'.length) : trimmed;
  if (stem === '' || stem === '.' || stem === '..') throw new Error('printToPdf: the file name is empty');
  const suggestedName = hasExtension ? trimmed : `${trimmed}.pdf`;
  if (!isSafeName(suggestedName)) throw new Error(`printToPdf: ${JSON.stringify(value.suggestedName)} is not a plain file name (no folders or \\ / : * ? " < > |, at most 200 characters)`);
  return { suggestedName };
}

/** Writes one file atomically (temporary file, fsync, rename): see write-file-atomic.ts. */
export { writeFileAtomic } from './write-file-atomic';

/** Writes files into a new folder atomically (temporary folder, fsync, exclusive claim, rename): see write-file-atomic.ts. */
export { writeFolderAtomic } from './write-file-atomic';
