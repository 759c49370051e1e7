import type { PackageFileSource } from '../file-source';
import { normalisePackagePath } from '../file-source';

/**
 * A package held in memory, e.g. the generated Demostad package.
 *
 * @example
 * createMemorySource('demo', new Map([['datapackage.json', '{...}']]))
 */
export function createMemorySource(label: string, files: ReadonlyMap<string, string | Uint8Array>): PackageFileSource {
  const encoder = new TextEncoder();
  const byPath = new Map<string, Uint8Array>();
  for (const [path, content] of files) byPath.set(normalisePackagePath(path), typeof content === 'string' ? encoder.encode(content) : content);
  return {
    label,
    list: async () => [...byPath.keys()].sort(),
    read: async (path) => {
      const bytes = byPath.get(normalisePackagePath(path));
      if (!bytes) throw new Error(`${label}: no file ${path}`);
      return bytes;
    },
  };
}
