import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashPackageFiles } from '../../../data/project/hash-package-files';

const enc = (s: string) => new TextEncoder().encode(s);

/** A tiny fixed package; its hash was computed once and is written below. */
const FILES = [
  { path: 'datapackage.json', bytes: enc('{"name":"demostad"}\n') },
  { path: 'areas/wijk.geojson', bytes: enc('{"type":"FeatureCollection","features":[]}') },
  { path: 'tables/indicators.csv', bytes: enc('code;value\r\nW01;12\r\n') },
  { path: 'empty.txt', bytes: new Uint8Array(0) },
  { path: 'bin/raw.bin', bytes: new Uint8Array([0, 255, 10, 13, 0]) },
];
const GOLDEN = '76f982128510ab7a53b285673cd3a42a0d2849022436501c88e63385758fc77c';

describe('hashPackageFiles', () => {
  it('gives the fixed hash of a fixed file set (golden)', async () => {
    expect(await hashPackageFiles(FILES)).toBe(GOLDEN);
  });

  it('follows the documented encoding: sorted by path, then path NUL length NUL bytes', async () => {
    const hash = createHash('sha256');
    for (const f of [...FILES].sort((a, b) => (a.path < b.path ? -1 : 1))) hash.update(`${f.path}\0${f.bytes.byteLength}\0`).update(f.bytes);
    expect(hash.digest('hex')).toBe(GOLDEN);
  });

  it('is the SHA-256 of nothing for no files, and lowercase hex', async () => {
    expect(await hashPackageFiles([])).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(await hashPackageFiles(FILES)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('does not depend on the order the files are listed in', async () => {
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray(FILES, { minLength: FILES.length, maxLength: FILES.length }), async (shuffled) => {
        expect(await hashPackageFiles(shuffled)).toBe(GOLDEN);
      }),
      { numRuns: 20 },
    );
  });

  it('changes when a file is renamed', async () => {
    const renamed = FILES.map((f) => (f.path === 'tables/indicators.csv' ? { ...f, path: 'tables/indicator.csv' } : f));
    expect(await hashPackageFiles(renamed)).not.toBe(GOLDEN);
  });

  it('changes when one byte changes', async () => {
    const bytes = FILES[2]!.bytes.slice();
    bytes[bytes.length - 3] = bytes[bytes.length - 3]! ^ 1; // '2' becomes '3'
    const changed = FILES.map((f, i) => (i === 2 ? { ...f, bytes } : f));
    expect(await hashPackageFiles(changed)).not.toBe(GOLDEN);
  });

  it('changes when a file is added or removed, even an empty one', async () => {
    expect(await hashPackageFiles(FILES.filter((f) => f.path !== 'empty.txt'))).not.toBe(GOLDEN);
    expect(await hashPackageFiles([...FILES, { path: 'extra.txt', bytes: new Uint8Array(0) }])).not.toBe(GOLDEN);
  });

  it('tells apart bytes moved from one file to the next', async () => {
    const a = await hashPackageFiles([{ path: 'a', bytes: enc('xy') }, { path: 'b', bytes: enc('') }]);
    const b = await hashPackageFiles([{ path: 'a', bytes: enc('x') }, { path: 'b', bytes: enc('y') }]);
    expect(a).not.toBe(b);
  });

  it('hashes only the bytes a view covers', async () => {
    const view = new Uint8Array([9, 9, 1, 2, 3, 9]).subarray(2, 5);
    expect(await hashPackageFiles([{ path: 'x', bytes: view }])).toBe(await hashPackageFiles([{ path: 'x', bytes: new Uint8Array([1, 2, 3]) }]));
  });

  it('throws on programming errors', async () => {
    await expect(hashPackageFiles([{ path: 'a', bytes: enc('1') }, { path: 'a', bytes: enc('2') }])).rejects.toThrow(/listed twice/);
    await expect(hashPackageFiles([{ path: '', bytes: enc('1') }])).rejects.toThrow(/non-empty path/);
    await expect(hashPackageFiles([{ path: 'a\0b', bytes: enc('1') }])).rejects.toThrow(/NUL/);
    await expect(hashPackageFiles([{ path: 'a', bytes: [1, 2] as unknown as Uint8Array }])).rejects.toThrow(/Uint8Array/);
    await expect(hashPackageFiles('x' as unknown as [])).rejects.toThrow(/array/);
  });
});
