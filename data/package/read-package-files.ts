import { hashPackageFiles } from '../project/hash-package-files';
import type { PackageFileSource } from './file-source';
import type { ReadResult } from './model';
import { readPackage } from './read-package';
import { createMemorySource } from './sources/memory-source';

/** One file of a package: its relative `/`-separated path (as `PackageFileSource.list` gives it) and bytes. */
export interface PackageFile {
  readonly path: string;
  readonly bytes: Uint8Array;
}

/** A package read from its files: the result of `readPackage`, and the content hash of those same files. */
export interface PackageRead {
  readonly result: ReadResult;
  /** `hashPackageFiles` of every file read, when the package is valid (null when it was rejected). */
  readonly contentHash: string | null;
}

/**
 * Every file a source lists, read at once (all reads in flight together, so an HTTP source fetches in
 * parallel instead of one file after the other), in the order listed.
 *
 * @example
 * const files = await readSourceFiles(createMemorySource('demo', new Map([['a.txt', 'x']])));
 * // [{ path: 'a.txt', bytes: Uint8Array [120] }]
 */
export async function readSourceFiles(source: PackageFileSource): Promise<PackageFile[]> {
  const paths = await source.list();
  return Promise.all(paths.map(async (path) => ({ path, bytes: await source.read(path) })));
}

/**
 * Reads and validates a package from its files (`readPackage`, all or nothing: never throws for bad
 * content) and hashes the same bytes (`hashPackageFiles`), so the package is read once for both: the
 * project file's `contentHash` is exactly what `hashPackageFiles` gives for these files. Pure apart from
 * WebCrypto, so it runs alike in a Web Worker, on the main thread and in Node.
 *
 * @example
 * const { result, contentHash } = await readPackageFiles('Demostad', files);
 * if (result.ok) console.log(result.pkg.levels.length, contentHash);
 */
export async function readPackageFiles(label: string, files: readonly PackageFile[]): Promise<PackageRead> {
  if (typeof label !== 'string') throw new TypeError('readPackageFiles: label must be a string');
  if (!Array.isArray(files)) throw new TypeError('readPackageFiles: files must be an array');
  // The digest runs while the package is parsed (WebCrypto works off the calling thread).
  const hash = hashPackageFiles(files);
  hash.catch(() => undefined); // awaited below only for a valid package
  const result = await readPackage(createMemorySource(label, new Map(files.map((f) => [f.path, f.bytes] as const))));
  // A hash that cannot be computed (a path listed twice) is left to `packageHashOf`, which then says so.
  return { result, contentHash: result.ok ? await hash.catch(() => null) : null };
}
