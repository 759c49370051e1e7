import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/content-security-policy';
import { resolveUnder, serveRenderer } from '../../scripts/serve-renderer';

describe('resolveUnder', () => {
  it('keeps paths inside the root and refuses escapes', () => {
    expect(resolveUnder('/srv/app', 'assets/a.js')).toBe('/srv/app/assets/a.js');
    expect(resolveUnder('/srv/app', '../etc/passwd')).toBe('/srv/app/etc/passwd');
    expect(resolveUnder('/srv/app', '%2e%2e/%2e%2e/etc/passwd')).toBe('/srv/app/etc/passwd');
    expect(resolveUnder('/srv/app', 'a\u0000b')).toBeNull();
    expect(resolveUnder('/srv/app', '%E0%A4%A')).toBeNull();
  });
});

describe('serveRenderer', () => {
  let url: string;
  let close: () => void;
  beforeAll(async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'wz-root-'));
    await writeFile(path.join(root, 'index.html'), '<!doctype html><title>x</title>');
    const pkg = await mkdtemp(path.join(os.tmpdir(), 'wz-pkg-'));
    await mkdir(path.join(pkg, 'areas'));
    await writeFile(path.join(pkg, 'datapackage.json'), '{}');
    await writeFile(path.join(pkg, 'areas', 'w.geojson'), '{}');
    await writeFile(path.join(pkg, '.hidden'), 'secret');
    const served = await serveRenderer({ root, packageDir: pkg, port: 0 });
    url = served.url;
    close = () => {
      served.server.closeAllConnections();
      served.server.close();
    };
  });
  afterAll(() => close());

  it('binds to loopback and sends the app CSP', async () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const r = await fetch(url);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });
  it('publishes the package files and their list, nothing else', async () => {
    expect(await (await fetch(`${url}__package/__files.json`)).json()).toEqual(['areas/w.geojson', 'datapackage.json']);
    expect((await fetch(`${url}__package/areas/w.geojson`)).status).toBe(200);
    expect((await fetch(`${url}__package/.hidden`)).status).toBe(404);
    expect(await (await fetch(`${url}__wijkzicht/config.json`)).json()).toMatchObject({ package: { base: '/__package/', kind: 'folder' } });
  });
  it('refuses writes', async () => {
    expect((await fetch(url, { method: 'POST' })).status).toBe(405);
  });
});
