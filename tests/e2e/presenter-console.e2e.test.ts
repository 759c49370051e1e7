/**
 * A five-view story of Kortrijk in Chromium, shown with the presenter view: the audience window presents, the
 * console (a second window, linked by a BroadcastChannel as in the browser app) shows notes, the current and
 * next view and a timer, and drives the audience window by buttons and clicker keys. Then the 4× PNG, the
 * offline HTML story and the five-page PDF. (Electron relays the same messages over IPC: see tests/electron.)
 */
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KORTRIJK_DIR, PROJECT_ROOT } from '../helpers/shared-data';
import { trackPage, waitForMapIdle, waitForMapSettled } from './support/browser';
import { openAppSession, type AppSession } from './support/app-session';
import { e2eSuite } from './support/e2e-gate';
import { colourDistance, cssToHex } from './support/map-probes';
import { pngColoursIn } from './support/png-probes';

const SHOTS = path.join(PROJECT_ROOT, 'test-results', 'e2e');

const STORY = [
  { title: 'Armoede per wijk', level: undefined, indicator: undefined, camera: null, notes: 'Begin bij het totaalbeeld.' },
  { title: 'Alleenwonende 75-plussers', level: undefined, indicator: 'alone_75plus', camera: { center: [3.2649, 50.8279], zoom: 13.2 }, notes: 'Wijs op de binnenstad.' },
  { title: 'Verhoogde tegemoetkoming per sector', level: 'sector', indicator: 'vt_persons', camera: { center: [3.24, 50.8], zoom: 11.6 }, notes: '' },
  { title: 'Heule en Bissegem', level: 'sector', indicator: 'vt_persons', camera: { center: [3.225, 50.835], zoom: 12.6 }, notes: 'Twee randgemeenten.' },
  { title: 'Overzicht van de stad', level: 'sector', indicator: 'alone_75plus', camera: { center: [3.265, 50.815], zoom: 11.2 }, notes: 'Afronden: vragen?' },
] as const;

