import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/content-security-policy';
import { request as httpRequest } from 'node:http';
import { isLoopbackHost, isOwnOrigin, resolveUnder, serveRenderer } from '../../scripts/serve-renderer';

/** GET with a chosen Host header (fetch may not set it). */
function getWithHost(url: string, host: string, origin?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers: origin ? { host, origin } : { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('isLoopbackHost', () => {
  it('accepts the loopback names with the server port only', () => {
    expect(isLoopbackHost('127.0.0.1:8080', 8080)).toBe(true);
    expect(isLoopbackHost('LOCALHOST:8080', 8080)).toBe(true);
    expect(isLoopbackHost('[::1]:8080', 8080)).toBe(true);
    expect(isLoopbackHost('127.0.0.1:8081', 8080)).toBe(false);
    expect(isLoopbackHost('127.0.0.1', 8080)).toBe(false);
    expect(isLoopbackHost('localhost.evil.example:8080', 8080)).toBe(false);
    expect(isLoopbackHost(undefined, 8080)).toBe(false);
  });
});

describe('isOwnOrigin', () => {
  it('passes no origin and the own loopback origins, refuses every other', () => {
    expect(isOwnOrigin(undefined, 80)).toBe(true);
    expect(isOwnOrigin('http://localhost:80', 80)).toBe(true);
    expect(isOwnOrigin('null', 80)).toBe(false);
    expect(isOwnOrigin('http://127.0.0.1:81', 80)).toBe(false);
    expect(isOwnOrigin('https://127.0.0.1:80', 80)).toBe(false);
  });
});

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

  // What broke: `curl -H 'Host: evil.example' http://127.0.0.1:PORT/__package/indicators.csv` → 200, so a
  // page whose name was re-pointed at 127.0.0.1 (DNS rebinding) could read the open package.
  it('answers only to its own loopback names (no DNS rebinding)', async () => {
    const port = Number(new URL(url).port);
    expect(await getWithHost(`${url}__package/areas/w.geojson`, 'evil.example')).toBe(421);
    expect(await getWithHost(`${url}__package/areas/w.geojson`, `evil.example:${port}`)).toBe(421);
    expect(await getWithHost(`${url}__package/areas/w.geojson`, `localhost:${port}`)).toBe(200);
    expect(await getWithHost(`${url}__package/areas/w.geojson`, `127.0.0.1:${port}`)).toBe(200);
    expect(await getWithHost(`${url}__package/areas/w.geojson`, `127.0.0.1:${port}`, `http://127.0.0.1:${port}`)).toBe(200);
    expect(await getWithHost(`${url}__package/areas/w.geojson`, `127.0.0.1:${port}`, 'https://evil.example')).toBe(403);
    expect(await getWithHost(`${url}__package/areas/w.geojson`, `127.0.0.1:${port}`, `http://127.0.0.1:${port + 1}`)).toBe(403);
  });
});
