/**
 * The content hash of a data package, so a project can tell whether the package it was made on has
 * changed. Pure: uses WebCrypto (`crypto.subtle`), present in Node 20+ and in browsers.
 */

const encoder = new TextEncoder();

/**
 * SHA-256 over a package's files, as lowercase hex. The files are sorted by path (UTF-16 code unit order,
 * so the order they are listed in does not matter); each contributes its path as UTF-8, a NUL byte, its
 * byte length in decimal ASCII, a NUL byte, then its bytes. So renaming a file, changing a byte, adding or
 * removing a file all change the hash, and no two different file sets share an encoding.
 *
 * Paths are hashed as given: pass the package's relative `/`-separated paths (as `PackageFileSource.list`
 * gives them), not absolute ones, so a moved package keeps its hash. Throws on an empty or duplicate path,
 * a path with a NUL character, or bytes that are not a Uint8Array. All bytes are hashed in one buffer
 * (WebCrypto has no streaming digest), so this needs memory for the package's size once more.
 *
 * @example
 * await hashPackageFiles([{ path: 'datapackage.json', bytes: new TextEncoder().encode('{}') }])
 * // 'cd7a10a20246caed4953b2a3b55e64992efe44bcba4bfd93b990cf0d162623e1'
 */
export async function hashPackageFiles(files: readonly { readonly path: string; readonly bytes: Uint8Array }[]): Promise<string> {
  if (!Array.isArray(files)) throw new TypeError('hashPackageFiles: files must be an array');
  const seen = new Set<string>();
  for (const file of files) {
    if (typeof file !== 'object' || file === null || typeof file.path !== 'string' || file.path === '') throw new TypeError('hashPackageFiles: every file needs a non-empty path');
    if (file.path.includes('\0')) throw new TypeError(`hashPackageFiles: path ${JSON.stringify(file.path)} contains a NUL character`);
    if (!(file.bytes instanceof Uint8Array)) throw new TypeError(`hashPackageFiles: bytes of ${file.path} must be a Uint8Array`);
    if (seen.has(file.path)) throw new TypeError(`hashPackageFiles: path ${file.path} is listed twice`);
    seen.add(file.path);
  }
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const parts: Uint8Array[] = [];
  for (const file of sorted) {
    parts.push(encoder.encode(`${file.path}\0${file.bytes.byteLength}\0`), file.bytes);
  }
  const buffer = new Uint8Array(parts.reduce((sum, p) => sum + p.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    buffer.set(part, offset);
    offset += part.byteLength;
  }
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', buffer));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}
