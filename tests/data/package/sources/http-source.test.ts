import { strToU8, zipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHttpPackageSource, openHttpPackage } from '../../../../data/package/sources/http-source';

const BASE = 'http://127.0.0.1:5174/__package/';

/** A fetch that serves `files` under BASE (with `__files.json` listing them) and counts its calls. */
function serve(files: Record<string, Uint8Array>): string[] {
  const calls: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    calls.push(url);
    const name = decodeURIComponent(url.slice(BASE.length));
    if (name === '__files.json') return new Response(JSON.stringify(Object.keys(files)));
    const bytes = files[name];
    return bytes ? new Response(bytes as BodyInit) : new Response('no', { status: 404, statusText: 'Not Found' });
  });
  return calls;
}

afterEach(() => vi.unstubAllGlobals());

describe('createHttpPackageSource: the web server’s package, opened on first use', () => {
  it('fetches nothing until it is listed or read, then lists and reads a folder package', async () => {
    const calls = serve({ 'datapackage.json': strToU8('{}'), 'areas/wijk en sector.geojson': strToU8('[]') });
    const source = createHttpPackageSource({ kind: 'http', label: 'kortrijk', base: BASE, zip: false });
    expect(source.location).toEqual({ kind: 'http', label: 'kortrijk', base: BASE, zip: false });
    expect(calls).toEqual([]);
    expect(await source.list()).toEqual(['datapackage.json', 'areas/wijk en sector.geojson']);
    expect(new TextDecoder().decode(await source.read('areas/wijk en sector.geojson'))).toBe('[]');
    expect(calls).toEqual([`${BASE}__files.json`, `${BASE}areas/wijk%20en%20sector.geojson`]); // listed once
  });

  it('unpacks a .zip the server publishes as one file named by the label', async () => {
    serve({ 'kortrijk.zip': zipSync({ 'kortrijk/datapackage.json': strToU8('{"a":1}') }) });
    const source = await openHttpPackage({ kind: 'http', label: 'kortrijk.zip', base: BASE, zip: true });
    expect(await source.list()).toEqual(['kortrijk/datapackage.json']);
    expect(new TextDecoder().decode(await source.read('kortrijk/datapackage.json'))).toBe('{"a":1}');
  });

  it('rejects when the server does not list the package, and tries again on the next use', async () => {
    vi.stubGlobal('fetch', async () => new Response('', { status: 500, statusText: 'Server Error' }));
    const source = createHttpPackageSource({ kind: 'http', label: 'kortrijk', base: BASE, zip: false });
    await expect(source.list()).rejects.toThrow(/did not list the package \(500/);
    serve({ 'datapackage.json': strToU8('{}') });
    expect(await source.list()).toEqual(['datapackage.json']);
  });
});
