import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppFileHandler, mimeTypeFor, resolveAppPath } from '../../../electron/main/app-files';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/content-security-policy';

let base: string;
let root: string;
let handler: (request: Request) => Promise<Response>;

beforeAll(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'wijkzicht-app-files-'));
  root = path.join(base, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Wijkzicht</title>');
  await writeFile(path.join(root, 'assets', 'duckdb-eh.wasm'), new Uint8Array([0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
  await writeFile(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(path.join(root, 'assets', 'naam met spatie.json'), '{"a":1}');
  await writeFile(path.join(base, 'secret.txt'), 'top secret');
  handler = createAppFileHandler(root);
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

const get = (url: string, method = 'GET'): Promise<Response> => handler(new Request(url, { method }));

describe('mimeTypeFor', () => {
  it('knows the types the renderer build needs', () => {
    expect(mimeTypeFor('index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('a.js')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('worker.mjs')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('style.css')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('data.json')).toBe('application/json; charset=utf-8');
    expect(mimeTypeFor('duckdb-eh.wasm')).toBe('application/wasm');
    expect(mimeTypeFor('DUCKDB.WASM')).toBe('application/wasm');
    expect(mimeTypeFor('logo.png')).toBe('image/png');
    expect(mimeTypeFor('logo.svg')).toBe('image/svg+xml');
    expect(mimeTypeFor('font.woff')).toBe('font/woff');
    expect(mimeTypeFor('font.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('index.js.map')).toBe('application/json; charset=utf-8');
    expect(mimeTypeFor('LICENSE.txt')).toBe('text/plain; charset=utf-8');
    expect(mimeTypeFor('unknown.bin')).toBe('application/octet-stream');
  });
});

describe('resolveAppPath', () => {
  it('maps / to index.html and keeps paths inside the root', () => {
    expect(resolveAppPath(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, '')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, '/assets/index-abc.js')).toBe(path.join(root, 'assets', 'index-abc.js'));
    expect(resolveAppPath(root, '/assets/naam%20met%20spatie.json')).toBe(
      path.join(root, 'assets', 'naam met spatie.json'),
    );
  });

  it('refuses traversal, encoded traversal, backslashes, NUL and bad escapes', () => {
    for (const pathname of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/..%2Fsecret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%5C..%5Csecret.txt',
      '/assets\\..\\..\\secret.txt',
      '/index.html%00.png',
      '/%E0%A4%A',
      '/./index.html',
    ]) {
      expect(resolveAppPath(root, pathname), pathname).toBeNull();
    }
  });
});

describe('createAppFileHandler', () => {
  it('serves index.html with the CSP header', async () => {
    const response = await get('app://wijkzicht/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Wijkzicht</title>');
  });

  it('serves wasm as application/wasm with the exact bytes', async () => {
    const response = await get('app://wijkzicht/assets/duckdb-eh.wasm');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/wasm');
    expect(response.headers.get('content-length')).toBe('8');
    expect([...new Uint8Array(await response.arrayBuffer())]).toEqual([0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0]);
  });

  it('answers HEAD without a body', async () => {
    const response = await get('app://wijkzicht/assets/index-abc.js', 'HEAD');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('');
  });

  it('returns 404 (with CSP) for missing files, folders and escapes', async () => {
    for (const url of [
      'app://wijkzicht/missing.js',
      'app://wijkzicht/assets',
      'app://wijkzicht/..%2Fsecret.txt',
      'app://wijkzicht/assets/..%2F..%2Fsecret.txt',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(await response.text()).not.toContain('top secret');
    }
  });

  it('refuses other hosts and methods', async () => {
    const otherHost = await get('app://evil/index.html');
    expect(otherHost.status).toBe(403);
    expect(otherHost.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect((await get('app://wijkzicht:81/index.html')).status).toBe(403);
    const post = await handler(new Request('app://wijkzicht/index.html', { method: 'POST', body: 'x' }));
    expect(post.status).toBe(405);
  });
});
