/**
 * Cold start against floors taken in the same run (issue 16.4): the app's first geometry (its areas drawn
 * before their colours, issue 16.1), first coloured map and map idle from navigation, beside two minimal
 * pages served the same way to the same headless Chromium —
 * - the MapLibre floor: MapLibre alone painting the same base-level polygons (one fill, one line layer), its
 *   canvas made with the app's own WebGL context attributes (`mapCanvasAttributes`: no antialiasing and no kept
 *   drawing buffer on software WebGL), so that the ratio compares like with like;
 * - the DuckDB floor: the same duckdb-eh.wasm started in its worker and answering `SELECT 1`.
 * Loads alternate app, MapLibre floor, DuckDB floor (5 rounds), so that a busy machine slows all three
 * alike; the ratios (`firstMapOverFloor` = first coloured map ÷ MapLibre floor paint) are what to compare
 * between runs. Issue 16's target: firstMapOverFloor ≤ 1.3 on Kortrijk.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { generateDemoPackage } from '../../data/demo';
import { createMemorySource, readPackage, type PackageFileSource } from '../../data/package';
import { openNodePackageSource } from '../../data/package/sources/node-folder-source';
import { serveRenderer } from '../../scripts/serve-renderer';
import { CHROMIUM_ARGS, findChromium } from '../../tests/e2e/support/find-chromium';
import { buildProductionRenderer, median, printSection, type Figure } from '../bench-kit';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const KORTRIJK = path.resolve(ROOT, '..', 'shared', 'data', 'kortrijk');
const ROUNDS = 5;
const VIEWPORT = { width: 1400, height: 900 };

const FILES: Readonly<Record<string, { file: string; type: string }>> = {
  '/maplibre-gl-worker.mjs': { file: 'node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs', type: 'text/javascript' },
  '/duckdb-browser-eh.worker.js': { file: 'node_modules/@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js', type: 'text/javascript' },
  '/duckdb-eh.wasm': { file: 'node_modules/@duckdb/duckdb-wasm/dist/duckdb-eh.wasm', type: 'application/wasm' },
};

const MAPLIBRE_PAGE = `<!doctype html><html><head><meta charset="utf-8"><style>html,body,#map{margin:0;height:100%}</style></head>
<body><div id="map"></div><script type="module" src="/maplibre-floor.js"></script></body></html>`;

const MAPLIBRE_SCRIPT = `
import * as maplibregl from 'maplibre-gl';
import { mapCanvasAttributes } from './renderer/map/map-canvas-attributes.ts';
maplibregl.setWorkerUrl('/maplibre-gl-worker.mjs');
const areas = await (await fetch('/areas.geojson')).json();
let west = 180, south = 90, east = -180, north = -90;
const walk = (c) => (typeof c[0] === 'number' ? ((west = Math.min(west, c[0])), (east = Math.max(east, c[0])), (south = Math.min(south, c[1])), (north = Math.max(north, c[1]))) : c.forEach(walk));
areas.features.forEach((f) => walk(f.geometry.coordinates));
const map = new maplibregl.Map({ container: 'map', attributionControl: false, bounds: [west, south, east, north], fitBoundsOptions: { padding: 24 },
  canvasContextAttributes: mapCanvasAttributes(),
  style: { version: 8, sources: { areas: { type: 'geojson', data: areas } }, layers: [
    { id: 'bg', type: 'background', paint: { 'background-color': '#f4f1ea' } },
    { id: 'fill', type: 'fill', source: 'areas', paint: { 'fill-color': '#fc8d59' } },
    { id: 'line', type: 'line', source: 'areas', paint: { 'line-color': '#ffffff', 'line-width': 0.8 } }] } });
map.on('render', () => { if (!performance.getEntriesByName('floor:paint').length && map.queryRenderedFeatures({ layers: ['fill'] }).length) performance.mark('floor:paint'); });
map.on('idle', () => { if (!performance.getEntriesByName('floor:idle').length) performance.mark('floor:idle'); });
window.__floorMap = map; // the interactions section recolours it (its recolour floor)
`;

const DUCKDB_PAGE = `<!doctype html><html><head><meta charset="utf-8"></head><body><script type="module" src="/duckdb-floor.js"></script></body></html>`;

const DUCKDB_SCRIPT = `
import * as duckdb from '@duckdb/duckdb-wasm';
const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), new Worker('/duckdb-browser-eh.worker.js'));
await db.instantiate(new URL('/duckdb-eh.wasm', location.href).href);
const connection = await db.connect();
await connection.query('SELECT 1');
performance.mark('floor:duckdb-ready');
`;

/** A floor page's script bundled as the app is (minified ESM), from node_modules: no CDN, no network. */
async function bundle(contents: string): Promise<string> {
  const { build: esbuild } = await import('esbuild');
  const result = await esbuild({ stdin: { contents, resolveDir: ROOT, loader: 'js' }, bundle: true, format: 'esm', minify: true, write: false, logLevel: 'silent' });
  return result.outputFiles[0]!.text;
}

/** Serves the two floor pages, the MapLibre and DuckDB files from node_modules, and the areas as GeoJSON. */
export async function serveFloors(areas: string): Promise<{ server: Server; origin: string }> {
  const scripts: Record<string, string> = { '/maplibre-floor.js': await bundle(MAPLIBRE_SCRIPT), '/duckdb-floor.js': await bundle(DUCKDB_SCRIPT) };
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost').pathname;
    const page = url === '/maplibre.html' ? MAPLIBRE_PAGE : url === '/duckdb.html' ? DUCKDB_PAGE : null;
    if (page) return void response.writeHead(200, { 'content-type': 'text/html' }).end(page);
    const script = scripts[url];
    if (script) return void response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    if (url === '/areas.geojson') return void response.writeHead(200, { 'content-type': 'application/geo+json' }).end(areas);
    const asset = FILES[url];
    if (!asset) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': asset.type }).end(readFileSync(path.join(ROOT, asset.file)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('floor server has no port');
  return { server, origin: `http://127.0.0.1:${address.port}` };
}

