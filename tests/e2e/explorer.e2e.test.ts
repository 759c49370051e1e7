/**
 * The explorer on the Kortrijk package, in Chromium: every check reads what the map actually rendered
 * (MapLibre's render tree and screenshot pixels) or what the DOM shows, never the app's state.
 */
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoadedPackage } from '../../data/package/model';
import { readPackage } from '../../data/package/read-package';
import { openNodePackageSource } from '../../data/package/sources/node-folder-source';
import { findInteriorPoint } from '../../geo/geometry/find-interior-point';
import { writeTestVectorBasemap } from '../renderer/map/fixtures/write-basemap-pmtiles';
import { KORTRIJK_DIR, PROJECT_ROOT, hasKortrijk } from '../helpers/shared-data';
import { closeServer, startAppServer } from './support/app-server';
import { launchBrowser, openTrackedPage, waitForMapIdle } from './support/browser';
import { openAppSession, type AppSession } from './support/app-session';
import { findChromium } from './support/find-chromium';
import { colourDistance, cssToHex, projectToPage, renderedFeatureIds, samplePixels, setOverlaysVisible } from './support/map-probes';

const SHOTS = path.join(PROJECT_ROOT, 'test-results', 'e2e');
const runs = !!findChromium() && hasKortrijk;
if (!hasKortrijk) console.warn('[explorer e2e] skipped: ../shared/data/kortrijk is absent (see ../shared/data/README.md)');

async function shot(page: Page, name: string) {
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `explorer-${name}.png`) });
}

/** Raw 2024 values per area and indicator from indicators.csv (the truth the app must never leak). */
function readRawValues(dir: string): Map<string, Map<string, number>> {
  const lines = readFileSync(path.join(dir, 'indicators.csv'), 'utf8').trim().split('\n').slice(1);
  const out = new Map<string, Map<string, number>>();
  for (const line of lines) {
    const [code, period, indicator, value] = line.split(',');
    if (period !== '2024' || value === undefined || value === '') continue;
    if (!out.has(code!)) out.set(code!, new Map());
    out.get(code!)!.set(indicator!, Number(value));
  }
  return out;
}

/** The colour of each area on screen (overlays hidden), by its interior point. */
async function areaColours(page: Page, features: LoadedPackage['levels'][number]['areas']['features']): Promise<string[]> {
  const positions = await projectToPage(page, features.map((f) => findInteriorPoint(f.geometry)));
  await page.mouse.move(5, 5);
  await setOverlaysVisible(page, false);
  const colours = await samplePixels(page, positions);
  await setOverlaysVisible(page, true);
  return colours;
}

async function legendOf(page: Page): Promise<{ title: string; colours: string[]; labels: string[]; counts: number[] }> {
  const title = (await page.textContent('[data-testid="legend"] h2')) ?? '';
  const entries = await page.$$eval('[data-testid="legend-entry"]', (els) =>
    els.map((e) => ({
      colour: getComputedStyle(e.querySelector('.swatch')!).backgroundColor,
      label: e.querySelector('.range')!.textContent ?? '',
      count: Number((e.querySelector('.count')!.textContent ?? '').replace(/[^\d]/g, '')),
    })),
  );
  return { title, colours: entries.map((e) => cssToHex(e.colour)), labels: entries.map((e) => e.label), counts: entries.map((e) => e.count) };
}

/** Every sampled colour is (nearly) one of the legend's colours. */
function expectColoursFromLegend(colours: readonly string[], legend: readonly string[]) {
  for (const colour of colours) expect(Math.min(...legend.map((l) => colourDistance(l, colour))), `${colour} not in legend ${legend.join(' ')}`).toBeLessThan(8);
}

