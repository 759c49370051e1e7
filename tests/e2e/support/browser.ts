import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './find-chromium';

export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found (see find-chromium.ts)');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

/**
 * Records, on `page`, every request leaving the app's `origin` (into `external`) and every page error or
 * console error (into `errors`, prefixed with `label` when given: e.g. a second window of the app).
 */
export function trackPage(page: Page, origin: string, external: string[], errors: string[], label = ''): void {
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) external.push(url);
  });
  page.on('pageerror', (error) => errors.push(label + error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(label + message.text());
  });
}

/** A page that records every request leaving the app's own origin, and its errors. */
export async function openTrackedPage(browser: Browser, origin: string, viewport = { width: 1400, height: 900 }) {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
  const external: string[] = [];
  const errors: string[] = [];
  trackPage(page, origin, external, errors);
  return { page, external, errors };
}

/** Waits until the map has drawn what it was asked to and has stopped moving (after a camera change). */
export async function waitForMapSettled(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.mapState === 'idle' && !window.__wijkzichtMap!.isMoving(), null, { timeout, polling: 50 });
}

/**
 * Waits until the map says everything it was asked to draw is on screen; with `view`
 * (`level|indicator|period`, parts may be omitted: `sector||`), until that view is.
 */
export async function waitForMapIdle(page: Page, view?: { level?: string; indicator?: string; period?: number }, timeout = 90_000): Promise<void> {
  await page.waitForFunction(
    (want) => {
      const root = document.documentElement;
      if (root.dataset.mapState !== 'idle') return false;
      if (!want) return true;
      const [level, indicator, period] = (root.dataset.mapView ?? '').split('|');
      return (want.level === undefined || want.level === level) && (want.indicator === undefined || want.indicator === indicator) && (want.period === undefined || String(want.period) === period);
    },
    view ?? null,
    { timeout, polling: 100 },
  );
}

/** What shows that a side-panel tab's content is drawn and done (the charts: their analysis has an outcome). */
const TAB_READY = {
  charts: ['[data-testid="charts-panel"][data-analysis="ready"]', '[data-testid="charts-panel"][data-analysis="unavailable"]', '[data-testid="charts-failed"]'],
  detail: ['[data-testid="detail-panel"]', '[data-testid="detail-empty"]'],
  layers: ['[data-testid="layer-list"]'],
  planner: ['[data-testid="planner-panel"][data-ready="true"]'],
  story: ['[data-testid="story-panel"]'],
} as const;

/** Opens a tab of the side panel and waits until it is selected and its content is drawn (no fixed sleep). */
export async function openSideTab(page: Page, tab: keyof typeof TAB_READY, timeout = 60_000): Promise<void> {
  await page.click(`[data-testid="tab-${tab}"]`);
  await page.waitForSelector(`[data-testid="tab-${tab}"][aria-selected="true"]`, { timeout });
  await page.waitForSelector(TAB_READY[tab].map((ready) => `#tabpanel-${tab} ${ready}`).join(', '), { timeout });
  await afterNextFrame(page);
}

/** Resolves once the browser has rendered a frame after every update already scheduled (React commits included). */
export async function afterNextFrame(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}
