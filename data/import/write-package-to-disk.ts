import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes package files to a folder, or to a .zip when `target` ends in `.zip`. Node only (CLI, tests).
 * Written to a temporary sibling first and renamed into place, so a failure never leaves half a package;
 * an existing target is refused rather than overwritten.
 */
export async function writePackageToDisk(files: ReadonlyMap<string, string>, target: string): Promise<string> {
  const absolute = path.resolve(target);
  const { existsSync } = await import('node:fs');
  if (existsSync(absolute)) throw new Error(`${target} already exists. Choose a new folder or file name (Wijkzicht does not overwrite).`);
  await mkdir(path.dirname(absolute), { recursive: true });
  const temporary = `${absolute}.partial-${process.pid}`;
  try {
    if (absolute.toLowerCase().endsWith('.zip')) {
      // The zip writer (fflate) is loaded only for a .zip target.
      const { packageFilesToZip } = await import('./package-files-to-zip');
      await writeFile(temporary, packageFilesToZip(files));
    } else {
      for (const [relative, content] of files) {
        const file = path.join(temporary, ...relative.split('/'));
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, content);
      }
    }
    await rename(temporary, absolute);
  } catch (error) {
    await rm(temporary, { recursive: true, force: true });
    throw error;
  }
  return absolute;
}
