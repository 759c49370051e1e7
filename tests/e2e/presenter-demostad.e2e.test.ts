/**
 * The presenter on the generated Demostad package in Chromium at 1920×1080 (issue 14.5 and 14.6 on a second
 * package): a two-view story whose first view is the bivariate map of need against reach. The audience view
 * has no control and the map fills the screen; the end slide names Demostad. The bivariate legend keeps its
 * axes in every export: the 3×3 square, the need axis above it, the reach arrow and axis under it, the
 * gap-corner caption beside it and the outline around the corner are read back from the 2× PNG, from the
 * PDF's page images and from the HTML story's images. PDF pages end in white, not in an empty block.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/shared-data';
import { openAppSession, type AppSession } from './support/app-session';
import { waitForMapIdle, waitForMapSettled } from './support/browser';
import { e2eSuite } from './support/e2e-gate';
import { cssToHex } from './support/map-probes';
import { findBivariateSquare, type BivariateSquareProbe } from './support/png-probes';

const SHOTS = path.join(PROJECT_ROOT, 'test-results', 'e2e');

async function shot(page: Page, name: string) {
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `presenter-demostad-${name}.png`) });
}

/** The square is whole and the ink of its axes, arrow, caption and corner outline is where it belongs. */
function expectLegendWithAxes(probe: BivariateSquareProbe | null, expectedScale: number | null) {
  expect(probe, 'all nine colours of the 3×3 square').not.toBeNull();
  const { centres, pitch } = probe!;
  const scale = expectedScale ?? pitch / 24;
  expect(pitch).toBeGreaterThan(24 * scale * 0.9);
  expect(pitch).toBeLessThan(24 * scale * 1.1);
  expect(scale, 'drawn at least at 1×').toBeGreaterThanOrEqual(0.9);
  for (let need = 0; need < 3; need++) {
    for (let reach = 0; reach < 3; reach++) {
      const c = centres[need]![reach]!;
      // Reach grows to the right, need grows upwards, one pitch apart.
      expect(Math.abs(c.x - centres[0]![0]!.x - reach * pitch)).toBeLessThan(pitch * 0.2);
      expect(Math.abs(centres[0]![0]!.y - c.y - need * pitch)).toBeLessThan(pitch * 0.2);
    }
  }
  const ink = 20 * scale * scale;
  expect(probe!.inkAbove, 'the need axis above the square').toBeGreaterThan(ink);
  expect(probe!.inkBelow, 'the reach arrow and axis under the square').toBeGreaterThan(ink);
  expect(probe!.inkRight, 'the gap-corner caption beside the square').toBeGreaterThan(ink);
  expect(probe!.inkCorner, 'the outline around the gap corner').toBeGreaterThan(ink);
}

