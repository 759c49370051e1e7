/**
 * State that belongs to a package and feedback on slow steps (issue 14.7, 14.10), on Kortrijk and Demostad
 * in Chromium: the control that started a step is marked busy at once and cleared when the step is done
 * (recorded by a MutationObserver, so a mark shorter than a poll is seen too); the staffing map takes the
 * team level and gives the user's level back; a measure the next package cannot show does not leave it grey.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/shared-data';
import { waitForMapIdle } from './support/browser';
import { openAppSession, type AppSession } from './support/app-session';
import { e2eSuite } from './support/e2e-gate';
import { PACKAGE_TARGETS } from './support/package-targets';

const SHOTS = path.join(PROJECT_ROOT, 'test-results', 'e2e');

const targets = PACKAGE_TARGETS;

declare global {
  interface Window {
    __busyLog?: string[];
  }
}

/** Starts recording every value the `aria-busy` attribute of `selector` takes (its present value first). */
async function recordBusy(page: Page, selector: string): Promise<void> {
  await page.evaluate((sel) => {
    const target = document.querySelector(sel)!;
    window.__busyLog = [String(target.getAttribute('aria-busy'))];
    new MutationObserver(() => window.__busyLog!.push(String(target.getAttribute('aria-busy')))).observe(target, { attributes: true, attributeFilter: ['aria-busy'] });
  }, selector);
}

const busyLog = (page: Page) => page.evaluate(() => window.__busyLog ?? []);

const shownLevel = (page: Page) => page.evaluate(() => (document.documentElement.dataset.mapView ?? '').split('|')[0]);

for (const { name, slug, dir, needs } of targets) describe(`state and feedback on ${name} in Chromium`, e2eSuite(needs), () => {
  let app: AppSession;
  let page: Page;
  let levels: string[];

  beforeAll(async () => {
    app = await openAppSession(dir, { width: 1440, height: 900 });
    page = app.page;
    levels = await page.$$eval('[data-testid="level-select"] option', (os) => os.map((o) => (o as HTMLOptionElement).value).filter((v) => v !== 'team'));
  });
  afterAll(async () => {
    await app?.close();
  });

  it('marks the level control busy from the change until the map of that level is drawn', async () => {
    const current = await shownLevel(page);
    const other = levels.find((l) => l !== current)!;
    await recordBusy(page, '[data-testid="level-select"]');
    await page.selectOption('[data-testid="level-select"]', other);
    await waitForMapIdle(page, { level: other });
    await expect.poll(async () => (await busyLog(page)).at(-1)).toBe('false');
    const log = await busyLog(page);
    expect(log).toContain('true');
    expect(log.indexOf('true')).toBeGreaterThan(-1);
  });

  it('takes the team level for the staffing map and gives the chosen level back after it', async () => {
    const chosen = levels.at(-1)!;
    await page.selectOption('[data-testid="level-select"]', chosen);
    await waitForMapIdle(page, { level: chosen });
    const measure = await page.$eval('[data-testid="measure-select"]', (s) => (s as HTMLSelectElement).value);
    await recordBusy(page, '[data-testid="measure-select"]');
    await page.selectOption('[data-testid="measure-select"]', 'staffing');
    await waitForMapIdle(page, { level: 'team' });
    expect(await busyLog(page)).toContain('true');
    await page.screenshot({ path: path.join(SHOTS, `state-staffing-${slug}.png`) });
    await page.selectOption('[data-testid="measure-select"]', measure);
    await waitForMapIdle(page, { level: chosen });
    expect(await page.$eval('[data-testid="level-select"]', (s) => (s as HTMLSelectElement).value)).toBe(chosen);
  });

  it('marks the planner tab busy while the planner is computed, and clears it', async () => {
    await recordBusy(page, '[data-testid="tab-planner"]');
    await page.click('[data-testid="tab-planner"]');
    await page.waitForSelector('[data-testid="planner-panel"]');
    await expect.poll(async () => (await busyLog(page)).at(-1), { timeout: 60_000 }).toBe('false');
    expect(await busyLog(page)).toContain('true');
    await page.click('[data-testid="tab-charts"]');
  });

  if (dir !== null)
    it('opens Demostad after a bivariate map here with a coloured map, never all grey', async () => {
      // The planner left the staffing map on; bivariate at a level of many areas (the level chosen before
      // was the whole municipality as one area).
      await page.selectOption('[data-testid="measure-select"]', 'bivariate');
      await page.selectOption('[data-testid="level-select"]', levels[0]!);
      await waitForMapIdle(page, { level: levels[0] });
      await waitForMapIdle(page);
      await page.click('[data-testid="open-demo"]');
      await expect.poll(async () => (await page.textContent('[data-testid="package-title"]')) ?? '', { timeout: 90_000 }).toMatch(/Demostad/);
      await waitForMapIdle(page);
      const offered = await page.$$eval('[data-testid="measure-select"] option', (os) => os.map((o) => (o as HTMLOptionElement).value));
      const measure = await page.$eval('[data-testid="measure-select"]', (s) => (s as HTMLSelectElement).value);
      expect(offered).toContain(measure);
      expect(await page.getAttribute('[data-testid="legend"]', 'data-measure')).toBe(measure);
      // The map has colours: some area is drawn in a colour that is not the no-data grey.
      const colours = async () => {
        const fills = await page.evaluate(() => [...new Set(window.__wijkzichtMap!.queryRenderedFeatures({ layers: ['area-fill'] }).map((f) => String((f.state as { fill?: string }).fill ?? '')))]);
        return fills.filter((f) => f !== '' && f !== 'null' && !['#d9d9d9', '#bdbdbd', '#cccccc'].includes(f.toLowerCase()));
      };
      await expect.poll(async () => (await colours()).length, { timeout: 30_000 }).toBeGreaterThan(1);
      await page.screenshot({ path: path.join(SHOTS, 'state-after-demostad.png') });
    });

  it('made no request outside 127.0.0.1 and logged no errors', () => {
    expect(app.external).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
