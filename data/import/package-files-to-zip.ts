import { strToU8, zipSync } from 'fflate';

/**
 * Packs package files into a .zip (deflated; a fixed timestamp so the same package gives the same bytes).
 *
 * @example
 * const bytes = packageFilesToZip(outcome.files!);
 */
export function packageFilesToZip(files: ReadonlyMap<string, string | Uint8Array>): Uint8Array {
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
  const mtime = new Date('2000-01-01T00:00:00Z');
  for (const [path, content] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    entries[path] = [typeof content === 'string' ? strToU8(content) : content, { mtime }];
  }
  return zipSync(entries, { level: 6 });
}
