import { mkdir, mkdtemp, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  isInside,
  isSafeRelativePath,
  listPackageFolder,
  PackageAccessError,
  packageArgument,
  PackageRegistry,
  startupPackageLocation,
} from '../../../electron/main/package-access';

let base: string;
let pkg: string;
let outside: string;

beforeEach(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'wijkzicht-package-'));
  pkg = path.join(base, 'Demostad');
  outside = path.join(base, 'outside-secret.csv');
  await mkdir(path.join(pkg, 'geo', 'wijken'), { recursive: true });
  await mkdir(path.join(pkg, '.git'), { recursive: true });
  await mkdir(path.join(pkg, 'node_modules', 'x'), { recursive: true });
  await writeFile(path.join(pkg, 'package.json'), '{"name":"demo"}');
  await writeFile(path.join(pkg, 'clients.csv'), 'id;wijk\n1;Noord\n');
  await writeFile(path.join(pkg, 'geo', 'wijken', 'wijken.geojson'), '{"type":"FeatureCollection","features":[]}');
  await writeFile(path.join(pkg, '.DS_Store'), 'x');
  await writeFile(path.join(pkg, '.git', 'HEAD'), 'ref');
  await writeFile(path.join(pkg, 'node_modules', 'x', 'index.js'), 'x');
  await writeFile(outside, 'secret');
});

afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

let counter = 0;
const registry = (limits?: { maxFiles: number; maxTotalBytes: number }): PackageRegistry =>
  new PackageRegistry(limits, () => `handle-${++counter}`);

describe('command line and environment', () => {
  it('reads --package <dir> and --package=<dir>', () => {
    expect(packageArgument(['/usr/bin/electron', 'dist/electron/main.cjs', '--package', './demo'])).toBe('./demo');
    expect(packageArgument(['main.cjs', '--package=/data/wijk.zip'])).toBe('/data/wijk.zip');
    expect(packageArgument(['main.cjs', '--inspect'])).toBeNull();
  });

  it('rejects --package without a value', () => {
    expect(() => packageArgument(['main.cjs', '--package'])).toThrow(PackageAccessError);
    expect(() => packageArgument(['main.cjs', '--package', '--other'])).toThrow(/needs a folder or \.zip path/);
    expect(() => packageArgument(['main.cjs', '--package='])).toThrow(PackageAccessError);
  });

  it('prefers the flag over WIJKZICHT_PACKAGE and resolves against cwd', () => {
    const cwd = path.resolve('/home/user');
    expect(startupPackageLocation(['--package', 'a'], { WIJKZICHT_PACKAGE: 'b' }, cwd)).toBe(path.join(cwd, 'a'));
    expect(startupPackageLocation([], { WIJKZICHT_PACKAGE: 'b' }, cwd)).toBe(path.join(cwd, 'b'));
    expect(startupPackageLocation([], { WIJKZICHT_PACKAGE: '  ' }, cwd)).toBeNull();
    expect(startupPackageLocation([], {}, cwd)).toBeNull();
  });
});

describe('path rules', () => {
  it('accepts listed-style relative paths only', () => {
    expect(isSafeRelativePath('clients.csv')).toBe(true);
    expect(isSafeRelativePath('geo/wijken/wijken.geojson')).toBe(true);
    for (const bad of ['', '/etc/passwd', '../x', 'geo/../../x', 'geo//x', './x', 'geo\\x', 'C:/x', 'c:x', 'a\0b']) {
      expect(isSafeRelativePath(bad), JSON.stringify(bad)).toBe(false);
    }
  });

  it('isInside is strict and not fooled by prefixes', () => {
    const root = path.resolve('/data/pkg');
    expect(isInside(root, path.join(root, 'a.csv'))).toBe(true);
    expect(isInside(root, root)).toBe(false);
    expect(isInside(root, path.resolve('/data/pkg-evil/a.csv'))).toBe(false);
    expect(isInside(root, path.resolve('/data/a.csv'))).toBe(false);
    expect(isInside(root, path.join(root, '..foo'))).toBe(true);
  });
});

describe('listPackageFolder', () => {
  it('lists regular files recursively with / paths, skipping dot-files and node_modules', async () => {
    const files = await listPackageFolder(pkg);
    expect(files.map((f) => f.path)).toEqual(['clients.csv', 'geo/wijken/wijken.geojson', 'package.json']);
    expect(files.find((f) => f.path === 'clients.csv')?.size).toBe('id;wijk\n1;Noord\n'.length);
  });

  it('lists symlinks that stay inside and skips ones that escape', async () => {
    await symlink(path.join(pkg, 'clients.csv'), path.join(pkg, 'alias.csv'));
    await symlink(outside, path.join(pkg, 'escape.csv'));
    await symlink(base, path.join(pkg, 'parent-dir'));
    const paths = (await listPackageFolder(pkg)).map((f) => f.path);
    expect(paths).toContain('alias.csv');
    expect(paths).not.toContain('escape.csv');
    expect(paths.some((p) => p.startsWith('parent-dir'))).toBe(false);
  });

  it('stops with a clear error above the file and size caps', async () => {
    await expect(listPackageFolder(pkg, { maxFiles: 2, maxTotalBytes: 1e9 })).rejects.toThrow(
      /more than 2 files/,
    );
    await expect(listPackageFolder(pkg, { maxFiles: 100, maxTotalBytes: 20 })).rejects.toThrow(
      /larger than 20 bytes/,
    );
  });
});

