/**
 * The presenter on the Kortrijk package in Chromium: a three-view story is built, presented and navigated by
 * keyboard; each view's indicator, extent and legend come back; the current view exports as a 2× PNG.
 */
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KORTRIJK_DIR, PROJECT_ROOT } from '../helpers/shared-data';
import { waitForMapIdle, waitForMapSettled } from './support/browser';
import { openAppSession, type AppSession } from './support/app-session';
import { e2eSuite } from './support/e2e-gate';
import { colourDistance, cssToHex } from './support/map-probes';
import { pngColoursIn } from './support/png-probes';

const SHOTS = path.join(PROJECT_ROOT, 'test-results', 'e2e');

async function shot(page: Page, name: string) {
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `presenter-${name}.png`) });
}

interface Saved {
  indicator: string;
  level: string;
  legend: string;
  center: number[];
  zoom: number;
}

describe('presenter on Kortrijk in Chromium', e2eSuite({ kortrijk: true }), () => {
  let app: AppSession;
  let page: Page;
  let external: string[];
  let errors: string[];
  const saved: Saved[] = [];

  const state = async (): Promise<Saved> => {
    const [level, indicator] = ((await page.getAttribute('html', 'data-map-view')) ?? '').split('|');
    const camera = await page.evaluate(() => ({ center: window.__wijkzichtMap!.getCenter().toArray(), zoom: window.__wijkzichtMap!.getZoom() }));
    return { level: level!, indicator: indicator!, legend: (await page.textContent('[data-testid="legend"] h2')) ?? '', ...camera };
  };
  const settled = () => waitForMapSettled(page);
  const expectShown = async (i: number) => {
    await expect.poll(async () => (await page.getAttribute('[data-testid="presentation"]', 'data-index')) ?? '').toBe(String(i));
    await settled();
    await expect.poll(async () => (await state()).indicator, { timeout: 20_000 }).toBe(saved[i]!.indicator);
    await settled();
    const now = await state();
    expect(now.level).toBe(saved[i]!.level);
    expect(now.legend).toBe(saved[i]!.legend);
    expect(Math.abs(now.zoom - saved[i]!.zoom)).toBeLessThan(0.01);
    expect(Math.abs(now.center[0]! - saved[i]!.center[0]!)).toBeLessThan(1e-4);
    expect(Math.abs(now.center[1]! - saved[i]!.center[1]!)).toBeLessThan(1e-4);
  };

  beforeAll(async () => {
    app = await openAppSession(KORTRIJK_DIR);
    ({ page, external, errors } = app);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('saves three views with titles, captions and notes', async () => {
    await page.click('[data-testid="tab-story"]');
    const save = async (title: string) => {
      await settled();
      saved.push(await state());
      await page.fill('[data-testid="story-new-title"]', title);
      await page.click('[data-testid="story-save"]');
      await expect.poll(() => page.locator('[data-testid="story-view"]').count()).toBe(saved.length);
    };
    await save('Armoede per wijk');
    await page.selectOption('[data-testid="indicator-select"]', 'alone_75plus');
    await waitForMapIdle(page, { indicator: 'alone_75plus' });
    await page.evaluate(() => window.__wijkzichtMap!.jumpTo({ center: [3.2649, 50.8279], zoom: 13.2 }));
    await save('Alleenwonende 75-plussers in het centrum');
    await page.selectOption('[data-testid="level-select"]', 'sector');
    await page.selectOption('[data-testid="indicator-select"]', 'vt_persons');
    await waitForMapIdle(page, { level: 'sector', indicator: 'vt_persons' });
    await page.evaluate(() => window.__wijkzichtMap!.jumpTo({ center: [3.24, 50.80], zoom: 11.6 }));
    await save('Verhoogde tegemoetkoming per sector');
    const second = page.locator('[data-testid="story-view"]').nth(1);
    await second.locator('[data-testid="story-view-caption"]').fill('Waar wonen ouderen alleen?');
    await second.locator('[data-testid="story-view-notes"]').fill('Wijs op de binnenstad.');
    await page.locator('[data-testid="story-new-title"]').focus();
    expect(new Set(saved.map((s) => s.legend)).size).toBe(3);
  });

  it('presents the story and restores each view by keyboard: →, PageDown, ←, PageUp, space; N for notes; Esc leaves', async () => {
    await page.click('[data-testid="story-present"]');
    await expectShown(0);
    await shot(page, 'view-1');
    await page.keyboard.press('ArrowRight');
    await expectShown(1);
    expect(await page.textContent('[data-testid="presentation"]')).toContain('Waar wonen ouderen alleen?');
    await page.keyboard.press('n');
    expect(await page.textContent('[data-testid="presentation-notes"]')).toContain('Wijs op de binnenstad.');
    await page.mouse.move(700, 450);
    await shot(page, 'view-2-notes');
    await page.keyboard.press('n');
    await page.keyboard.press('PageDown');
    await expectShown(2);
    await page.keyboard.press('ArrowLeft');
    await expectShown(1);
    await page.keyboard.press('PageUp');
    await expectShown(0);
    await page.keyboard.press('Space');
    await expectShown(1);
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="presentation"]', { state: 'detached' });
    expect(await page.evaluate(() => document.documentElement.classList.contains('presenting'))).toBe(false);
  });

  it('exports the current view as a 2× PNG with the map and the legend burned in', async () => {
    await page.click('[data-testid="tab-story"]');
    const mapBox = (await page.locator('[data-testid="map"]').boundingBox())!;
    const legendColours = (await page.$$eval('[data-testid="legend-entry"] .swatch', (els) => els.map((e) => getComputedStyle(e).backgroundColor))).map(cssToHex);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="story-export-2x"]')]);
    const png = PNG.sync.read(readFileSync(await download.path()));
    await writeFile(path.join(SHOTS, 'presenter-export-2x.png'), PNG.sync.write(png));
    expect(png.width).toBe(2 * Math.round(mapBox.width));
    expect(png.height).toBeGreaterThan(2 * Math.round(mapBox.height));
    const coloursIn = (x0: number, y0: number, w: number, h: number) => pngColoursIn(png, x0, y0, w, h);
    // The legend card sits at the bottom left of the map (the footer is 128 px at 2×): its swatches are there.
    const mapBottom = png.height - 128;
    const legendRegion = coloursIn(24, mapBottom - 700, 500, 680);
    const found = legendColours.filter((c) => legendRegion.some((p) => colourDistance(p, c) < 4));
    expect(found.length).toBe(legendColours.length);
    // The map in the middle is not blank.
    expect(coloursIn(Math.round(png.width / 3), Math.round(png.height / 3), Math.round(png.width / 3), Math.round(png.height / 4)).length).toBeGreaterThan(10);
  });

  it('prints the story as a PDF with one page per view, and puts the map back as it was', async () => {
    const before = await state();
    await page.evaluate(() => {
      // The test prints with page.pdf(); the dialog of window.print() would wait for a person.
      window.print = () => undefined;
    });
    await page.click('[data-testid="story-pdf"]');
    await page.waitForSelector('[data-testid="print-story"][data-pages="3"]', { state: 'attached', timeout: 120_000 });
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('[data-testid="print-story"] img')].every((img) => img.complete && img.naturalWidth > 0));
    await settled();
    const after = await state();
    expect(after.legend).toBe(before.legend);
    expect(after.indicator).toBe(before.indicator);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await writeFile(path.join(SHOTS, 'presenter-story.pdf'), pdf);
    const text = pdf.toString('latin1');
    expect(text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).toHaveLength(3);
    expect(text.match(/\/Subtype\s*\/Image/g) ?? []).toHaveLength(3);
    // A page as the printer sees it (print media), after printing: look at this image.
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.$eval('[data-testid="print-story"]', (e) => getComputedStyle(e).display)).toBe('block');
      expect(await page.$eval('#root', (e) => getComputedStyle(e).display)).toBe('none');
      await page.locator('[data-testid="print-story"] img').first().screenshot({ path: path.join(SHOTS, 'presenter-print-page-1.png') });
    } finally {
      await page.emulateMedia({ media: 'screen' });
      await page.evaluate(() => window.scrollTo(0, 0));
    }
  });

  it('saves a chart as a standalone SVG', async () => {
    await page.click('[data-testid="tab-charts"]');
    await page.waitForSelector('[data-testid="charts-panel"][data-analysis="ready"]', { timeout: 60_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="chart-svg"]').first().click()]);
    const svg = readFileSync(await download.path(), 'utf8');
    await writeFile(path.join(SHOTS, 'presenter-chart.svg'), svg);
    expect(svg).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain((await page.textContent('[data-testid="chart-team-fte"] h3'))!);
    expect((svg.match(/<rect/g) ?? []).length).toBeGreaterThan(7);
  });

  it('made no request outside 127.0.0.1 and logged no errors', () => {
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
  });
});
