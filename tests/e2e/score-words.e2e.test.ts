/**
 * Scores in plain words (issue 14.2), on Kortrijk and Demostad in Chromium: the gap ranking and the area
 * factsheet give the need index and the coverage gap as laag / gemiddeld / hoog with the number after it,
 * the word following the number by the stated rule (±0,5), with a "Wat betekent dit?" explanation; the
 * same in English. Read from the rendered page.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/shared-data';
import { openAppSession, type AppSession } from './support/app-session';
import { e2eSuite } from './support/e2e-gate';
import { PACKAGE_TARGETS } from './support/package-targets';

const SHOTS = path.join(PROJECT_ROOT, 'test-results', 'e2e');
const WORDS = { nl: ['laag', 'gemiddeld', 'hoog'], en: ['low', 'average', 'high'] } as const;

/** Every score shown in `scope`: its word and its number (read in the UI language's decimal mark). */
async function scoresIn(page: Page, scope: string, language: 'nl' | 'en'): Promise<{ word: string; value: number }[]> {
  const shown = await page.$$eval(`${scope} [data-testid="score-value"]`, (els) => els.map((e) => ({ word: e.querySelector('.score-word')?.textContent ?? '', number: e.querySelector('.score-number')?.textContent ?? '' })));
  return shown.map(({ word, number }) => {
    const digits = number.replace(/[()\s]/g, '').replace('−', '-');
    return { word, value: Number(language === 'nl' ? digits.replace(/\./g, '').replace(',', '.') : digits.replace(/,/g, '')) };
  });
}

/** The word the methods give a score: low at −0.5 or less, high at 0.5 or more, average between. */
const expectedWord = (value: number, language: 'nl' | 'en') => WORDS[language][value <= -0.5 ? 0 : value >= 0.5 ? 2 : 1];

for (const { name, slug, dir, needs } of PACKAGE_TARGETS) describe(`scores in words on ${name} in Chromium`, e2eSuite(needs), () => {
  let app: AppSession;
  let page: Page;

  beforeAll(async () => {
    app = await openAppSession(dir, { width: 1440, height: 900 });
    page = app.page;
    await page.click('[data-testid="tab-charts"]');
    await page.waitForSelector('[data-testid="charts-panel"][data-analysis="ready"]', { timeout: 90_000 });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('ranks the gaps with their score in words, the word following the number, and explains them', async () => {
    const scores = await scoresIn(page, '[data-testid="charts-panel"]', 'nl');
    expect(scores.length).toBeGreaterThan(0);
    for (const s of scores) {
      expect(Number.isFinite(s.value), JSON.stringify(s)).toBe(true);
      expect(s.word).toBe(expectedWord(s.value, 'nl'));
    }
    const help = page.locator('[data-testid="charts-panel"] [data-testid="score-help"]').first();
    await help.locator('summary').click();
    expect(await help.textContent()).toMatch(/Wat betekent dit\?[\s\S]*laag[\s\S]*hoog/);
  });

  it('gives the need index and the gap of an area in words in its factsheet', async () => {
    const code = (await page.locator('[data-testid="gap-row"]').first().getAttribute('data-code'))!;
    await page.locator(`[data-testid="gap-row"][data-code="${code}"]`).click();
    await page.waitForSelector('[data-testid="detail-panel"] [data-testid="score-value"]', { timeout: 30_000 });
    const scores = await scoresIn(page, '[data-testid="detail-panel"]', 'nl');
    expect(scores.length).toBeGreaterThanOrEqual(1);
    for (const s of scores) expect(s.word).toBe(expectedWord(s.value, 'nl'));
    expect(await page.locator('[data-testid="detail-panel"] [data-testid="score-help"] summary').textContent()).toBe('Wat betekent dit?');
    await page.screenshot({ path: path.join(SHOTS, `score-words-${slug}.png`) });
  });

  it('says the same in English, with English words and numbers', async () => {
    const dutch = await scoresIn(page, '[data-testid="detail-panel"]', 'nl');
    await page.click('[data-testid="language-toggle"]');
    await expect.poll(async () => (await scoresIn(page, '[data-testid="detail-panel"]', 'en')).map((s) => s.word).join()).toBe(dutch.map((s) => expectedWord(s.value, 'en')).join());
    expect((await scoresIn(page, '[data-testid="detail-panel"]', 'en')).map((s) => s.value)).toEqual(dutch.map((s) => s.value));
    await page.click('[data-testid="language-toggle"]');
  });

  it('made no request outside 127.0.0.1 and logged no errors', () => {
    expect(app.external).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
