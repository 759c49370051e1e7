import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { generateDemoPackage } from '../../../data/demo';
import { readPackageFiles, readSourceFiles } from '../../../data/package/read-package-files';
import { readPackage } from '../../../data/package/read-package';
import { createMemorySource } from '../../../data/package/sources/memory-source';
import { createZipSource } from '../../../data/package/sources/zip-source';
import { openNodePackageSource } from '../../../data/package/sources/node-folder-source';
import { hashPackageFiles } from '../../../data/project/hash-package-files';
import { KORTRIJK_DIR, hasKortrijk } from '../../helpers/shared-data';
import { demoFiles, editCsvLine, pathOfRole } from '../../helpers/package-copies';

/**
 * What `packageHashOf` computed before the hash moved into the read (every listed file fetched again, sorted,
 * `hashPackageFiles`), written down once from main at c173cc5: projects saved then must still match.
 */
const DEMOSTAD_HASH = '9265d31a9730f04275f9386d901637081bbccb676248d99384c6f795100c2874';
const KORTRIJK_HASH = '6001e53313d8c39998f855c4e5ce23ca6e2faa99991ad02dfb835e8dcef398d3';

const demoSource = () => createMemorySource('Demostad', generateDemoPackage().files);

describe('readPackageFiles: the package and its content hash from one read of the bytes', () => {
  it('gives Demostad the content hash saved projects carry (golden), and the same package as readPackage', async () => {
    const files = await readSourceFiles(demoSource());
    const { result, contentHash } = await readPackageFiles('Demostad', files);
    expect(contentHash).toBe(DEMOSTAD_HASH);
    expect(contentHash).toBe(await hashPackageFiles(files));
    expect(result.ok).toBe(true);
    expect(result).toEqual(await readPackage(demoSource()));
  });

  it.skipIf(!hasKortrijk)('gives the Kortrijk package the content hash saved projects carry (golden)', async () => {
    const { result, contentHash } = await readPackageFiles('kortrijk', await readSourceFiles(await openNodePackageSource(KORTRIJK_DIR)));
    expect(result.ok).toBe(true);
    expect(contentHash).toBe(KORTRIJK_HASH);
  });

  it('hashes every file of the source, also those the descriptor does not name, with their paths as listed', async () => {
    const files = demoFiles();
    files.set('README.txt', 'not a resource');
    const zip = zipSync(Object.fromEntries([...files].map(([p, text]) => [`demo/${p}`, strToU8(text)])));
    const source = createZipSource('demo.zip', zip);
    const listed = await readSourceFiles(source);
    expect(listed.map((f) => f.path)).toContain('demo/README.txt');
    const { result, contentHash } = await readPackageFiles('demo.zip', listed);
    expect(result.ok).toBe(true);
    expect(contentHash).toBe(await hashPackageFiles(listed));
    expect(contentHash).not.toBe(await hashPackageFiles(listed.filter((f) => f.path !== 'demo/README.txt')));
  });

  it('rejects a bad package with its located problems and no hash', async () => {
    const files = demoFiles();
    editCsvLine(files, pathOfRole(files, 'indicators'), 2, (f) => f.map((v, i) => (i === f.length - 1 ? 'x' : v)));
    const { result, contentHash } = await readPackageFiles('broken', await readSourceFiles(createMemorySource('broken', files)));
    expect(result.ok).toBe(false);
    expect(result.problems.some((p) => p.severity === 'error' && p.file === pathOfRole(files, 'indicators'))).toBe(true);
    expect(contentHash).toBeNull();
  });

  it('checks its inputs', async () => {
    await expect(readPackageFiles(1 as unknown as string, [])).rejects.toThrow(/label/);
    await expect(readPackageFiles('x', 'files' as unknown as [])).rejects.toThrow(/array/);
  });
});

describe('readSourceFiles', () => {
  it('reads every listed file, all reads in flight together, in the order listed', async () => {
    let inFlight = 0;
    let most = 0;
    const source = {
      label: 'slow',
      list: async () => ['b.txt', 'a.txt', 'c.txt'],
      read: async (path: string) => {
        most = Math.max(most, ++inFlight);
        await new Promise((resolve) => setTimeout(resolve, 5));
        inFlight--;
        return strToU8(path);
      },
    };
    const files = await readSourceFiles(source);
    expect(files.map((f) => [f.path, new TextDecoder().decode(f.bytes)])).toEqual([['b.txt', 'b.txt'], ['a.txt', 'a.txt'], ['c.txt', 'c.txt']]);
    expect(most).toBe(3);
  });
});