/** Codes of the areas drawn with a given mark (hover, selected, highlight) on the interaction layers. */
async function markedAreas(page: Page, mark: string): Promise<string[]> {
  return page.evaluate((m) => {
    const map = window.__wijkzichtMap!;
    const layers = ['area-hover', 'area-emphasis'].filter((id) => map.getLayer(id));
    const features = map.queryRenderedFeatures({ layers }).filter((f) => f.properties?.mark === m);
    return [...new Set(features.map((f) => String(f.properties?.code ?? f.id)))].sort();
  }, mark);
}

describe.skipIf(!runs)('explorer on Kortrijk in Chromium', () => {
  let app: AppSession;
  let page: Page;
  let external: string[];
  let errors: string[];
  let truth: LoadedPackage;
  let raw: Map<string, Map<string, number>>;
  const wijken = () => truth.levels.find((l) => l.level === 'wijk')!.areas.features;
  const sectors = () => truth.levels.find((l) => l.level === truth.baseLevel)!.areas.features;

  beforeAll(async () => {
    const result = await readPackage(await openNodePackageSource(KORTRIJK_DIR!));
    if (!result.ok) throw new Error('Kortrijk package does not read');
    truth = result.pkg;
    raw = readRawValues(KORTRIJK_DIR!);
    app = await openAppSession(KORTRIJK_DIR!);
    ({ page, external, errors } = app);
  });

  afterAll(async () => {
    await app?.close();
  });

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

  it('answers "which five wijken combine the highest need with the lowest reach, how far from a centre"', async () => {
    await page.click('[data-testid="tab-charts"]');
    await page.waitForSelector('[data-testid="charts-panel"][data-analysis="ready"]', { timeout: 60_000 });
    const rows = page.locator('[data-testid="gap-row"]');
    expect(await rows.count()).toBeGreaterThanOrEqual(5);
    const top = await rows.evaluateAll((els) => els.slice(0, 5).map((e) => ({ code: e.getAttribute('data-code')!, text: e.textContent ?? '' })));
    const names = new Map(wijken().map((f) => [f.properties.code, f.properties.name]));
    for (const row of top) {
      expect(names.has(row.code)).toBe(true);
      expect(row.text).toContain(names.get(row.code));
      expect(row.text).toMatch(/\d+(,\d+)? ?(m|km)(?![a-z])|\d+(,\d+)? ?(m|km)/);
    }
    await expect(page.locator('[data-testid="chart-team-fte"] [data-testid="team-bar"]').count()).resolves.toBeGreaterThanOrEqual(truth.teams.length);
    await shot(page, 'charts');
  });

  it('links charts and map both ways', async () => {
    // Chart → map: a gap row outlines its area on the map.
    const row = page.locator('[data-testid="gap-row"]').first();
    const code = (await row.getAttribute('data-code'))!;
    await row.hover();
    await expect.poll(() => markedAreas(page, 'highlight')).toEqual([code]);
    // A team bar outlines the areas of that team; another team's bar outlines other areas.
    const bars = page.locator('[data-testid="chart-team-fte"] [data-testid="team-bar"]');
    const bar = bars.first();
    const team = (await bar.getAttribute('data-team'))!;
    await bar.hover();
    await expect.poll(async () => (await markedAreas(page, 'highlight')).join()).not.toBe(code);
    const highlighted = await markedAreas(page, 'highlight');
    expect(highlighted.length).toBeGreaterThan(0);
    const wijkCodes = wijken().map((f) => f.properties.code);
    for (const c of highlighted) expect(wijkCodes).toContain(c);
    expect(await bar.getAttribute('data-highlighted')).toBe('true');
    const otherTeam = (await bars.evaluateAll((els) => els.map((e) => e.getAttribute('data-team')!))).filter((t) => t !== team).at(-1)!;
    const other = page.locator(`[data-testid="chart-team-fte"] [data-testid="team-bar"][data-team="${otherTeam}"]`).first();
    await other.hover();
    await expect.poll(async () => (await markedAreas(page, 'highlight')).join()).not.toBe(highlighted.join());
    for (const c of await markedAreas(page, 'highlight')) expect(highlighted).not.toContain(c);
    await shot(page, `team-highlight-${team}`);
    await page.mouse.move(5, 5);

    // Map → chart: hovering the area highlights its gap row and its scatter point.
    const feature = wijken().find((f) => f.properties.code === code)!;
    const [position] = await projectToPage(page, [findInteriorPoint(feature.geometry)]);
    await page.mouse.move(position!.x, position!.y);
    await expect.poll(() => page.getAttribute(`[data-testid="gap-row"][data-code="${code}"]`, 'data-highlighted')).toBe('true');
    await expect.poll(() => page.getAttribute(`[data-testid="scatter-point"][data-code="${code}"]`, 'data-highlighted')).toBe('true');
    await page.mouse.move(5, 5);
    await expect.poll(() => page.getAttribute(`[data-testid="gap-row"][data-code="${code}"]`, 'data-highlighted')).toBe('false');
  });

  it('opens the detail panel on a click: every indicator, rank, trend, team, nearest centre and distance', async () => {
    const feature = wijken()[2]!;
    const [position] = await projectToPage(page, [findInteriorPoint(feature.geometry)]);
    await page.mouse.click(position!.x, position!.y);
    await page.waitForSelector('[data-testid="detail-panel"] [data-testid="detail-name"]');
    expect(await page.textContent('[data-testid="detail-name"]')).toContain(feature.properties.name);
    await page.waitForSelector('[data-testid="detail-indicator-row"]');
    expect(await page.locator('[data-testid="detail-indicator-row"]').count()).toBe(truth.definitions.length);
    expect(await page.locator('[data-testid="sparkline"]').count()).toBeGreaterThan(0);
    const facts = await page.$$eval('[data-testid="detail-fact"]', (els) => els.map((e) => `${e.getAttribute('data-fact')}: ${e.textContent}`));
    expect(facts.join('\n')).toMatch(/team/i);
    expect(facts.join('\n')).toMatch(/\d+(,\d+)? ?(m|km)/);
    expect(await renderedFeatureIds(page, 'area-emphasis')).toContain(feature.properties.code);
    await shot(page, 'detail');

    // Pin it and a second area: the comparison table lists both.
    await page.click('[data-testid="pin-button"]');
    const second = wijken()[5]!;
    const [p2] = await projectToPage(page, [findInteriorPoint(second.geometry)]);
    await page.mouse.click(p2!.x, p2!.y);
    await page.waitForFunction((name) => document.querySelector('[data-testid="detail-name"]')?.textContent?.includes(name), second.properties.name);
    await page.click('[data-testid="pin-button"]');
    const compare = await page.waitForSelector('[data-testid="pinned-compare"]');
    const text = (await compare.textContent()) ?? '';
    expect(text).toContain(feature.properties.name);
    expect(text).toContain(second.properties.name);
    await shot(page, 'pinned');
  });

  it('never shows a sensitive count of 1–4: map, legend, tooltip, detail panel, comparison, charts', async () => {
    // Sectors where a sensitive indicator has a true 2024 count of 1–4.
    const sensitive = truth.definitions.filter((d) => d.sensitive).map((d) => d.id);
    const small = [...raw].filter(([, values]) => values.get('kansarm_births')! >= 1 && values.get('kansarm_births')! <= 4).map(([code]) => code);
    expect(small.length).toBeGreaterThan(0);
    await page.selectOption('[data-testid="level-select"]', truth.baseLevel);
    await page.selectOption('[data-testid="measure-select"]', 'count');
    await page.selectOption('[data-testid="indicator-select"]', 'kansarm_births');
    await waitForMapIdle(page, { level: truth.baseLevel, indicator: 'kansarm_births' });
    const suppressedCount = Number(((await page.textContent('[data-testid="legend-suppressed"] .count')) ?? '').replace(/[^\d]/g, ''));
    expect(suppressedCount).toBe(small.length);
    // The legend's class limits never fall inside 1–4.
    for (const label of (await legendOf(page)).labels) expect(label).not.toMatch(/(^|[^\d,.])[1-4]($|[^\d,.])/);
    await shot(page, 'suppressed-sectors');

    const byCode = new Map(sectors().map((f) => [f.properties.code, f]));
    for (const code of small.slice(0, 4)) {
      const [position] = await projectToPage(page, [findInteriorPoint(byCode.get(code)!.geometry)]);
      await page.mouse.move(position!.x, position!.y);
      const tooltip = page.locator('[data-testid="map-tooltip"]');
      await expect.poll(async () => (await tooltip.textContent()) ?? '').toContain(byCode.get(code)!.properties.name);
      expect(await tooltip.textContent()).toMatch(/Afgeschermd/);
    }
    // Rate: the rate of a small count is suppressed too.
    await page.selectOption('[data-testid="measure-select"]', 'rate');
    await page.waitForFunction(() => document.querySelector('[data-testid="legend"]')?.getAttribute('data-measure') === 'rate' && document.documentElement.dataset.mapState === 'idle');
    const target = small[0]!;
    const [p] = await projectToPage(page, [findInteriorPoint(byCode.get(target)!.geometry)]);
    await page.mouse.move(p!.x, p!.y);
    await expect.poll(async () => (await page.locator('[data-testid="map-tooltip"]').textContent()) ?? '').toMatch(/Afgeschermd/);

    // The detail panel: every sensitive indicator whose true count is 1–4 reads "afgeschermd", with no number.
    await page.mouse.click(p!.x, p!.y);
    await page.waitForFunction((name) => document.querySelector('[data-testid="detail-name"]')?.textContent?.includes(name), byCode.get(target)!.properties.name);
    await page.waitForSelector('[data-testid="detail-indicator-row"]');
    const rows = await page.$$eval('[data-testid="detail-indicator-row"]', (els) =>
      els.map((e) => ({ id: e.getAttribute('data-indicator')!, status: e.getAttribute('data-status'), text: e.textContent ?? '', title: [...e.querySelectorAll('[title],[aria-label]')].map((x) => `${x.getAttribute('title') ?? ''} ${x.getAttribute('aria-label') ?? ''}`).join(' ') })),
    );
    const values = raw.get(target)!;
    let checked = 0;
    for (const row of rows) {
      const value = values.get(row.id);
      if (!sensitive.includes(row.id) || value === undefined || value < 1 || value > 4) continue;
      checked++;
      expect(row.status, row.id).toBe('suppressed');
      expect(row.text, row.id).toMatch(/afgeschermd/i);
      expect(`${row.text} ${row.title}`.replace(/1–\d|\(1-\d\)/g, ''), row.id).not.toMatch(new RegExp(`(^|[^\\d,.])${value}($|[^\\d,.])`));
    }
    expect(checked).toBeGreaterThan(0);
    await shot(page, 'suppressed-detail');

    // Charts at sector level: no team's caseload built from a small count, and no scatter of a suppressed reach.
    await page.click('[data-testid="tab-charts"]');
    await page.waitForSelector('[data-testid="charts-panel"][data-analysis="ready"]', { timeout: 60_000 });
    const chartText = (await page.textContent('[data-testid="charts-panel"]')) ?? '';
    expect(chartText.length).toBeGreaterThan(0);
    const pointCodes = await page.$$eval('[data-testid="scatter-point"]', (els) => els.map((e) => e.getAttribute('data-code')));
    const knownSmall = [...raw].filter(([, v]) => v.get('known_clients')! >= 1 && v.get('known_clients')! <= 4).map(([c]) => c);
    for (const c of knownSmall) expect(pointCodes).not.toContain(c);
    await page.mouse.move(5, 5);
    await page.selectOption('[data-testid="level-select"]', 'wijk');
    await waitForMapIdle(page, { level: 'wijk' });
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
    expect(Math.abs(centreOnScreen[0]! - centre.lon)).toBeLessThan(0.01);
    expect(Math.abs(centreOnScreen[1]! - centre.lat)).toBeLessThan(0.01);
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

  it('switches to English: labels from the definitions, numbers per locale, and back', async () => {
    const legendNl = await legendOf(page);
    await page.click('[data-testid="language-toggle"]');
    await expect.poll(async () => (await legendOf(page)).title).not.toBe(legendNl.title);
    const en = await legendOf(page);
    const definition = truth.definitions.find((d) => en.title.includes(d.labelEn));
    expect(definition, en.title).toBeDefined();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const optionsEn = await page.$$eval('[data-testid="indicator-select"] option', (els) => els.map((e) => e.textContent ?? ''));
    expect(optionsEn).toContain(truth.definitions.find((d) => d.id === 'vt_persons')!.labelEn);
    await page.click('[data-testid="tab-charts"]');
    await page.waitForSelector('[data-testid="charts-panel"][data-analysis="ready"]');
    expect(await page.textContent('[data-testid="charts-panel"]')).toMatch(/FTE/);
    // Locale: English decimals use a point; Dutch a comma.
    expect(en.labels.join(' ')).toMatch(/\d\.\d/);
    expect(en.labels.join(' ')).not.toMatch(/\d,\d{1,2}(?!\d)/);
    await shot(page, 'english');
    await page.click('[data-testid="language-toggle"]');
    await expect.poll(async () => (await legendOf(page)).title).toBe(legendNl.title);
    expect(legendNl.labels.join(' ')).toMatch(/\d,\d/);
  });

  it('is usable by keyboard with a visible focus, and axe finds no serious or critical violation', async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.focus('body');
    const reached: { id: string; outline: boolean }[] = [];
    for (let i = 0; i < 45; i++) {
      await page.keyboard.press('Tab');
      reached.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el) return { id: '', outline: false };
          const style = getComputedStyle(el);
          const outline = (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
          return { id: el.getAttribute('data-testid') ?? el.getAttribute('aria-label') ?? el.tagName, outline };
        }),
      );
    }
    const ids = reached.map((r) => r.id);
    for (const want of ['measure-select', 'level-select', 'indicator-search', 'indicator-select', 'period-slider', 'SUMMARY', 'language-toggle', 'search-input']) {
      expect(ids, `Tab never reaches ${want}`).toContain(want);
    }
    // (Tabbing past the last control leaves focus on the document itself: not a control.)
    for (const r of reached.filter((x) => x.id !== 'BODY')) expect(r.outline, `no visible focus on ${r.id}`).toBe(true);
    // The map itself takes the keyboard (arrows pan, +/− zoom).
    const before = await page.evaluate(() => window.__wijkzichtMap!.getCenter().toArray());
    await page.focus('[data-testid="map"] canvas');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((b) => {
      const c = window.__wijkzichtMap!.getCenter().toArray();
      return !window.__wijkzichtMap!.isMoving() && c[0] !== b[0];
    }, before);

    const axeSource = readFileSync(path.join(PROJECT_ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
    const problems: string[] = [];
    for (const tab of ['charts', 'detail', 'layers']) {
      await page.click(`[data-testid="tab-${tab}"]`);
      await page.waitForTimeout(300);
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const result = await axe.run(document, { resultTypes: ['violations'] });
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
      });
      for (const v of violations) if (v.impact === 'serious' || v.impact === 'critical') problems.push(`${tab}: ${v.id} (${v.impact}) ${v.help} at ${v.targets.join(', ')}`);
    }
    expect(problems).toEqual([]);
  });

  it('made no request outside 127.0.0.1 and logged no errors', () => {
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
  });
});

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

describe.skipIf(!findChromium())('basemap from a style URL', () => {
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
