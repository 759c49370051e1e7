/**
 * The presenter on the Kortrijk package in Chromium at 1920×1080 (a hall's projector): a three-view story is
 * built, presented and navigated by keyboard; each view's indicator, legend and extent (fitted to the screen)
 * come back; the audience sees no control, the map fills the screen, type is scaled, legend and attribution
 * do not overlap; the end slide follows the last view; the current view exports as a 2× PNG.
 */
import { execFileSync } from 'node:child_process';
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
import { findBivariateSquare, pngColoursIn } from './support/png-probes';

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
  /** [west, south, east, north] shown. */
  bounds: number[];
}

/** What the audience sees: visible buttons and map controls, the map's share of the screen, boxes and sizes. */
async function audienceView(page: Page) {
  return page.evaluate(() => {
    const visible = (e: Element) => {
      const r = e.getBoundingClientRect();
      const style = getComputedStyle(e);
      return r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
    };
    const box = (sel: string) => {
      const r = document.querySelector(sel)?.getBoundingClientRect();
      return r ? { x: r.x, y: r.y, w: r.width, h: r.height } : null;
    };
    const map = box('[data-testid="map"]')!;
    const m = window.__wijkzichtMap!;
    const sizes = m
      .getStyle()
      .layers.filter((l) => l.type === 'symbol')
      .map((l) => m.getLayoutProperty(l.id, 'text-size') as unknown);
    return {
      buttons: [...document.querySelectorAll('button, select, input, [role="button"]')].filter(visible).map((e) => e.outerHTML.slice(0, 80)),
      controls: [...document.querySelectorAll('.maplibregl-ctrl')].filter(visible).length,
      mapShare: (map.w * map.h) / (window.innerWidth * window.innerHeight),
      legend: box('[data-testid="legend"]'),
      attribution: box('[data-testid="attribution"]'),
      titlePx: parseFloat(getComputedStyle(document.querySelector('[data-testid="presentation-title"]')!).fontSize),
      attributionPx: parseFloat(getComputedStyle(document.querySelector('[data-testid="attribution"]')!).fontSize),
      textSizes: JSON.stringify(sizes),
    };
  });
}

