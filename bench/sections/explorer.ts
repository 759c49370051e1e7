/**
 * Explorer section: how fast the map follows the controls. In headless Chromium (SwiftShader WebGL), on
 * Kortrijk and on 19,790 synthetic Belgian sectors imported through the real pipeline: time from the change
 * of the indicator or classification control to the next frame the map renders with the new colours
 * (`wijkzicht:recoloured`, marked by MapView on the first render after the feature states are applied).
 * In Node: exact Jenks (ckmeans) on the 19,790 sector densities.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ckmeans } from 'simple-statistics';
import { classifyNaturalBreaks } from '../../geo/classification';
import { serveRenderer } from '../../scripts/serve-renderer';
import { CHROMIUM_ARGS, findChromium } from '../../tests/e2e/support/find-chromium';
import { buildProductionRenderer, median, printSection, timeIt, type Figure } from '../bench-kit';
import { buildScalePackage } from './build-scale-package';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const SHARED = path.resolve(ROOT, '..', 'shared', 'data');
const KORTRIJK = path.join(SHARED, 'kortrijk');
const SECTORS = path.join(SHARED, 'scale', 'belgium_sectors_SYNTHETIC_voronoi.geojson');

function jenksFigures(): Figure[] {
  const collection = JSON.parse(readFileSync(SECTORS, 'utf8')) as { features: { properties: { density_per_km2: number } }[] };
  const values = collection.features.map((f) => f.properties.density_per_km2);
  const figures: Figure[] = [];
  const time = (label: string, run: (classes: number) => unknown) => {
    for (const classes of [5, 9]) {
      const cold = performance.now();
      run(classes);
      const coldMs = performance.now() - cold;
      const warm: number[] = [];
      for (let i = 0; i < 7; i++) {
        const t0 = performance.now();
        run(classes);
        warm.push(performance.now() - t0);
      }
      figures.push({ name: `${label}, ${values.length} values, ${classes} classes, first run`, value: coldMs, unit: 'ms', target: '≤ 30 ms' });
      figures.push({ name: `${label}, ${values.length} values, ${classes} classes, median of 7`, value: median(warm), unit: 'ms', target: '≤ 30 ms' });
    }
  };
  time('Jenks, classifyNaturalBreaks (typed-array ckmeans)', (k) => classifyNaturalBreaks(values, k));
  // The reference it replaced, for comparison (same groups: tests/geo/cluster-ckmeans.test.ts).
  time('Jenks, simple-statistics ckmeans (reference)', (k) => ckmeans(values, k));
  return figures;
}

/**
 * Changes a <select> as a click would; resolves with ms from the change to the colouring being ready (data
 * queried, classes computed) and to the next frame the map rendered with it.
 */