describe('presenter view and exports of a five-view Kortrijk story in Chromium', e2eSuite({ kortrijk: true }), () => {
  let app: AppSession;
  let page: Page;
  let console_: Page;
  let external: string[];
  let errors: string[];

  const settled = () => waitForMapSettled(page);
  const indicatorShown = async () => ((await page.getAttribute('html', 'data-map-view')) ?? '').split('|')[1];
  const shownIndex = async () => (await page.getAttribute('[data-testid="presentation"]', 'data-index')) ?? '';
  const indicators: string[] = [];

  beforeAll(async () => {
    app = await openAppSession(KORTRIJK_DIR);
    ({ page, external, errors } = app);
    // The console window opens from the page: track its requests and errors the same way.
    page.context().on('page', (popup) => trackPage(popup, app.server.origin, external, errors, 'console window: '));
  });
  afterAll(async () => {
    await app?.close();
  });

  it('saves a five-view story, each with a thumbnail', async () => {
    await page.click('[data-testid="tab-story"]');
    for (const [i, v] of STORY.entries()) {
      if (v.level) await page.selectOption('[data-testid="level-select"]', v.level);
      if (v.indicator) await page.selectOption('[data-testid="indicator-select"]', v.indicator);
      await waitForMapIdle(page, { level: v.level, indicator: v.indicator });
      if (v.camera) await page.evaluate(`window.__wijkzichtMap.jumpTo(${JSON.stringify(v.camera)})`);
      await settled();
      indicators.push((await indicatorShown())!);
      await page.fill('[data-testid="story-new-title"]', v.title);
      await page.click('[data-testid="story-save"]');
      await expect.poll(() => page.locator('[data-testid="story-view"]').count()).toBe(i + 1);
      if (v.notes) await page.locator('[data-testid="story-view"]').nth(i).locator('[data-testid="story-view-notes"]').fill(v.notes);
    }
    await page.locator('[data-testid="story-new-title"]').focus();
    await expect.poll(() => page.locator('[data-testid="story-thumbnail"]').count(), { timeout: 30_000 }).toBe(5);
    const thumb = await page.getAttribute('[data-testid="story-thumbnail"]', 'src');
    expect(thumb).toMatch(/^data:image\/jpeg;base64,/);
  });

  it('opens the presenter view: notes, current and next view, timer; the console drives the audience window', async () => {
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.click('[data-testid="story-present-console"]')]);
    console_ = popup;
    await console_.setViewportSize({ width: 1100, height: 760 });
    await console_.waitForSelector('[data-testid="console"][data-state="presenting"]', { timeout: 60_000 });
    expect(await page.getAttribute('[data-testid="presentation"]', 'data-layout')).toBe('two-windows');
    await expect.poll(shownIndex).toBe('0');
    expect(await console_.textContent('[data-testid="console-position"]')).toBe('1 / 5');
    expect(await console_.textContent('[data-testid="console-current-title"]')).toBe(STORY[0].title);
    expect(await console_.textContent('[data-testid="console-next-view-title"]')).toBe(STORY[1].title);
    expect(await console_.textContent('[data-testid="console-notes"]')).toBe(STORY[0].notes);
    expect(await console_.getAttribute('[data-testid="console-next-view-image"]', 'src')).toMatch(/^data:image\/jpeg;base64,/);
    // The notes are the presenter's: the audience window does not show them.
    await page.keyboard.press('n');
    expect(await page.locator('[data-testid="presentation-notes"]').count()).toBe(0);
    await page.keyboard.press('n');

    // The console's button, then the clicker's keys pressed in the console window.
    await console_.click('[data-testid="console-next"]');
    await expect.poll(shownIndex).toBe('1');
    await expect.poll(indicatorShown, { timeout: 20_000 }).toBe(indicators[1]);
    await console_.waitForSelector('[data-testid="console"][data-index="1"]');
    expect(await console_.textContent('[data-testid="console-notes"]')).toBe(STORY[1].notes);
    await console_.keyboard.press('PageDown');
    await expect.poll(shownIndex).toBe('2');
    await console_.keyboard.press('ArrowRight');
    await expect.poll(shownIndex).toBe('3');
    await console_.keyboard.press('ArrowLeft');
    await expect.poll(shownIndex).toBe('2');
    await console_.waitForSelector('[data-testid="console"][data-index="2"]');
    expect(await console_.textContent('[data-testid="console-notes"]')).toMatch(/Geen notities|No notes/);
    // Keys in the audience window move the console along.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await console_.waitForSelector('[data-testid="console"][data-index="4"]');
    // After the last view comes the end slide.
    expect(await console_.textContent('[data-testid="console-next-view-title"]')).toMatch(/^(Einde|The end)$/);
    expect(await console_.isDisabled('[data-testid="console-next"]')).toBe(false);
    await expect.poll(indicatorShown, { timeout: 20_000 }).toBe(indicators[4]);
    await settled();
    expect(await console_.textContent('[data-testid="console-elapsed"]')).toMatch(/^\d+:\d\d$/);
    expect(await console_.textContent('[data-testid="console-clock"]')).toMatch(/^\d\d[:.]\d\d$/);
    await mkdir(SHOTS, { recursive: true });
    await console_.screenshot({ path: path.join(SHOTS, 'presenter-console.png') });
    await page.screenshot({ path: path.join(SHOTS, 'presenter-audience.png') });

    await console_.click('[data-testid="console-next"]');
    await page.waitForSelector('[data-testid="presentation-end"]');
    await console_.waitForSelector('[data-testid="console"][data-end="true"]');
    expect(await console_.textContent('[data-testid="console-position"]')).toMatch(/^(Einde|End) \(5/);
    expect(await console_.isDisabled('[data-testid="console-next"]')).toBe(true);
    await page.screenshot({ path: path.join(SHOTS, 'presenter-audience-end.png') });

    // Esc on the console ends the presentation in both windows.
    // The console window can close before the key's keyup is delivered: that is the press having worked.
    await console_.keyboard.press('Escape').catch((error: unknown) => {
      if (!console_.isClosed()) throw error;
    });
    await page.waitForSelector('[data-testid="presentation"]', { state: 'detached' });
    await expect.poll(() => console_.isClosed()).toBe(true);
  });

  it('exports the current view as a 4× PNG: four times the map width, legend colours and map drawn', async () => {
    await page.click('[data-testid="tab-story"]');
    await page.locator('[data-testid="story-show"]').nth(1).click();
    await expect.poll(indicatorShown, { timeout: 20_000 }).toBe(indicators[1]);
    await settled();
    const mapBox = (await page.locator('[data-testid="map"]').boundingBox())!;
    const legendColours = (await page.$$eval('[data-testid="legend-entry"] .swatch', (els) => els.map((e) => getComputedStyle(e).backgroundColor))).map(cssToHex);
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.click('[data-testid="story-export-4x"]')]);
    const png = PNG.sync.read(readFileSync(await download.path()));
    expect(png.width).toBe(4 * Math.round(mapBox.width));
    expect(png.height).toBeGreaterThan(4 * Math.round(mapBox.height));
    const coloursIn = (x0: number, y0: number, w: number, h: number) => pngColoursIn(png, x0, y0, w, h, 5);
    // The footer is 64 px × 4; the legend card is at the bottom left of the map above it.
    const mapBottom = png.height - 256;
    const legendRegion = coloursIn(48, mapBottom - 1400, 1000, 1360);
    expect(legendColours.filter((c) => legendRegion.some((p) => colourDistance(p, c) < 4))).toEqual(legendColours);
    expect(coloursIn(Math.round(png.width / 3), Math.round(png.height / 3), Math.round(png.width / 3), Math.round(png.height / 4)).length).toBeGreaterThan(10);
    // A strip of the 4× image, to look at.
    const strip = new PNG({ width: 1600, height: 1000 });
    PNG.bitblt(png, strip, 0, mapBottom - 1000, 1600, 1000, 0, 0);
    await writeFile(path.join(SHOTS, 'presenter-export-4x-corner.png'), PNG.sync.write(strip));
  });

  it('saves the story as one offline HTML file that shows every view by keyboard, loading nothing', async () => {
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 180_000 }), page.click('[data-testid="story-html"]')]);
    const html = readFileSync(await download.path(), 'utf8');
    await writeFile(path.join(SHOTS, 'presenter-story.html'), html);
    expect(html.match(/<section class="slide"/g) ?? []).toHaveLength(5);
    expect(html.match(/src="data:image\/png;base64,/g) ?? []).toHaveLength(5);
    expect(html).toContain(`default-src 'none'`);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    for (const v of STORY) expect(html).toContain(v.title);

    const viewer = await app.browser.newPage({ viewport: { width: 1200, height: 800 } });
    const requests: string[] = [];
    viewer.on('request', (request) => {
      if (!request.url().startsWith('data:')) requests.push(request.url());
    });
    try {
      await viewer.setContent(html, { waitUntil: 'load' });
      const current = () => viewer.$eval('.slide.current', (e) => e.id);
      expect(await current()).toBe('view-1');
      await viewer.keyboard.press('ArrowRight');
      await viewer.keyboard.press('PageDown');
      expect(await current()).toBe('view-3');
      await viewer.keyboard.press('ArrowLeft');
      expect(await current()).toBe('view-2');
      await viewer.keyboard.press('n');
      expect(await viewer.isVisible('.slide.current .notes')).toBe(true);
      expect(await viewer.textContent('.slide.current .notes')).toBe(STORY[1].notes);
      expect(await viewer.$eval('.slide.current img', (img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(1000);
      await viewer.screenshot({ path: path.join(SHOTS, 'presenter-story-html.png') });
      expect(requests).toEqual([]);
    } finally {
      await viewer.close();
    }
  });

  it('prints the five-view story as a five-page PDF', async () => {
    await page.evaluate(() => {
      // page.pdf() prints here; the dialog of window.print() would wait for a person.
      window.print = () => undefined;
    });
    await page.click('[data-testid="story-pdf"]');
    await page.waitForSelector('[data-testid="print-story"][data-pages="5"]', { state: 'attached', timeout: 180_000 });
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('[data-testid="print-story"] img')].every((img) => img.complete && img.naturalWidth > 0));
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await writeFile(path.join(SHOTS, 'presenter-story-5.pdf'), pdf);
    const text = pdf.toString('latin1');
    expect(text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).toHaveLength(5);
    expect(text.match(/\/Subtype\s*\/Image/g) ?? []).toHaveLength(5);
  });

  it('presents in one window and says why when the browser blocks the console window', async () => {
    await page.evaluate('window.open = () => null');
    await page.click('[data-testid="tab-story"]');
    await page.click('[data-testid="story-present-console"]');
    await expect.poll(() => page.getAttribute('[data-testid="presentation"]', 'data-layout')).toBe('one-window');
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="presentation"]', { state: 'detached' });
    expect(await page.textContent('[data-testid="story-panel"] [role="alert"]')).toMatch(/pop-ups/);
  });

  it('made no request outside 127.0.0.1 and logged no errors in either window', () => {
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
  });
});