const overlaps = (a: { x: number; y: number; w: number; h: number }, b: { x: number; y: number; w: number; h: number }) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('presenter on Kortrijk in Chromium', e2eSuite({ kortrijk: true }), () => {
  let app: AppSession;
  let page: Page;
  let external: string[];
  let errors: string[];
  const saved: Saved[] = [];

  const state = async (): Promise<Saved> => {
    const [level, indicator] = ((await page.getAttribute('html', 'data-map-view')) ?? '').split('|');
    const camera = await page.evaluate(() => {
      const m = window.__wijkzichtMap!;
      const b = m.getBounds();
      return { center: m.getCenter().toArray(), zoom: m.getZoom(), bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] };
    });
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
    // The saved extent is fitted to this screen: all of it is in view, and it fills the height or the width.
    const [w, s, e, n] = saved[i]!.bounds as [number, number, number, number];
    const [W, S, E, N] = now.bounds as [number, number, number, number];
    const eps = 1e-6;
    expect(W <= w + eps && S <= s + eps && E >= e - eps && N >= n - eps).toBe(true);
    expect(Math.max((e - w) / (E - W), (n - s) / (N - S))).toBeGreaterThan(0.5);
  };

  beforeAll(async () => {
    app = await openAppSession(KORTRIJK_DIR, { width: 1920, height: 1080 });
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

  it('presents for a hall at 1920×1080: no control for the audience, the map fills the screen, type and labels scaled, legend clear of the attribution', async () => {
    const desk = await page.evaluate(() => JSON.stringify(window.__wijkzichtMap!.getStyle().layers.filter((l) => l.type === 'symbol').map((l) => window.__wijkzichtMap!.getLayoutProperty(l.id, 'text-size') as unknown)));
    await page.click('[data-testid="story-present"]');
    await expectShown(0);
    await page.mouse.move(1900, 1070); // no hover tooltip over an area; the hint fades
    await page.waitForSelector('[data-testid="presentation-hint"]', { state: 'detached', timeout: 10_000 });
    const seen = await audienceView(page);
    await shot(page, 'hall-1920');
    expect(seen.buttons).toEqual([]);
    expect(seen.controls).toBe(0);
    expect(seen.mapShare).toBeGreaterThanOrEqual(0.7);
    expect(overlaps(seen.legend!, seen.attribution!)).toBe(false);
    expect(await page.getAttribute('html', 'data-hall-scale')).toBe('1.5');
    expect(seen.titlePx).toBeGreaterThanOrEqual(40);
    expect(seen.attributionPx).toBeGreaterThanOrEqual(16);
    expect(seen.textSizes).not.toBe(desk);
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="presentation"]', { state: 'detached' });
    // The labels get their own sizes back.
    expect(await page.evaluate(() => JSON.stringify(window.__wijkzichtMap!.getStyle().layers.filter((l) => l.type === 'symbol').map((l) => window.__wijkzichtMap!.getLayoutProperty(l.id, 'text-size') as unknown)))).toBe(desk);
  });

  it('presents the story and restores each view by keyboard: →, PageDown, ←, PageUp, space; N for notes; the end slide; Esc leaves', async () => {
    await page.click('[data-testid="tab-story"]');
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
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await expect.poll(async () => page.getAttribute('[data-testid="presentation"]', 'data-end')).toBe('true');
    expect(await page.textContent('[data-testid="presentation-end"]')).toMatch(/^Einde.*Kortrijk.*Bron: /);
    await shot(page, 'end-slide');
    await page.keyboard.press('PageDown');
    expect(await page.getAttribute('[data-testid="presentation"]', 'data-index')).toBe('3');
    await page.keyboard.press('PageUp');
    await expectShown(2);
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="presentation"]', { state: 'detached' });
    expect(await page.evaluate(() => document.documentElement.classList.contains('presenting'))).toBe(false);
  });

  it('exports the current view as a 2× PNG with the map and the legend burned in', async () => {
    await page.click('[data-testid="tab-story"]');
    const mapBox = (await page.locator('[data-testid="map"]').boundingBox())!;
    const legendColours = (await page.$$eval('[data-testid="legend-entry"] .swatch', (els) => els.map((e) => getComputedStyle(e).backgroundColor))).map(cssToHex);
    const legendTitle = (await page.textContent('[data-testid="legend"] .legend-title')) ?? '';
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="story-export-2x"]')]);
    const png = PNG.sync.read(readFileSync(await download.path()));
    await writeFile(path.join(SHOTS, 'presenter-export-2x.png'), PNG.sync.write(png));
    // Named after what it shows (no view is being presented: the legend's title), not a generic name.
    const stem = legendTitle.toLocaleLowerCase('nl-BE').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 20);
    expect(stem.length).toBeGreaterThan(3);
    expect(download.suggestedFilename()).toMatch(/-2x\.png$/);
    expect(download.suggestedFilename().startsWith(stem)).toBe(true);
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

  it('cancels a story PDF: no pages, nothing printed, the map as it was', async () => {
    await page.click('[data-testid="tab-story"]');
    await settled();
    const before = await state();
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    await page.click('[data-testid="story-pdf"]');
    await page.click('[data-testid="export-progress"] [data-testid="export-cancel"]', { timeout: 30_000 });
    await page.waitForSelector('[data-testid="export-progress"]', { state: 'detached', timeout: 60_000 });
    expect(await page.textContent('[data-testid="story-message"]')).toMatch(/PDF geannuleerd/);
    await settled();
    const after = await state();
    expect(await page.locator('[data-testid="print-story"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(0);
    expect(after.indicator).toBe(before.indicator);
    expect(after.level).toBe(before.level);
    expect(Math.abs(after.zoom - before.zoom)).toBeLessThan(1e-6);
    expect(Math.abs(after.center[0]! - before.center[0]!)).toBeLessThan(1e-6);
  });

  it('prints the story as a PDF with one page per view, and puts the map back as it was', async () => {
    const before = await state();
    await page.evaluate(() => {
      // The test prints with page.pdf(); the dialog of window.print() would wait for a person.
      window.print = () => undefined;
    });
    await page.check('[data-testid="story-pdf-notes"]');
    await page.click('[data-testid="story-pdf"]');
    // Longer than a second: a progress bar with Annuleren.
    await page.waitForSelector('[data-testid="export-progress"] [data-testid="export-cancel"]', { timeout: 30_000 });
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
    // The notes are printed under their view, as text.
    const pdfPath = path.join(SHOTS, 'presenter-story.pdf');
    expect(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' })).toMatch(/Pages:\s+3/);
    const pages = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).split('\f');
    expect(pages[1]).toContain('Wijs op de binnenstad.');
    expect(pages[0]).not.toContain('Wijs op de binnenstad.');
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

  it('exports the bivariate map as a 2× PNG whose legend keeps its axes, caption and gap corner', async () => {
    await page.selectOption('[data-testid="measure-select"]', 'bivariate');
    await waitForMapIdle(page);
    await page.waitForSelector('[data-testid="bivariate-legend"]');
    await settled();
    const shown = (await page.$$eval('[data-testid="bivariate-cell"]', (els) => els.map((e) => getComputedStyle(e).backgroundColor))).map(cssToHex);
    const cells = [0, 1, 2].map((need) => [0, 1, 2].map((reach) => shown[(2 - need) * 3 + reach]!));
    await page.click('[data-testid="tab-story"]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="story-export-2x"]')]);
    const png = PNG.sync.read(readFileSync(await download.path()));
    await writeFile(path.join(SHOTS, 'presenter-export-bivariate-2x.png'), PNG.sync.write(png));
    const probe = findBivariateSquare(png, cells, { x: 0, y: Math.round(png.height / 2), width: Math.round(png.width / 2), height: Math.round(png.height / 2) });
    expect(probe, 'the 3×3 square').not.toBeNull();
    expect(probe!.pitch).toBe(48);
    for (const ink of [probe!.inkAbove, probe!.inkBelow, probe!.inkRight, probe!.inkCorner]) expect(ink).toBeGreaterThan(80);
  });

  it('hides the story views of Kortrijk while the demo package is open, and says so', async () => {
    await page.click('[data-testid="open-demo"]');
    await expect.poll(async () => (await page.textContent('[data-testid="package-title"]')) ?? '', { timeout: 90_000 }).toMatch(/Demostad/);
    await waitForMapIdle(page);
    await page.click('[data-testid="tab-story"]');
    expect(await page.locator('[data-testid="story-view"]').count()).toBe(0);
    expect(await page.textContent('[data-testid="story-hidden-views"]')).toMatch(/^3 weergaven horen bij een ander pakket/);
    expect(await page.isDisabled('[data-testid="story-present"]')).toBe(true);
    await shot(page, 'other-package');
  });

  it('made no request outside 127.0.0.1 and logged no errors', () => {
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
  });
});