describe('PackageRegistry', () => {
  it('opens a folder as a handle with the display name and file list', async () => {
    const handle = await registry().open(pkg);
    expect(handle.kind).toBe('folder');
    expect(handle.displayName).toBe('Demostad');
    expect(handle.id).toMatch(/^handle-\d+$/);
    expect(handle.files.map((f) => f.path)).toEqual(['clients.csv', 'geo/wijken/wijken.geojson', 'package.json']);
  });

  it('reads listed files as Uint8Array', async () => {
    const reg = registry();
    const handle = await reg.open(pkg);
    const bytes = await reg.readFile(handle.id, 'geo/wijken/wijken.geojson');
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(bytes)).toBe('{"type":"FeatureCollection","features":[]}');
  });

  it('refuses traversal, absolute paths and unlisted files', async () => {
    const reg = registry();
    const handle = await reg.open(pkg);
    await expect(reg.readFile(handle.id, '../outside-secret.csv')).rejects.toThrow(/not a relative path inside/);
    await expect(reg.readFile(handle.id, 'geo/../../outside-secret.csv')).rejects.toThrow(PackageAccessError);
    await expect(reg.readFile(handle.id, outside)).rejects.toThrow(/not a relative path inside/);
    await expect(reg.readFile(handle.id, '.git/HEAD')).rejects.toThrow(/is not a file of data package "Demostad"/);
    await expect(reg.readFile(handle.id, 'node_modules/x/index.js')).rejects.toThrow(/is not a file of/);
    await expect(reg.readFile(handle.id, 42)).rejects.toThrow(/expects two strings/);
  });

  it('refuses a listed file that was replaced by a symlink escaping the package', async () => {
    const reg = registry();
    const handle = await reg.open(pkg);
    await unlink(path.join(pkg, 'clients.csv'));
    await symlink(outside, path.join(pkg, 'clients.csv'));
    await expect(reg.readFile(handle.id, 'clients.csv')).rejects.toThrow(/resolves outside data package/);
  });

  it('refuses a listed file that was deleted', async () => {
    const reg = registry();
    const handle = await reg.open(pkg);
    await unlink(path.join(pkg, 'package.json'));
    await expect(reg.readFile(handle.id, 'package.json')).rejects.toThrow(/no longer exists/);
  });

  it('rejects unknown handles with a clear message', async () => {
    const reg = registry();
    await expect(reg.readFile('nope', 'clients.csv')).rejects.toThrow(/Unknown data package handle "nope"/);
    expect(reg.has('nope')).toBe(false);
  });

  it('opens a .zip as one file and reads it back', async () => {
    const zip = path.join(base, 'Wijk-Noord.ZIP');
    await writeFile(zip, new Uint8Array([0x50, 0x4b, 3, 4, 9]));
    const reg = registry();
    const handle = await reg.open(zip);
    expect(handle).toMatchObject({ kind: 'zip', displayName: 'Wijk-Noord.ZIP', files: [{ path: 'Wijk-Noord.ZIP', size: 5 }] });
    expect([...(await reg.readFile(handle.id, 'Wijk-Noord.ZIP'))]).toEqual([0x50, 0x4b, 3, 4, 9]);
    // Its neighbours in the same folder are not part of the package.
    await expect(reg.readFile(handle.id, 'outside-secret.csv')).rejects.toThrow(/is not a file of/);
  });

  it('rejects missing paths and files that are not .zip', async () => {
    await expect(registry().open(path.join(base, 'missing'))).rejects.toThrow(/Data package not found/);
    await expect(registry().open(outside)).rejects.toThrow(/expected a folder or a \.zip file/);
  });

  it('keeps handles of different packages apart', async () => {
    const other = path.join(base, 'Andere');
    await mkdir(other);
    await writeFile(path.join(other, 'only-here.csv'), 'x');
    const reg = registry();
    const a = await reg.open(pkg);
    const b = await reg.open(other);
    await expect(reg.readFile(a.id, 'only-here.csv')).rejects.toThrow(/is not a file of data package "Demostad"/);
    expect(new TextDecoder().decode(await reg.readFile(b.id, 'only-here.csv'))).toBe('x');
  });
});
