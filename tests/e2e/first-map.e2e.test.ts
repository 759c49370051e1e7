import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoPackage } from '../../data/demo/generate-demo-package';
import type { LoadedPackage } from '../../data/package/model';
import { packageText, provenanceTexts } from '../../data/package/package-text';
import { findInteriorPoint } from '../../geo/geometry/find-interior-point';
import { PROJECT_ROOT } from '../helpers/shared-data';
import { startAppServer } from './support/app-server';
import { launchBrowser, openTrackedPage, waitForMapIdle } from './support/browser';
import { e2eSuite } from './support/e2e-gate';
import { loadTruth, PACKAGE_TARGETS } from './support/package-targets';
import { areaColours } from './support/explorer-session';
import { colourDistance, cssToHex, projectToPage, renderedFeatureIds } from './support/map-probes';

const SHOTS = path.join(PROJECT_ROOT, 'test-results', 'e2e');

const targets = PACKAGE_TARGETS;

async function shot(page: Page, name: string) {
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

for (const { name, dir, needs } of targets) describe(`first map of ${name} in Chromium`, e2eSuite(needs), () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startAppServer>>;
  let page: Page;
  let external: string[];
  let errors: string[];
  let truth: LoadedPackage;

  beforeAll(async () => {
    truth = await loadTruth(dir);
    server = await startAppServer(dir);
    browser = await launchBrowser();
    ({ page, external, errors } = await openTrackedPage(browser, server.origin));
    await page.goto(server.url);
    await waitForMapIdle(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('renders every wijk with at least 3 distinct class colours that match the legend', async () => {
    const wijken = truth.levels.find((l) => l.level === 'wijk')!.areas.features;
    expect(await renderedFeatureIds(page, 'area-fill')).toEqual(wijken.map((f) => f.properties.code).sort());
    // Sampled once the screen is stable with the overlays hidden: the analysis run started at opening can land
    // after the first idle and show the overlays again (CI read a territory label's halo: 69 from any class).
    const colours = await areaColours(page, wijken);
    const legend = await page.$$eval('[data-testid="legend-entry"] .swatch', (els) => els.map((e) => getComputedStyle(e).backgroundColor));
    const legendHex = legend.map(cssToHex);
    expect(legendHex.length).toBeGreaterThanOrEqual(3);
    // Every sampled area colour is one of the legend's class colours (allowing for outline antialiasing).
    colours.forEach((colour, i) => {
      const nearest = Math.min(...legendHex.map((l) => colourDistance(l, colour)));
      expect(nearest, `${wijken[i]!.properties.code} is ${colour}, legend ${legendHex.join(' ')}`).toBeLessThan(6);
    });
    const distinct = new Set(colours.map((c) => legendHex.reduce((best, l) => (colourDistance(l, c) < colourDistance(best, c) ? l : best))));
    expect(distinct.size).toBeGreaterThanOrEqual(3);
    await shot(page, `first-map-${name}`);
  });

  it('draws the areas as soon as the package is read, before their colours come from DuckDB', async () => {
    const marks = await page.evaluate(() =>
      Object.fromEntries(['wijkzicht:first-geometry', 'wijkzicht:first-map-paint', 'wijkzicht:colouring-ready', 'wijkzicht:map-idle'].map((n) => [n, performance.getEntriesByName(n)[0]?.startTime ?? null])),
    );
    const geometry = marks['wijkzicht:first-geometry'];
    expect(geometry, JSON.stringify(marks)).not.toBeNull();
    expect(await page.getAttribute('html', 'data-map-geometry')).toBe('drawn');
    // A frame of uncoloured areas came first: before the colours were computed and before they were drawn.
    expect(geometry!, JSON.stringify(marks)).toBeLessThan(marks['wijkzicht:colouring-ready']!);
    expect(geometry!, JSON.stringify(marks)).toBeLessThan(marks['wijkzicht:first-map-paint']!);
    expect(marks['wijkzicht:first-map-paint']!).toBeLessThanOrEqual(marks['wijkzicht:map-idle']!);
  });

  it('draws the centres as labelled points and the team territories as outlines', async () => {
    expect(await renderedFeatureIds(page, 'centre-circle')).toHaveLength(truth.centres.length);
    expect((await renderedFeatureIds(page, 'territory-line')).length).toBe(truth.teams.length);
    expect((await renderedFeatureIds(page, 'centre-label')).length).toBeGreaterThan(0);
  });

  it('shows a legend with class ranges and counts that add up to the areas', async () => {
    const counts = await page.$$eval('[data-testid="legend-entry"] .count, [data-testid="legend-nodata"] .count, [data-testid="legend-suppressed"] .count', (els) =>
      els.map((e) => Number(e.textContent.replace(/[^\d]/g, ''))),
    );
    expect(counts.reduce((a, b) => a + b, 0)).toBe(truth.levels.find((l) => l.level === 'wijk')!.areas.features.length);
    await expect(page.textContent('[data-testid="legend"] h2')).resolves.toMatch(/per 1\.000/);
  });

  it('shows a tooltip with the area name on hover', async () => {
    const wijk = truth.levels.find((l) => l.level === 'wijk')!.areas.features[3]!;
    const [position] = await projectToPage(page, [findInteriorPoint(wijk.geometry)]);
    await page.mouse.move(position!.x, position!.y);
    const tooltip = page.locator('[data-testid="map-tooltip"]');
    await tooltip.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await tooltip.textContent()).toContain(wijk.properties.name);
    await page.mouse.move(5, 5);
  });

  it('says the data is synthetic (and fictional for the demo), with an attribution from the package', async () => {
    await expect(page.isVisible('[data-testid="badge-synthetic"]')).resolves.toBe(true);
    if (!dir) await expect(page.isVisible('[data-testid="badge-fictional"]')).resolves.toBe(true);
    const attribution = await page.textContent('[data-testid="attribution"]');
    // The UI opens in Dutch: the source lines in Dutch where the package gives them (Demostad does).
    for (const source of provenanceTexts(truth.provenance, 'nl').sources) expect(attribution).toContain(source);
    const title = await page.textContent('[data-testid="package-title"]');
    expect(title).toBe(packageText(truth.descriptor, 'nl'));
    if (!dir) {
      expect(title).toBe('Demostad (fictief) — demonstratiepakket');
      expect(`${title} ${attribution}`).not.toMatch(/\b(fictional|demo town|package)\b/i);
    }
  });

  it('recolours when the level changes: all sectors rendered', async () => {
    await page.selectOption('[data-testid="level-select"]', truth.baseLevel);
    await waitForMapIdle(page, { level: truth.baseLevel });
    const base = truth.levels.find((l) => l.level === truth.baseLevel)!.areas.features;
    expect(await renderedFeatureIds(page, 'area-fill')).toHaveLength(base.length);
    await shot(page, `sectors-${name}`);
    await page.selectOption('[data-testid="level-select"]', 'wijk');
    await waitForMapIdle(page, { level: 'wijk' });
  });

  it('made no request outside 127.0.0.1 and logged no errors', () => {
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('opening a broken package in the browser', e2eSuite(), () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startAppServer>>;

  beforeAll(async () => {
    server = await startAppServer(null);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lists the problems with file, row and field, and keeps the map that was open', async () => {
    const { page, external } = await openTrackedPage(browser, server.origin);
    await page.goto(server.url);
    await waitForMapIdle(page);
    const before = await page.textContent('[data-testid="package-title"]');
    const files = new Map(generateDemoPackage().files);
    const indicators = files.get('indicators.csv')!.split('\n');
    indicators[4] = indicators[4]!.replace(/,[^,]*$/, ',veel');
    files.set('indicators.csv', indicators.join('\n'));
    const zipPath = path.join(os.tmpdir(), `wijkzicht-broken-${process.pid}.zip`);
    await writeFile(zipPath, zipSync(Object.fromEntries([...files].map(([p, c]) => [p, strToU8(c)]))));
    await page.setInputFiles('[data-testid="zip-input"]', zipPath);
    const dialog = page.locator('[data-testid="problems-dialog"]');
    await dialog.waitFor({ state: 'visible' });
    const text = await dialog.textContent();
    expect(text).toContain('indicators.csv, rij 5, veld value');
    expect(text).toContain('"veel"');
    await shot(page, 'broken-package-problems');
    await page.click('[data-testid="problems-dialog"] button');
    expect(await page.textContent('[data-testid="package-title"]')).toBe(before);
    expect(await renderedFeatureIds(page, 'area-fill')).not.toHaveLength(0);
    expect(external).toEqual([]);
  });
});