async function timeSwitch(page: Page, testId: string, value: string): Promise<{ ready: number; frame: number; t0: number }> {
  return page.evaluate(
    async ({ testId, value }) => {
      const select = document.querySelector<HTMLSelectElement>(`[data-testid="${testId}"]`);
      if (!select) throw new Error(`no control ${testId}`);
      const t0 = performance.now();
      const frame = new Promise<{ ready: number; frame: number; t0: number }>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no recoloured frame after ${testId} = ${value}`)), 30_000);
        const observer = new PerformanceObserver(() => {
          // (No named helper functions in here: tsx would wrap them in a `__name` the page does not have.)
          const mark = performance.getEntriesByName('wijkzicht:recoloured').find((e) => e.startTime >= t0);
          if (!mark) return;
          clearTimeout(timer);
          observer.disconnect();
          const ready = performance.getEntriesByName('wijkzicht:colouring-ready').find((e) => e.startTime >= t0);
          resolve({ ready: (ready?.startTime ?? Number.NaN) - t0, frame: mark.startTime - t0, t0 });
        });
        observer.observe({ type: 'mark' });
      });
      const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!;
      setter.call(select, value);
      select.dispatchEvent(new Event('change', { bubbles: true }));
      return frame;
    },
    { testId, value },
  );
}

async function optionValues(page: Page, testId: string): Promise<string[]> {
  return page.$$eval(`[data-testid="${testId}"] option`, (options) => options.map((o) => (o as HTMLOptionElement).value).filter((v) => v !== ''));
}

/**
 * Waits until the map is idle and the compositor is at rest: three animation frames in a row come at the
 * display's pace (≤ 25 ms apart), so the GPU has drawn its last frame. A switch is timed from a map at rest.
 * Resolves with the page's clock (performance.now) at the frame after which the frames came at pace: the
 * moment the last slow frame was drawn.
 * Under SwiftShader a frame of 19,790 polygons (or one with the suppression hatch) takes up to most of a
 * second of software rasterisation, which a real GPU does in milliseconds; timing from a busy GPU would
 * measure that instead (it is what the "worst" figures show when the wait is too short).
 */
export async function settle(page: Page, options: { readonly appMap?: boolean } = {}): Promise<number> {
  // (`appMap: false` for a page without the app, e.g. a floor page: only the compositor's rest is waited for.)
  if (options.appMap !== false) await page.waitForFunction(() => document.documentElement.dataset.mapState === 'idle', null, { timeout: 60_000, polling: 20 });
  // (A string, not a function: tsx would wrap the named inner function in a `__name` the page lacks.)
  return page.evaluate(`new Promise((resolve) => {
    const started = performance.now();
    let last = started;
    let calm = 0;
    let restAt = started;
    const tick = (now) => {
      if (now - last <= 25) calm += 1;
      else {
        calm = 0;
        restAt = now;
      }
      last = now;
      if (calm >= 3 || now - started > 5000) resolve(restAt);
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })`);
}

/**
 * Cycles through `values` three times. The first round queries DuckDB (for an indicator switch); later rounds
 * find the values in the per-package memo, as a user going back and forth does.
 */
async function switchFigures(page: Page, label: string, testId: string, values: readonly string[], target: string): Promise<Figure[]> {
  const times: { ready: number; frame: number; rest: number }[] = [];
  for (let i = 0; i < values.length * 3; i++) {
    const { t0, ...time } = await timeSwitch(page, testId, values[(i + 1) % values.length]!);
    times.push({ ...time, rest: (await settle(page)) - t0 });
  }
  if (process.env.WIJKZICHT_BENCH_VERBOSE) console.log(`  ${label}: every switch (ready / frame, ms):`, times.map((t) => `${t.ready.toFixed(0)}/${t.frame.toFixed(0)}`).join(' '));
  const first = times.slice(0, values.length);
  const again = times.slice(values.length);
  return [
    { name: `${label}: first round, colours ready`, value: median(first.map((t) => t.ready)), unit: 'ms' },
    { name: `${label}: first round, next frame`, value: median(first.map((t) => t.frame)), unit: 'ms', target },
    { name: `${label}: again, colours ready`, value: median(again.map((t) => t.ready)), unit: 'ms' },
    { name: `${label}: again, next frame (median)`, value: median(again.map((t) => t.frame)), unit: 'ms', target },
    { name: `${label}: again, next frame (worst)`, value: Math.max(...again.map((t) => t.frame)), unit: 'ms', target },
    // Includes the rasterisation of the new frame (in SwiftShader, on the CPU), which "next frame" does not.
    { name: `${label}: again, until frames come at pace again (median)`, value: median(again.map((t) => t.rest)), unit: 'ms' },
  ];
}

export async function browserFigures(name: string, url: string, target: string): Promise<Figure[]> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: findChromium()!, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(url);
    await page.waitForFunction(() => document.documentElement.dataset.mapState === 'idle', null, { timeout: 180_000, polling: 50 });
    await settle(page);
    const indicators = (await optionValues(page, 'indicator-select')).slice(0, 3);
    const first = await page.$eval('[data-testid="indicator-select"]', (s) => (s as HTMLSelectElement).value);
    const figures = await switchFigures(page, `${name}: indicator switch`, 'indicator-select', [first, ...indicators.filter((v) => v !== first)].slice(0, 3), target);
    const methods = ['quantile', 'natural-breaks', 'equal-interval'];
    figures.push(...(await switchFigures(page, `${name}: classification switch`, 'classification-select', methods, target)));
    return figures;
  } finally {
    await browser.close();
  }
}

export async function runExplorerBench(): Promise<void> {
  if (!existsSync(SECTORS)) {
    console.log(`\n## Explorer: SKIPPED (${SECTORS} is absent)`);
    return;
  }
  printSection('Classification in Node', jenksFigures());
  if (!findChromium()) {
    console.log('\n## Explorer in Chromium: SKIPPED (no Chromium; apt-get install -y chromium)');
    return;
  }
  await buildProductionRenderer();

  const scale = await timeIt(() => buildScalePackage(SECTORS));
  console.log(`\n  (scale package: ${scale.result.areas} areas imported in ${(scale.ms / 1000).toFixed(1)} s to ${scale.result.dir})`);
  const cases = [
    ...(existsSync(path.join(KORTRIJK, 'datapackage.json')) ? [{ name: 'Kortrijk', dir: KORTRIJK, target: '≤ 50 ms' }] : []),
    { name: `Belgium ${scale.result.areas} sectors (synthetic)`, dir: scale.result.dir, target: '≤ 100 ms' },
  ];
  const figures: Figure[] = [];
  try {
    for (const c of cases) {
      const { server, url } = await serveRenderer({ root: path.join(ROOT, 'dist', 'renderer'), packageDir: c.dir, port: 0 });
      try {
        figures.push(...(await browserFigures(c.name, url, c.target)));
      } finally {
        server.closeAllConnections();
        server.close();
      }
    }
  } finally {
    rmSync(path.dirname(scale.result.dir), { recursive: true, force: true });
  }
  printSection(`Explorer in headless Chromium: control change → next recoloured frame (medians; each switch from a map at rest)`, figures);
}
