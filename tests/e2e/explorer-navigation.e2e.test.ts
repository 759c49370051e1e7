/**
 * Issue 14.8 in Chromium on Kortrijk (skipped, and said so, without ../shared) and the generated demo: a
 * searched area fits the map to its bounds, switches to its level, opens its factsheet and is named on the
 * map; a searched location fits its walking radius and is named with its team; *Hele gemeente* fits the
 * whole package; the indicator search clears once an indicator is chosen. The camera is read from
 * MapLibre (getBounds), the name from what MapLibre placed (queryRenderedFeatures), the truth from the
 * package read apart from the app.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoPackage } from '../../data/demo/generate-demo-package';
import type { LoadedPackage } from '../../data/package/model';
import { readPackage } from '../../data/package/read-package';
import { createMemorySource } from '../../data/package/sources/memory-source';
import { openNodePackageSource } from '../../data/package/sources/node-folder-source';
import { DEFAULT_ENGINE_SETTINGS } from '../../geo/analysis';
import { findDestinationPoint } from '../../geo/measure';
import { KORTRIJK_DIR } from '../helpers/shared-data';
import { openAppSession, type AppSession } from './support/app-session';
import { waitForMapIdle, waitForMapSettled } from './support/browser';
import { e2eSuite, type E2ENeeds } from './support/e2e-gate';
import { shot } from './support/explorer-session';

type Box = [number, number, number, number];

const targets: readonly { name: string; dir: string | null; needs: E2ENeeds }[] = [
  { name: 'Kortrijk', dir: KORTRIJK_DIR, needs: { kortrijk: true } },
  { name: 'Demostad', dir: null, needs: {} },
];

async function loadTruth(dir: string | null): Promise<LoadedPackage> {
  const source = dir ? await openNodePackageSource(dir) : createMemorySource('Demostad', generateDemoPackage().files);
  const result = await readPackage(source);
  if (!result.ok) throw new Error('test package does not read');
  return result.pkg;
}

/** The box around every position of some geometries (outer and inner rings alike). */
function boxOf(geometries: readonly LoadedPackage['levels'][number]['areas']['features'][number]['geometry'][]): Box {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const g of geometries) {
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    for (const ring of polygons.flat()) for (const [lon, lat] of ring) [box[0], box[1], box[2], box[3]] = [Math.min(box[0], lon!), Math.min(box[1], lat!), Math.max(box[2], lon!), Math.max(box[3], lat!)];
  }
  return box;
}

/** The map's bounds now [west, south, east, north], from MapLibre. */
async function mapBounds(page: Page): Promise<Box> {
  return page.evaluate(() => {
    const b = window.__wijkzichtMap!.getBounds();
    return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] as [number, number, number, number];
  });
}

/** The map shows all of `box`, and `box` fills at least `fill` of the map's width or height (it was fitted, not just inside). */
function expectFitted(view: Box, box: Box, fill = 0.55): void {
  const slack = 1e-6;
  expect(view[0], 'west').toBeLessThanOrEqual(box[0] + slack);
  expect(view[1], 'south').toBeLessThanOrEqual(box[1] + slack);
  expect(view[2], 'east').toBeGreaterThanOrEqual(box[2] - slack);
  expect(view[3], 'north').toBeGreaterThanOrEqual(box[3] - slack);
  const filled = Math.max((box[2] - box[0]) / (view[2] - view[0]), (box[3] - box[1]) / (view[3] - view[1]));
  expect(filled, `the box fills ${Math.round(filled * 100)}% of the map`).toBeGreaterThan(fill);
}

/** The names MapLibre placed in the search result's name layer. */
async function searchLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => [...new Set(window.__wijkzichtMap!.queryRenderedFeatures({ layers: ['search-result-label'] }).map((f) => String(f.properties?.label)))]);
}

/** Types `text` in the map search and clicks the option with these data attributes. */
async function searchAndPick(page: Page, text: string, option: string): Promise<void> {
  await page.fill('[data-testid="search-input"]', text);
  await page.waitForSelector(`[data-testid="search-option"]${option}`);
  await page.click(`[data-testid="search-option"]${option}`);
}

