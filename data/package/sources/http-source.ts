import type { PackageFileSource } from '../file-source';
import { normalisePackagePath } from '../file-source';

/**
 * A package served by Wijkzicht's own local web server (`npm run web -- --package <dir>`): the file list
 * comes from `<base>/__files.json`, files from `<base>/<path>`. Only ever used with the app's own origin.
 */
export async function createHttpSource(label: string, baseUrl: string): Promise<PackageFileSource> {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const response = await fetch(`${base}__files.json`);
  if (!response.ok) throw new Error(`The local server did not list the package (${response.status} ${response.statusText}).`);
  const files = (await response.json()) as string[];
  const listed = new Set(files);
  return {
    label,
    list: async () => files,
    read: async (path) => {
      const clean = normalisePackagePath(path);
      if (!listed.has(clean)) throw new Error(`${label}: no file ${path}`);
      const r = await fetch(base + clean.split('/').map(encodeURIComponent).join('/'));
      if (!r.ok) throw new Error(`${label}: could not read ${path} (${r.status} ${r.statusText})`);
      return new Uint8Array(await r.arrayBuffer());
    },
  };
}
