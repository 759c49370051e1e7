import { readdir, readFile, stat, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { PackageFileSource } from '../file-source';
import { normalisePackagePath } from '../file-source';
import { createZipSource } from './zip-source';

/**
 * A package folder (or .zip file) on disk, for the CLI, the tests and the bench. Node only.
 *
 * @example
 * const source = await openNodePackageSource('../shared/data/kortrijk');
 */
export async function openNodePackageSource(location: string): Promise<PackageFileSource> {
  const absolute = path.resolve(location);
  let info;
  try {
    info = await stat(absolute);
  } catch {
    throw new Error(`${location} does not exist. Give the path of a package folder (with datapackage.json) or a .zip.`);
  }
  if (info.isFile()) {
    if (!absolute.toLowerCase().endsWith('.zip')) throw new Error(`${location} is a file but not a .zip. Give a package folder or a .zip archive.`);
    return createZipSource(path.basename(absolute), new Uint8Array(await readFile(absolute)));
  }
  const root = await realpath(absolute);
  const files: string[] = [];
  const walk = async (dir: string) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile()) files.push(path.relative(root, full).split(path.sep).join('/'));
    }
  };
  await walk(root);
  files.sort();
  const listed = new Set(files);
  return {
    label: path.basename(root),
    list: async () => files,
    read: async (relative) => {
      const clean = normalisePackagePath(relative);
      if (!listed.has(clean)) throw new Error(`${path.basename(root)}: no file ${relative}`);
      return new Uint8Array(await readFile(path.join(root, clean)));
    },
  };
}