describe('presenter on Demostad in Chromium at 1920×1080', e2eSuite({}), () => {
  let app: AppSession;
  let page: Page;
  /** The bivariate cells' colours, `[need][reach]`, as the app's legend shows them. */
  let cells: string[][] = [];
  const work = mkdtempSync(path.join(tmpdir(), 'wijkzicht-demostad-'));

  beforeAll(async () => {
    app = await openAppSession(null, { width: 1920, height: 1080 });
    page = app.page;
  });
  afterAll(async () => {
    await app?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('shows need against reach and exports it as a 2× PNG named after it, with the legend’s axes burned in', async () => {
    await page.selectOption('[data-testid="measure-select"]', 'bivariate');
    await waitForMapIdle(page);
    await page.waitForSelector('[data-testid="bivariate-legend"]');
    await waitForMapSettled(page);
    const shown = (await page.$$eval('[data-testid="bivariate-cell"]', (els) => els.map((e) => getComputedStyle(e).backgroundColor))).map(cssToHex);
    expect(shown).toHaveLength(9);
    // The legend lists need 3, 2, 1 from the top and reach 1, 2, 3 from the left.
    cells = [0, 1, 2].map((need) => [0, 1, 2].map((reach) => shown[(2 - need) * 3 + reach]!));
    const legendTitle = (await page.textContent('[data-testid="legend"] .legend-title')) ?? '';
    await page.click('[data-testid="tab-story"]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="story-export-2x"]')]);
    const png = PNG.sync.read(readFileSync(await download.path()));
    await mkdir(SHOTS, { recursive: true });
    await writeFile(path.join(SHOTS, 'presenter-demostad-export-2x.png'), PNG.sync.write(png));
    const stem = legendTitle.toLocaleLowerCase('nl-BE').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 20);
    expect(stem.length).toBeGreaterThan(3);
    expect(download.suggestedFilename().startsWith(stem)).toBe(true);
    expect(download.suggestedFilename()).toMatch(/-2x\.png$/);
    // The legend card is at the bottom left of the map.
    expectLegendWithAxes(findBivariateSquare(png, cells, { x: 0, y: Math.round(png.height / 2), width: Math.round(png.width / 2), height: Math.round(png.height / 2) }), 2);
  });

  it('saves two views and presents them for a hall: no control, the map fills the screen, an end slide naming Demostad', async () => {
    const save = async (title: string, count: number) => {
      await waitForMapSettled(page);
      await page.fill('[data-testid="story-new-title"]', title);
      await page.click('[data-testid="story-save"]');
      await expect.poll(() => page.locator('[data-testid="story-view"]').count()).toBe(count);
    };
    await save('Nood tegenover bereik', 1);
    await page.selectOption('[data-testid="measure-select"]', 'rate');
    await waitForMapIdle(page);
    await save('Indicator per wijk', 2);
    await page.click('[data-testid="story-present"]');
    await expect.poll(async () => page.getAttribute('[data-testid="presentation"]', 'data-index')).toBe('0');
    await waitForMapSettled(page);
    await page.mouse.move(1900, 1070);
    await page.waitForSelector('[data-testid="presentation-hint"]', { state: 'detached', timeout: 10_000 });
    const seen = await page.evaluate(() => {
      const visible = (e: Element) => {
        const r = e.getBoundingClientRect();
        const style = getComputedStyle(e);
        return r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
      };
      const map = document.querySelector('[data-testid="map"]')!.getBoundingClientRect();
      return {
        buttons: [...document.querySelectorAll('button, select, input, [role="button"]')].filter(visible).length,
        controls: [...document.querySelectorAll('.maplibregl-ctrl')].filter(visible).length,
        mapShare: (map.width * map.height) / (window.innerWidth * window.innerHeight),
      };
    });
    await shot(page, 'hall-1920');
    expect(seen.buttons).toBe(0);
    expect(seen.controls).toBe(0);
    expect(seen.mapShare).toBeGreaterThanOrEqual(0.7);
    expect(await page.locator('[data-testid="bivariate-legend"]').count()).toBe(1);
    // The square and its axes are scaled for the hall like the rest of the legend (34 px cells on the desk).
    const square = await page.evaluate(() => ({
      cell: document.querySelector('[data-testid="bivariate-cell"]')!.getBoundingClientRect().width,
      axesPx: parseFloat(getComputedStyle(document.querySelector('.bivariate-axes')!).fontSize),
    }));
    expect(square.cell).toBeGreaterThanOrEqual(48);
    expect(square.axesPx).toBeGreaterThanOrEqual(16);
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => page.getAttribute('[data-testid="presentation"]', 'data-index')).toBe('1');
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => page.getAttribute('[data-testid="presentation"]', 'data-end')).toBe('true');
    expect(await page.textContent('[data-testid="presentation-end"]')).toMatch(/^Einde.*Demostad/);
    await shot(page, 'end-slide');
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="presentation"]', { state: 'detached' });
  });

  it('prints the story as a two-page PDF whose pages end in white and whose first page keeps the legend’s axes', async () => {
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await page.click('[data-testid="story-pdf"]');
    await page.waitForSelector('[data-testid="print-story"][data-pages="2"]', { state: 'attached', timeout: 120_000 });
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('[data-testid="print-story"] img')].every((img) => img.complete && img.naturalWidth > 0));
    const pdfPath = path.join(SHOTS, 'presenter-demostad-story.pdf');
    await writeFile(pdfPath, await page.pdf({ format: 'A4', printBackground: true }));
    expect(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' })).toMatch(/Pages:\s+2/);
    // The view images as they are in the PDF: the first is the bivariate view.
    execFileSync('pdfimages', ['-png', pdfPath, path.join(work, 'img')]);
    const images = readdirSync(work).filter((f) => f.startsWith('img')).sort();
    expect(images).toHaveLength(2);
    const first = PNG.sync.read(readFileSync(path.join(work, images[0]!)));
    expectLegendWithAxes(findBivariateSquare(first, cells, { x: 0, y: Math.round(first.height / 2), width: Math.round(first.width / 2), height: Math.round(first.height / 2) }), null);
    // Each page rendered as a printer would: its last tenth is white paper, no coloured block.
    execFileSync('pdftoppm', ['-r', '40', '-png', pdfPath, path.join(work, 'page')]);
    for (const file of readdirSync(work).filter((f) => f.startsWith('page'))) {
      const page = PNG.sync.read(readFileSync(path.join(work, file)));
      let notWhite = 0;
      for (let y = Math.floor(page.height * 0.9); y < page.height; y++) {
        for (let x = 0; x < page.width; x++) {
          const i = (page.width * y + x) * 4;
          if (page.data[i]! < 245 || page.data[i + 1]! < 245 || page.data[i + 2]! < 245) notWhite++;
        }
      }
      expect(notWhite, `${file}: the foot of the page`).toBe(0);
    }
  });

  it('saves the story as HTML whose bivariate view keeps the legend’s axes', async () => {
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 180_000 }), page.click('[data-testid="story-html"]')]);
    const html = readFileSync(await download.path(), 'utf8');
    const images = [...html.matchAll(/src="data:image\/png;base64,([^"]+)"/g)].map((m) => PNG.sync.read(Buffer.from(m[1]!, 'base64')));
    expect(images).toHaveLength(2);
    expect(html).toContain('Nood tegenover bereik');
    const first = images[0]!;
    expectLegendWithAxes(findBivariateSquare(first, cells, { x: 0, y: Math.round(first.height / 2), width: Math.round(first.width / 2), height: Math.round(first.height / 2) }), null);
  });

  it('made no request outside 127.0.0.1 and logged no errors', () => {
    expect(app.external).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
