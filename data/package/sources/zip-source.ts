import { unzipSync } from 'fflate';
import type { PackageFileSource } from '../file-source';
import { createMemorySource } from './memory-source';

/** Refuse archives whose content would exceed this once unpacked (zip bombs). */
const MAX_UNPACKED_BYTES = 2 * 1024 ** 3;

/**
 * A package inside a .zip archive (the archive bytes are already read). Directories and macOS resource
 * forks are skipped; unpacked size is capped at 2 GiB.
 *
 * @example
 * const source = createZipSource('kortrijk.zip', bytes);
 */
export function createZipSource(label: string, archive: Uint8Array): PackageFileSource {
  let total = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(archive, {
      filter: (file) => {
        if (file.name.endsWith('/') || file.name.startsWith('__MACOSX/')) return false;
        total += file.originalSize;
        if (total > MAX_UNPACKED_BYTES) throw new Error('the archive unpacks to more than 2 GiB');
        return true;
      },
    });
  } catch (error) {
    throw new Error(`${label} is not a readable .zip archive (${error instanceof Error ? error.message : String(error)}). Choose a .zip made of the package folder.`, { cause: error });
  }
  return createMemorySource(label, new Map(Object.entries(entries)));
}
