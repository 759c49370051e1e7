import { unzipCapped } from '../../formats/zip/unzip-capped';
import type { PackageFileSource } from '../file-source';
import { createMemorySource } from './memory-source';

/**
 * A package inside a .zip archive (the archive bytes are already read). Directories and macOS resource
 * forks are skipped; what it unpacks to is counted in real bytes and capped (`unzipCapped`: 512 MiB per
 * file, 1 GiB in all), whatever sizes the archive declares.
 *
 * @example
 * const source = createZipSource('kortrijk.zip', bytes);
 */
/** A .zip that cannot be read as a package archive: bad input (the CLI exits 1), not a bug. */
export class PackageArchiveError extends Error {
  override readonly name = 'PackageArchiveError';
}

export function createZipSource(label: string, archive: Uint8Array): PackageFileSource {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipCapped(archive);
  } catch (error) {
    throw new PackageArchiveError(`${label} is not a readable .zip archive (${error instanceof Error ? error.message : String(error)}). Choose a .zip made of the package folder.`, { cause: error });
  }
  return createMemorySource(label, new Map(Object.entries(entries)));
}
