import type { PackageFileSource, PackageLocation } from '../file-source';
import { createLazySource, normalisePackagePath } from '../file-source';
import { createZipSource } from './zip-source';

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

/**
 * The package the local web server publishes at `location` (a folder, or a .zip it serves as one file named
 * by the label), opened lazily: nothing is fetched until the first list or read, and a reader that can fetch
 * `location` itself (the package-read worker) never opens it here.
 *
 * @example
 * const source = createHttpPackageSource({ kind: 'http', label: 'kortrijk', base: '/__wijkzicht/package/', zip: false });
 */
export function createHttpPackageSource(location: Extract<PackageLocation, { kind: 'http' }>): PackageFileSource {
  return createLazySource(location.label, location, () => openHttpPackage(location));
}

/** Opens the package the local web server publishes at `location` now: its file list, or the .zip read and unpacked. */
export async function openHttpPackage(location: Extract<PackageLocation, { kind: 'http' }>): Promise<PackageFileSource> {
  const source = await createHttpSource(location.label, location.base);
  if (!location.zip) return source;
  return createZipSource(location.label, await source.read(location.label));
}