for (const { name, dir, needs } of targets) describe(`navigation of ${name} in Chromium`, e2eSuite(needs), () => {
  let session: AppSession;
  let truth: LoadedPackage;
  const page = () => session.page;

  beforeAll(async () => {
    truth = await loadTruth(dir);
    session = await openAppSession(dir, { width: 1440, height: 900 });
  });

  afterAll(async () => {
    await session?.close();
  });

  it('searches an area of another level: the map fits it at its level, its factsheet opens and its name is on the map', async () => {
    const shown = await page().inputValue('[data-testid="level-select"]');
    const level = truth.levels.find((l) => l.level !== shown && l.level !== 'team' && l.areas.features.length > 1)!;
    // The largest area of that level (by its box), so the fit is not capped by the maximum zoom.
    const sized = level.areas.features.map((f) => ({ f, box: boxOf([f.geometry]) })).sort((a, b) => (b.box[2] - b.box[0]) * (b.box[3] - b.box[1]) - (a.box[2] - a.box[0]) * (a.box[3] - a.box[1]));
    const { f: area, box } = sized[0]!;
    await searchAndPick(page(), area.properties.name, `[data-kind="area"][data-level="${level.level}"][data-id="${area.properties.code}"]`);
    await waitForMapIdle(page(), { level: level.level });
    await waitForMapSettled(page());
    expect(await page().inputValue('[data-testid="level-select"]')).toBe(level.level);
    expectFitted(await mapBounds(page()), box);
    await page().waitForSelector('[data-testid="tab-detail"][aria-selected="true"]');
    await expect.poll(() => page().textContent('[data-testid="detail-name"]')).toBe(area.properties.name);
    await expect.poll(() => searchLabels(page())).toEqual([area.properties.name]);
    await shot(page(), `navigation-area-${name}`);
  });

  it('searches a location: the map fits its walking radius and names it with its team', async () => {
    const centre = truth.centres.find((c) => c.teamId !== null) ?? truth.centres[0]!;
    const team = truth.teams.find((t) => t.id === centre.teamId)?.name;
    await searchAndPick(page(), centre.name, `[data-kind="centre"][data-id="${centre.id}"]`);
    await waitForMapSettled(page());
    const radius = DEFAULT_ENGINE_SETTINGS.travelModes.find((m) => m.id === 'walk')!.radius;
    const [north, east, south, west] = [0, 90, 180, 270].map((bearing) => findDestinationPoint([centre.lon, centre.lat], radius, bearing));
    expectFitted(await mapBounds(page()), [west![0], south![1], east![0], north![1]]);
    await expect.poll(() => searchLabels(page())).toEqual([team ? `${centre.name} · ${team}` : centre.name]);
    await shot(page(), `navigation-location-${name}`);
  });

  it('fits the whole municipality with Hele gemeente, and the search name goes', async () => {
    expect((await page().textContent('[data-testid="search-whole"]'))?.trim()).toBe('Hele gemeente');
    await page().click('[data-testid="search-whole"]');
    await waitForMapSettled(page());
    const extent = boxOf(truth.levels.flatMap((l) => l.areas.features.map((f) => f.geometry)));
    expectFitted(await mapBounds(page()), extent, 0.6);
    await expect.poll(() => searchLabels(page())).toEqual([]);
    expect(await page().inputValue('[data-testid="search-input"]')).toBe('');
    await shot(page(), `navigation-whole-${name}`);
    await page().click('[data-testid="language-toggle"]');
    await expect.poll(async () => (await page().textContent('[data-testid="search-whole"]'))?.trim()).toBe('Whole municipality');
    await page().click('[data-testid="language-toggle"]');
    await expect.poll(async () => (await page().textContent('[data-testid="search-whole"]'))?.trim()).toBe('Hele gemeente');
  });

  it('clears the indicator search once an indicator is chosen: every option shows again', async () => {
    const all = await page().$$eval('[data-testid="indicator-select"] option', (els) => els.length);
    const current = await page().inputValue('[data-testid="indicator-select"]');
    const pick = truth.definitions.find((d) => d.id !== current && d.labelNl.length >= 4)!;
    await page().fill('[data-testid="indicator-search"]', pick.labelNl.slice(0, Math.min(pick.labelNl.length, 12)));
    const narrowed = await page().$$eval('[data-testid="indicator-select"] option', (els) => els.map((e) => (e as HTMLOptionElement).value));
    expect(narrowed).toContain(pick.id);
    expect(narrowed.length).toBeLessThan(all);
    await page().selectOption('[data-testid="indicator-select"]', pick.id);
    await waitForMapIdle(page(), { indicator: pick.id });
    expect(await page().inputValue('[data-testid="indicator-search"]')).toBe('');
    expect(await page().$$eval('[data-testid="indicator-select"] option', (els) => els.length)).toBe(all);
    expect(await page().inputValue('[data-testid="indicator-select"]')).toBe(pick.id);
    expect(session.errors).toEqual([]);
  });
});
