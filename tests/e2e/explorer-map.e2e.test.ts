/**
 * The explorer's map on the Kortrijk package, in Chromium: recolouring by indicator, period, classification
 * and classes, the levels, the staffing, bivariate and change maps, search, the layer list and a local
 * basemap. Every check reads what the map actually rendered (MapLibre's render tree and screenshot pixels)
 * or what the DOM shows, never the app's state. Charts, detail panel, suppression, language and
 * accessibility: explorer-charts.e2e.test.ts.
 */
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedPackage } from '../../data/package/model';
import { writeTestVectorBasemap } from '../renderer/map/fixtures/write-basemap-pmtiles';
import { waitForMapIdle } from './support/browser';
import { e2eSuite } from './support/e2e-gate';
import { areaColours, expectColoursFromLegend, legendOf, shot, useKortrijkExplorer } from './support/explorer-session';
import { cssToHex, renderedFeatureIds } from './support/map-probes';

describe('explorer map on Kortrijk in Chromium', e2eSuite({ kortrijk: true }), () => {
  const session = useKortrijkExplorer();
  let page: Page;
  let truth: LoadedPackage;
  const wijken = () => session.wijken();
  beforeAll(() => {
    ({ page, truth } = session);
  });
  const sectors = () => session.sectors();

  it('recolours map and legend when the indicator, period, classification and classes change', async () => {
    const first = await legendOf(page);
    const firstColours = await areaColours(page, wijken());
    expectColoursFromLegend(firstColours, first.colours);
    await shot(page, 'start');

    // Indicator: the picker's search narrows the list; another indicator gives another legend and other colours.
    await page.fill('[data-testid="indicator-search"]', '75-plus');
    const options = await page.$$eval('[data-testid="indicator-select"] option', (els) => els.map((e) => (e as HTMLOptionElement).value));
    expect(options).toContain('alone_75plus');
    expect(options).not.toContain('births');
    await page.selectOption('[data-testid="indicator-select"]', 'alone_75plus');
    await waitForMapIdle(page, { indicator: 'alone_75plus' });
    await page.fill('[data-testid="indicator-search"]', '');
    const vt = await legendOf(page);
    expect(vt.title).not.toBe(first.title);
    expect(vt.title).toMatch(/Alleenwonende 75-plussers/i);
    const vtColours = await areaColours(page, wijken());
    expectColoursFromLegend(vtColours, vt.colours);
    expect(vtColours).not.toEqual(firstColours);
    await shot(page, 'indicator-alone-75plus');

    // Period: the slider by keyboard, to the first period.
    await page.focus('[data-testid="period-slider"]');
    await page.keyboard.press('Home');
    await waitForMapIdle(page, { indicator: 'alone_75plus', period: truth.periods[0] });
    expect(await page.textContent('[data-testid="period-value"]')).toBe(String(truth.periods[0]));
    const early = await legendOf(page);
    expect(early.labels).not.toEqual(vt.labels);
    expectColoursFromLegend(await areaColours(page, wijken()), early.colours);
    await page.keyboard.press('End');
    await waitForMapIdle(page, { period: truth.periods.at(-1) });

    // Classification (in its foldout): equal intervals give other class limits; the colours still come from the legend.
    await page.click('details.classification summary');
    await page.selectOption('[data-testid="classification-select"]', 'equal-interval');
    await page.waitForFunction((before) => {
      const labels = [...document.querySelectorAll('[data-testid="legend-entry"] .range')].map((e) => e.textContent).join('|');
      return document.documentElement.dataset.mapState === 'idle' && labels !== before;
    }, vt.labels.join('|'));
    const equal = await legendOf(page);
    expect(equal.labels).not.toEqual(vt.labels);
    const equalColours = await areaColours(page, wijken());
    expectColoursFromLegend(equalColours, equal.colours);
    expect(equal.counts.reduce((a, b) => a + b, 0)).toBe(wijken().length);
    expect(equalColours).not.toEqual(vtColours);
    await shot(page, 'equal-interval');

    // Number of classes: one more by keyboard.
    await page.focus('[data-testid="classes-slider"]');
    const classes = Number(await page.inputValue('[data-testid="classes-slider"]'));
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="legend-entry"]').length === n, classes + 1);
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="legend-entry"]').length === n, classes);
    await page.selectOption('[data-testid="classification-select"]', 'natural-breaks');
    await page.waitForFunction(() => document.querySelector('[data-testid="legend"] .legend-sub')?.textContent?.match(/Jenks/));
  });

  it('draws every sector when the level changes, coloured from the legend', async () => {
    await page.selectOption('[data-testid="level-select"]', truth.baseLevel);
    await waitForMapIdle(page, { level: truth.baseLevel });
    expect(await renderedFeatureIds(page, 'area-fill')).toHaveLength(sectors().length);
    const legend = await legendOf(page);
    const sample = sectors().filter((_, i) => i % 9 === 0);
    expectColoursFromLegend(await areaColours(page, sample), [...legend.colours, '#d9d9d9', '#bdbdbd', '#e0e0e0', '#cccccc']);
    await shot(page, 'sectors');
    await page.selectOption('[data-testid="level-select"]', 'wijk');
    await waitForMapIdle(page, { level: 'wijk' });
  });

  it('shows the staffing map: territories coloured per metric, each labelled with its FTE', async () => {
    await page.selectOption('[data-testid="measure-select"]', 'staffing');
    await waitForMapIdle(page, { level: 'team' });
    const titles: string[] = [];
    for (const metric of ['caseload-per-fte', 'fte-per-1000', 'fte-vs-target']) {
      await page.selectOption('[data-testid="staffing-select"]', metric);
      await page.waitForFunction(() => document.documentElement.dataset.mapState === 'idle');
      await page.waitForFunction((before) => document.querySelector('[data-testid="legend"] h2')?.textContent !== before, titles.at(-1) ?? '');
      titles.push((await page.textContent('[data-testid="legend"] h2')) ?? '');
      const labels = await page.evaluate(() =>
        window.__wijkzichtMap!.queryRenderedFeatures({ layers: ['territory-label'] }).map((f) => String(f.properties?.name ?? '')),
      );
      expect(new Set(labels).size).toBe(truth.teams.length);
      for (const label of labels) expect(label).toMatch(/\d+(,\d+)? VTE/);
      expect(await renderedFeatureIds(page, 'area-fill')).toHaveLength(truth.teams.length);
      await shot(page, `staffing-${metric}`);
    }
    expect(new Set(titles).size).toBe(3);
    // Profiles: leaving one out changes the territories' FTE labels.
    await page.selectOption('[data-testid="staffing-select"]', 'fte-per-1000');
    await page.waitForFunction(() => document.documentElement.dataset.mapState === 'idle');
    const before = await page.evaluate(() => window.__wijkzichtMap!.queryRenderedFeatures({ layers: ['territory-label'] }).map((f) => String(f.properties?.name)).sort().join('|'));
    const profile = page.locator('[data-testid="profiles"] label', { hasText: 'buurtwerker' }).locator('input');
    await profile.check();
    await page.waitForFunction(
      (b) => window.__wijkzichtMap!.queryRenderedFeatures({ layers: ['territory-label'] }).map((f) => String(f.properties?.name)).sort().join('|') !== b,
      before,
    );
    await profile.uncheck();
  });

  it('shows the bivariate map of need against reach with a 3×3 legend whose colours are the map’s', async () => {
    await page.selectOption('[data-testid="measure-select"]', 'bivariate');
    await page.selectOption('[data-testid="level-select"]', 'wijk');
    await waitForMapIdle(page, { level: 'wijk' });
    await page.waitForSelector('[data-testid="bivariate-legend"]');
    const cells = await page.$$eval('[data-testid="bivariate-cell"]', (els) => els.map((e) => getComputedStyle(e).backgroundColor));
    expect(cells).toHaveLength(9);
    expect(new Set(cells).size).toBe(9);
    const colours = await areaColours(page, wijken());
    expectColoursFromLegend(colours, [...cells.map(cssToHex), '#d9d9d9']);
    await shot(page, 'bivariate');
  });

  it('shows the change map between two periods with a diverging legend', async () => {
    await page.selectOption('[data-testid="measure-select"]', 'change');
    await page.waitForSelector('[data-testid="change-from-select"]');
    await page.selectOption('[data-testid="change-from-select"]', String(truth.periods[0]));
    await page.waitForFunction(() => document.documentElement.dataset.mapState === 'idle' && document.querySelector('[data-testid="legend"]')?.getAttribute('data-measure') === 'change');
    const legend = await legendOf(page);
    expect(legend.title).toContain(String(truth.periods[0]));
    expectColoursFromLegend(await areaColours(page, wijken()), [...legend.colours, '#d9d9d9']);
    await shot(page, 'change');
    await page.selectOption('[data-testid="measure-select"]', 'rate');
    await page.waitForFunction(() => document.querySelector('[data-testid="legend"]')?.getAttribute('data-measure') === 'rate');
    await waitForMapIdle(page);
  });

  it('finds an area or a centre by name and flies to it', async () => {
    const centre = truth.centres[3]!;
    await page.fill('[data-testid="search-input"]', centre.name.slice(0, 6));
    await page.waitForSelector('[data-testid="search-option"]');
    const options = await page.$$eval('[data-testid="search-option"]', (els) => els.map((e) => e.textContent ?? ''));
    expect(options.some((o) => o.includes(centre.name))).toBe(true);
    await page.locator('[data-testid="search-option"]', { hasText: centre.name }).first().click();
    await page.waitForFunction(() => document.documentElement.dataset.mapState === 'idle' && !window.__wijkzichtMap!.isMoving());
    const centreOnScreen = await page.evaluate(() => window.__wijkzichtMap!.getCenter().toArray());
    expect(Math.abs(centreOnScreen[0] - centre.lon)).toBeLessThan(0.01);
    expect(Math.abs(centreOnScreen[1] - centre.lat)).toBeLessThan(0.01);
    await shot(page, 'search');
    await page.fill('[data-testid="search-input"]', '');
    await page.evaluate(() => {
      const map = window.__wijkzichtMap!;
      map.jumpTo({ center: [3.27, 50.82], zoom: 11.2 });
    });
  });

  it('shows, hides and reorders layers from the layer list', async () => {
    await page.click('[data-testid="tab-layers"]');
    await page.waitForSelector('[data-testid="layer-list"]');
    await page.click('[data-testid="layer-visible-territories"]');
    await expect.poll(() => renderedFeatureIds(page, 'territory-line')).toEqual([]);
    await page.click('[data-testid="layer-visible-territories"]');
    await expect.poll(async () => (await renderedFeatureIds(page, 'territory-line')).length).toBe(truth.teams.length);
    // The gap layer and the walking rings.
    await page.click('[data-testid="layer-visible-gaps"]');
    await page.click('[data-testid="layer-visible-rings"]');
    await expect.poll(async () => (await renderedFeatureIds(page, 'gap-outline')).length, { timeout: 30_000 }).toBeGreaterThan(0);
    await expect.poll(async () => (await renderedFeatureIds(page, 'ring-line')).length + (await renderedFeatureIds(page, 'ring-line-dashed')).length, { timeout: 30_000 }).toBeGreaterThan(0);
    const order = async () => page.evaluate(() => window.__wijkzichtMap!.getStyle().layers.map((l) => l.id));
    const before = await order();
    expect(before.indexOf('centre-circle')).toBeGreaterThan(before.indexOf('territory-line'));
    await page.click('[data-testid="layer-down-centres"]');
    await expect.poll(async () => {
      const after = await order();
      return after.indexOf('centre-circle') < after.indexOf('territory-line');
    }).toBe(true);
    await shot(page, 'layers');
    await page.click('[data-testid="layer-up-centres"]');
    await page.click('[data-testid="layer-visible-gaps"]');
    await page.click('[data-testid="layer-visible-rings"]');
  });

  it('shows a basemap from a local PMTiles file, credited, with no network', async () => {
    const file = path.join(os.tmpdir(), `wijkzicht-e2e-basemap-${process.pid}.pmtiles`);
    await writeFile(file, writeTestVectorBasemap());
    await page.setInputFiles('[data-testid="basemap-pmtiles-input"]', file);
    await page.waitForSelector('[data-testid="basemap-current"]', { timeout: 30_000 });
    await page.waitForFunction(() => window.__wijkzichtMap!.getStyle().layers.some((l) => l.id.startsWith('basemap-')));
    await page.waitForFunction(() => document.documentElement.dataset.mapState === 'idle');
    // Tiles come from the dropped file through the pmtiles:// protocol; wait until MapLibre drew some.
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            const map = window.__wijkzichtMap!;
            const layers = map.getStyle().layers.filter((l) => l.id.startsWith('basemap-') && l.type !== 'background').map((l) => l.id);
            return map.queryRenderedFeatures({ layers }).length;
          }),
        { timeout: 30_000 },
      )
      .toBeGreaterThan(0);
    await page.waitForSelector('[data-testid="basemap-attribution"]');
    await shot(page, 'basemap-pmtiles');
    await page.click('[data-testid="basemap-remove"]');
    await page.waitForFunction(() => !window.__wijkzichtMap!.getStyle().layers.some((l) => l.id.startsWith('basemap-') && l.type !== 'background'));
  });

  it('made no request outside 127.0.0.1 and logged no errors', () => {
    expect(session.app.external).toEqual([]);
    expect(session.app.errors).toEqual([]);
  });
});
