/**
 * Issue 14.3 in Chromium on Kortrijk (skipped, and said so, without ../shared) and the generated demo: area
 * names at the wijk level and at another level, team names in a layer and style of their own, every location
 * named at a street-level zoom, and MapLibre's own controls in the UI language. What is asserted is what
 * MapLibre placed (queryRenderedFeatures on the label layers), not the app's state.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoadedPackage } from '../../data/package/model';
import { PROJECT_ROOT } from '../helpers/shared-data';
import { openAppSession, type AppSession } from './support/app-session';
import { waitForMapIdle } from './support/browser';
import { e2eSuite } from './support/e2e-gate';
import { loadTruth, PACKAGE_TARGETS } from './support/package-targets';
import { shot } from './support/explorer-session';
import { renderedFeatureIds } from './support/map-probes';

const targets = PACKAGE_TARGETS;

/** Names MapLibre placed in a label layer now (each once). */
async function placedNames(page: Page, layer: string): Promise<string[]> {
  return page.evaluate((id) => [...new Set(window.__wijkzichtMap!.queryRenderedFeatures({ layers: [id] }).map((f) => String(f.properties?.name)))], layer);
}

/** Moves the camera without animation and waits until the map has drawn and placed everything there. */
async function jumpTo(page: Page, centre: [number, number], zoom: number): Promise<void> {
  await page.evaluate(
    ({ at, z }) =>
      new Promise<void>((resolve) => {
        const map = window.__wijkzichtMap!;
        map.once('idle', () => resolve());
        map.jumpTo({ center: at, zoom: z });
        map.triggerRepaint();
      }),
    { at: centre, z: zoom },
  );
}

/** The zoom-in button's title and aria-label. */
async function zoomInTexts(page: Page): Promise<string[]> {
  return page.$eval('.maplibregl-ctrl-zoom-in', (b) => [b.getAttribute('title') ?? '', b.getAttribute('aria-label') ?? '']);
}

for (const { name, dir, needs } of targets) describe(`map labels of ${name} in Chromium`, e2eSuite(needs), () => {
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

  it('names the wijken and the teams in two layers styled apart, and names no area twice', async () => {
    await page().selectOption('[data-testid="level-select"]', 'wijk');
    await waitForMapIdle(page(), { level: 'wijk' });
    const wijkNames = new Set(truth.levels.find((l) => l.level === 'wijk')!.areas.features.map((f) => f.properties.name));
    const areas = await placedNames(page(), 'area-label');
    expect(areas.length, areas.join(', ')).toBeGreaterThan(0);
    for (const n of areas) expect(wijkNames.has(n), n).toBe(true);
    const teams = await placedNames(page(), 'territory-label');
    expect(teams.length).toBeGreaterThan(0);
    const style = await page().evaluate(() => {
      const map = window.__wijkzichtMap!;
      const of = (id: string) => ({ font: JSON.stringify(map.getLayoutProperty(id, 'text-font')), transform: map.getLayoutProperty(id, 'text-transform') ?? 'none' });
      return { area: of('area-label'), team: of('territory-label') };
    });
    expect(style.area.font).toContain('Regular');
    expect(style.team.font).toContain('Bold');
    expect(style.area.transform).toBe('none');
    expect(style.team.transform).toBe('uppercase');
    await shot(page(), `map-labels-wijk-${name}`);
  });

  it('names the areas of another level too', async () => {
    const other = truth.levels.find((l) => l.level !== 'wijk' && l.level !== 'team')!;
    await page().selectOption('[data-testid="level-select"]', other.level);
    await waitForMapIdle(page(), { level: other.level });
    const names = new Set(other.areas.features.map((f) => f.properties.name));
    const placed = await placedNames(page(), 'area-label');
    expect(placed.length, `${other.level}: ${placed.join(', ')}`).toBeGreaterThan(0);
    for (const n of placed) expect(names.has(n), n).toBe(true);
    await shot(page(), `map-labels-${other.level}-${name}`);
    await page().selectOption('[data-testid="level-select"]', 'wijk');
    await waitForMapIdle(page(), { level: 'wijk' });
  });

  it('names every location at a street-level zoom (zoom 14 on it)', async () => {
    const unnamed: string[] = [];
    for (const c of truth.centres) {
      await jumpTo(page(), [c.lon, c.lat], 14);
      if (!(await renderedFeatureIds(page(), 'centre-label')).includes(c.id)) unnamed.push(c.name);
    }
    expect(unnamed, `${unnamed.length} of ${truth.centres.length} locations without a name`).toEqual([]);
    const centre = truth.centres[0]!;
    await jumpTo(page(), [centre.lon, centre.lat], 13);
    await shot(page(), `map-labels-zoom13-${name}`);
  });

  it("says MapLibre's control texts in Dutch, and in English after the switch", async () => {
    expect(await zoomInTexts(page())).toEqual(['Inzoomen', 'Inzoomen']);
    expect(await page().getAttribute('.maplibregl-canvas', 'aria-label')).toBe('Kaart');
    await page().click('[data-testid="language-toggle"]');
    await expect.poll(() => zoomInTexts(page())).toEqual(['Zoom in', 'Zoom in']);
    expect(await page().getAttribute('.maplibregl-canvas', 'aria-label')).toBe('Map');
    await page().click('[data-testid="language-toggle"]');
    await expect.poll(() => zoomInTexts(page())).toEqual(['Inzoomen', 'Inzoomen']);
  });

  it('names points of the need-vs-reach scatter, no two names over each other', async () => {
    await page().click('[data-testid="tab-charts"]');
    await page().waitForSelector('[data-testid="chart-scatter"] [data-testid="scatter-point"]', { timeout: 60_000 });
    const boxes = await page().$$eval('[data-testid="chart-scatter"] [data-testid="scatter-label"]', (els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return { text: e.textContent ?? '', box: [r.left, r.top, r.right, r.bottom] };
      }),
    );
    expect(boxes.length).toBeGreaterThan(0);
    const overlapping = boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => a.box[0]! < b.box[2]! - 0.5 && b.box[0]! < a.box[2]! - 0.5 && a.box[1]! < b.box[3]! - 0.5 && b.box[1]! < a.box[3]! - 0.5).map((b) => `${a.text} / ${b.text}`));
    expect(overlapping).toEqual([]);
    // The chart alone (scrolling the panel would scroll the whole page in the screenshot).
    await page().locator('[data-testid="chart-scatter"]').screenshot({ path: path.join(PROJECT_ROOT, 'test-results', 'e2e', `map-labels-scatter-${name}.png`) });
  });
});
