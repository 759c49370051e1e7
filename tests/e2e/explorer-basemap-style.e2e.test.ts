/**
 * A basemap from a style URL (on the demo package, in Chromium): blocked by default since the app is
 * offline, loaded and credited once the server is allowed.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeServer, startAppServer } from './support/app-server';
import { launchBrowser, openTrackedPage, waitForMapIdle } from './support/browser';
import { e2eSuite } from './support/e2e-gate';
import { shot } from './support/explorer-session';

/** A second local "tile server" with a MapLibre style whose GeoJSON comes from the same server. */
async function startStyleServer(): Promise<{ origin: string; server: Server }> {
  const land = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[3.1, 50.7], [3.45, 50.7], [3.45, 50.95], [3.1, 50.95], [3.1, 50.7]]] } }] };
  const style = { version: 8, sources: { land: { type: 'geojson', data: 'land.geojson', attribution: 'Test tiles © nobody' } }, layers: [{ id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': '#f3e9d2' } }] };
  const server = createServer((req, res) => {
    const body = req.url?.endsWith('land.geojson') ? land : req.url?.endsWith('style.json') ? style : null;
    res.writeHead(body ? 200 : 404, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
    res.end(body ? JSON.stringify(body) : '{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe('basemap from a style URL', e2eSuite(), () => {
  let browser: Browser;
  let tiles: Awaited<ReturnType<typeof startStyleServer>>;
  beforeAll(async () => {
    tiles = await startStyleServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    if (tiles) await closeServer(tiles.server);
  });

  async function tryStyle(basemapOrigins: string[]) {
    const app = await startAppServer(null, { basemapOrigins });
    const { page, errors } = await openTrackedPage(browser, app.origin);
    await page.goto(app.url);
    await waitForMapIdle(page);
    await page.click('[data-testid="tab-layers"]');
    await page.fill('[data-testid="basemap-style-url"]', `${tiles.origin}/style.json`);
    await page.click('[data-testid="basemap-style-url-load"]');
    return { app, page, errors };
  }

  it('is blocked by default (offline app): the user is told how to allow the server', async () => {
    const { app, page } = await tryStyle([]);
    const error = await page.waitForSelector('[data-testid="basemap-error"]', { timeout: 20_000 });
    expect(await error.textContent()).toMatch(/--basemap-origin|WIJKZICHT_BASEMAP_ORIGINS/);
    await shot(page, 'basemap-style-blocked');
    await page.close();
    await app.close();
  });

  it('loads when the server is allowed, and credits it', async () => {
    const { app, page, errors } = await tryStyle([tiles.origin]);
    await page.waitForSelector('[data-testid="basemap-current"]', { timeout: 20_000 });
    await page.waitForFunction(() => window.__wijkzichtMap!.getStyle().layers.some((l) => l.id.startsWith('basemap-') && l.type === 'fill'));
    await page.waitForFunction(() => document.documentElement.dataset.mapState === 'idle');
    expect(await page.textContent('[data-testid="basemap-attribution"]')).toContain('Test tiles');
    await shot(page, 'basemap-style-allowed');
    expect(errors).toEqual([]);
    await page.close();
    await app.close();
  });
});