/** The startTime of each of `marks` after loading `url` in a fresh page (waits for the last of them). */
async function marksOf(browser: Browser, url: string, marks: readonly string[]): Promise<number[]> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  const failures: string[] = [];
  try {
    page.on('pageerror', (e) => failures.push(e.message));
    page.on('console', (m) => void (m.type() === 'error' && failures.push(m.text())));
    await page.goto(url);
    await page.waitForFunction((names) => names.every((n) => performance.getEntriesByName(n).length > 0), marks, { timeout: 120_000, polling: 50 });
    return await page.evaluate((names) => names.map((n) => performance.getEntriesByName(n)[0]!.startTime), marks);
  } catch (error) {
    throw new Error(`${url} gave no ${marks.join(', ')}${failures.length ? `: ${failures.join('; ')}` : ''}`, { cause: error });
  } finally {
    await page.close();
  }
}

interface Case {
  readonly name: string;
  readonly dir: string | null;
  source(): Promise<PackageFileSource>;
}

async function caseFigures(browser: Browser, c: Case): Promise<Figure[]> {
  const read = await readPackage(await c.source());
  if (!read.ok) throw new Error(`${c.name} does not read`);
  const pkg = read.pkg;
  const base = pkg.levels.find((l) => l.level === pkg.baseLevel)!;
  const floors = await serveFloors(JSON.stringify(base.areas));
  const app = await serveRenderer({ root: path.join(ROOT, 'dist', 'renderer'), packageDir: c.dir, port: 0 });
  const times = { geometry: [] as number[], paint: [] as number[], idle: [] as number[], floorPaint: [] as number[], floorIdle: [] as number[], duckdb: [] as number[] };
  try {
    for (let round = 0; round < ROUNDS; round++) {
      const [geometry, paint, idle] = await marksOf(browser, app.url, ['wijkzicht:first-geometry', 'wijkzicht:first-map-paint', 'wijkzicht:map-idle']);
      times.geometry.push(geometry!);
      const [floorPaint, floorIdle] = await marksOf(browser, `${floors.origin}/maplibre.html`, ['floor:paint', 'floor:idle']);
      const [duckdb] = await marksOf(browser, `${floors.origin}/duckdb.html`, ['floor:duckdb-ready']);
      times.paint.push(paint!);
      times.idle.push(idle!);
      times.floorPaint.push(floorPaint!);
      times.floorIdle.push(floorIdle!);
      times.duckdb.push(duckdb!);
    }
  } finally {
    for (const server of [floors.server, app.server]) {
      server.closeAllConnections();
      server.close();
    }
  }
  const m = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)])) as Record<keyof typeof times, number>;
  const areas = `${base.areas.features.length} ${pkg.baseLevel} polygons`;
  return [
    { name: `${c.name}: first geometry, areas drawn before their colours (from navigation)`, value: m.geometry, unit: 'ms', key: `firstGeometryMs.${c.name}` },
    { name: `${c.name}: first coloured map (from navigation)`, value: m.paint, unit: 'ms' },
    { name: `${c.name}: map idle (from navigation)`, value: m.idle, unit: 'ms' },
    { name: `${c.name}: floor, MapLibre alone paints the ${areas}`, value: m.floorPaint, unit: 'ms' },
    { name: `${c.name}: floor, MapLibre alone idle`, value: m.floorIdle, unit: 'ms' },
    { name: `${c.name}: floor, DuckDB-WASM (EH) started, SELECT 1 answered`, value: m.duckdb, unit: 'ms' },
    { name: `${c.name}: firstMapOverFloor (first coloured map ÷ MapLibre floor paint)`, value: m.paint / m.floorPaint, unit: 'ratio', target: '≤ 1.3 (Kortrijk)', key: `firstMapOverFloor.${c.name}` },
    { name: `${c.name}: first geometry ÷ MapLibre floor paint`, value: m.geometry / m.floorPaint, unit: 'ratio', key: `firstGeometryOverFloor.${c.name}` },
    { name: `${c.name}: map idle ÷ MapLibre floor idle`, value: m.idle / m.floorIdle, unit: 'ratio' },
    { name: `${c.name}: first coloured map ÷ DuckDB floor`, value: m.paint / m.duckdb, unit: 'ratio' },
  ];
}

export async function runColdStartBench(): Promise<void> {
  if (!findChromium()) {
    console.log('\n## Cold start: SKIPPED (no Chromium; apt-get install -y chromium)');
    return;
  }
  await buildProductionRenderer();
  const cases: Case[] = [];
  if (existsSync(path.join(KORTRIJK, 'datapackage.json'))) cases.push({ name: 'Kortrijk', dir: KORTRIJK, source: () => openNodePackageSource(KORTRIJK) });
  else console.log(`  (Kortrijk skipped: ${KORTRIJK} is absent)`);
  cases.push({ name: 'Demostad', dir: null, source: async () => createMemorySource('Demostad', generateDemoPackage().files) });
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: findChromium()!, args: CHROMIUM_ARGS });
  const figures: Figure[] = [];
  try {
    for (const c of cases) figures.push(...(await caseFigures(browser, c)));
  } finally {
    await browser.close();
  }
  printSection(`Cold start against floors in the same run (headless Chromium, SwiftShader; median of ${ROUNDS} alternating loads)`, figures);
}
