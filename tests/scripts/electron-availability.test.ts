import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  binaryLocation,
  browserFallbackMessage,
  decideLaunch,
  downloadElectron,
  probeElectron,
  summariseDownloadFailure,
  type ElectronProbe,
} from '../../scripts/electron-availability';

const present: ElectronProbe = { pathTxt: 'electron', binary: '/repo/node_modules/electron/dist/electron', binaryExists: true };
const missing: ElectronProbe = { pathTxt: null, binary: null, binaryExists: false };
const dangling: ElectronProbe = { pathTxt: 'electron', binary: '/repo/node_modules/electron/dist/electron', binaryExists: false };

describe('decideLaunch', () => {
  it('launches Electron when the binary exists, without downloading', () => {
    expect(decideLaunch(present, null)).toEqual({ action: 'launch-electron', binary: present.binary });
  });

  it('tries the download once when path.txt or the binary is missing', () => {
    expect(decideLaunch(missing, null)).toEqual({ action: 'download' });
    expect(decideLaunch(dangling, null)).toEqual({ action: 'download' });
  });

  it('launches after a successful download', () => {
    expect(decideLaunch(present, { ok: true })).toEqual({ action: 'launch-electron', binary: present.binary });
  });

  it('falls back to the browser after a failed download, with its reason', () => {
    expect(decideLaunch(missing, { ok: false, reason: 'fetch failed' })).toEqual({
      action: 'browser-fallback',
      reason: 'fetch failed',
    });
  });

  it('falls back when a "successful" download left no usable binary', () => {
    const decision = decideLaunch(dangling, { ok: true });
    expect(decision.action).toBe('browser-fallback');
    expect(decision.action === 'browser-fallback' && decision.reason).toMatch(/is missing/);
    expect(decideLaunch(missing, { ok: true })).toMatchObject({ action: 'browser-fallback' });
  });
});

describe('binaryLocation', () => {
  const dist = path.resolve('/repo/node_modules/electron/dist');
  it('stays inside dist', () => {
    expect(binaryLocation(dist, 'electron')).toBe(path.join(dist, 'electron'));
    expect(binaryLocation(dist, 'Electron.app/Contents/MacOS/Electron')).toBe(
      path.join(dist, 'Electron.app', 'Contents', 'MacOS', 'Electron'),
    );
    expect(binaryLocation(dist, '../../../bin/sh')).toBeNull();
    expect(binaryLocation(dist, path.resolve('/bin/sh'))).toBeNull();
    expect(binaryLocation(dist, '')).toBeNull();
  });
});

describe('probeElectron', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'wijkzicht-electron-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reports a missing path.txt', () => {
    expect(probeElectron(dir, {})).toEqual({ pathTxt: null, binary: null, binaryExists: false });
  });

  it('reports path.txt pointing at a missing binary', async () => {
    await writeFile(path.join(dir, 'path.txt'), 'electron');
    expect(probeElectron(dir, {})).toEqual({ pathTxt: 'electron', binary: path.join(dir, 'dist', 'electron'), binaryExists: false });
  });

  it('finds an installed binary', async () => {
    await writeFile(path.join(dir, 'path.txt'), 'electron\n');
    await mkdir(path.join(dir, 'dist'));
    await writeFile(path.join(dir, 'dist', 'electron'), '');
    expect(probeElectron(dir, {})).toMatchObject({ binaryExists: true, binary: path.join(dir, 'dist', 'electron') });
  });

  it('does not accept a directory or an escaping path as the binary', async () => {
    await mkdir(path.join(dir, 'dist', 'electron'), { recursive: true });
    await writeFile(path.join(dir, 'path.txt'), 'electron');
    expect(probeElectron(dir, {}).binaryExists).toBe(false);
    await writeFile(path.join(dir, 'path.txt'), '../path.txt');
    expect(probeElectron(dir, {})).toMatchObject({ binary: null, binaryExists: false });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH', async () => {
    const override = path.join(dir, 'custom');
    await mkdir(override);
    await writeFile(path.join(override, 'electron'), '');
    await writeFile(path.join(dir, 'path.txt'), 'electron');
    expect(probeElectron(dir, { ELECTRON_OVERRIDE_DIST_PATH: override })).toMatchObject({
      binaryExists: true,
      binary: path.join(override, 'electron'),
    });
  });

  it('downloadElectron reports a failing install.js with a short reason', async () => {
    await writeFile(
      path.join(dir, 'install.js'),
      "console.error('TypeError: fetch failed\\n    at node:internal/deps/undici:1:1'); process.exit(1);",
    );
    await expect(downloadElectron(dir, 10_000)).resolves.toEqual({ ok: false, reason: 'fetch failed' });
  });

  it('downloadElectron stops a hanging install.js at the timeout', async () => {
    await writeFile(path.join(dir, 'install.js'), 'setInterval(() => {}, 1000);');
    await expect(downloadElectron(dir, 300)).resolves.toEqual({ ok: false, reason: 'the download timed out after 300 ms' });
  });

  it('downloadElectron succeeds when install.js exits 0', async () => {
    await writeFile(path.join(dir, 'install.js'), 'process.exit(0);');
    await expect(downloadElectron(dir, 10_000)).resolves.toEqual({ ok: true });
  });
});

describe('summariseDownloadFailure', () => {
  it('keeps the network error line', () => {
    const output = [
      'RequestError: getaddrinfo ENOTFOUND github.com',
      '    at ClientRequest.<anonymous> (node_modules/got/source/request-as-event-emitter.js:178:14)',
    ].join('\n');
    expect(summariseDownloadFailure(output, { exitCode: 1 })).toBe('getaddrinfo ENOTFOUND github.com');
  });

  it('uses the error message of the offline fetch failure seen on this machine', () => {
    const output = [
      'TypeError: fetch failed',
      '    at node:internal/deps/undici/undici:14976:13',
      '    at async FetchDownloader.download (file:///work/main/node_modules/@electron/get/dist/FetchDownloader.js:46:30)',
    ].join('\n');
    expect(summariseDownloadFailure(output, { exitCode: 1 })).toBe('fetch failed');
  });

  it('reports timeouts and silent failures', () => {
    expect(summariseDownloadFailure('', { exitCode: null, timedOutAfterMs: 120_000 })).toBe(
      'the download timed out after 120 s',
    );
    expect(summariseDownloadFailure('\n\n', { exitCode: 3 })).toBe('install.js exited with code 3');
  });

  it('is one short line', () => {
    const reason = summariseDownloadFailure(`Error: ${'x'.repeat(500)}`, { exitCode: 1 });
    expect(reason.length).toBeLessThanOrEqual(160);
    expect(reason).not.toContain('\n');
  });
});

describe('browserFallbackMessage', () => {
  it('is the one line npm start prints', () => {
    const message = browserFallbackMessage('fetch failed');
    expect(message).toBe(
      'Electron is not available on this machine (its binary could not be downloaded: fetch failed). ' +
        'Starting the same app in your browser instead: npm run web',
    );
    expect(message).not.toContain('\n');
  });
});
