import { mkdir } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMunicipalityPackage, decodeMunicipality } from '../../data/geography';
import type { LoadedPackage } from '../../data/package/model';
import { readPackage } from '../../data/package/read-package';
import { createMemorySource } from '../../data/package/sources/memory-source';
import { PROJECT_ROOT } from '../helpers/shared-data';
import { startAppServer } from './support/app-server';
import { launchBrowser, openTrackedPage, waitForMapIdle } from './support/browser';
import { e2eSuite } from './support/e2e-gate';
import { renderedFeatureIds } from './support/map-probes';

const SHOTS = path.join(PROJECT_ROOT, 'test-results', 'e2e');

/** Aalst (41002) from the built-in geography, as the test reads it itself. */
async function aalstTruth(): Promise<LoadedPackage> {
  const bytes = readFileSync(path.join(PROJECT_ROOT, 'assets', 'geography', '41002.json.gz'));
  const result = await readPackage(createMemorySource('Aalst', buildMunicipalityPackage(decodeMunicipality(bytes))));
  if (!result.ok) throw new Error('built-in Aalst does not read');
  return result.pkg;
}

describe('a new municipality from the built-in geography, in Chromium', e2eSuite(), () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startAppServer>>;
  let page: Page;
  let external: string[];
  let errors: string[];
  let truth: LoadedPackage;

  beforeAll(async () => {
    truth = await aalstTruth();
    server = await startAppServer(null);
    browser = await launchBrowser();
    ({ page, external, errors } = await openTrackedPage(browser, server.origin));
    await page.goto(server.url);
    await waitForMapIdle(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('finds Aalst by a part of its name and opens it with its real wijken, offline', async () => {
    await page.click('[data-testid="open-municipality"]');
    await page.fill('[data-testid="municipality-search"]', 'aals');
    await page.waitForSelector('[data-testid="municipality-option"][data-nis="41002"]');
    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, 'new-municipality-search.png') });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('[data-testid="package-title"]')?.textContent?.includes('Aalst'));
    await waitForMapIdle(page);
    const level = await page.evaluate(() => (document.documentElement.dataset.mapView ?? '').split('|')[0]);
    const shown = truth.levels.find((l) => l.level === level);
    if (!shown) throw new Error(`the map shows level "${level}", which Aalst does not have`);
    expect(await renderedFeatureIds(page, 'area-fill')).toEqual(shown.areas.features.map((f) => f.properties.code).sort());
    await page.screenshot({ path: path.join(SHOTS, 'new-municipality-aalst.png') });
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('finds a municipality by its NIS code and says when nothing matches', async () => {
    await page.click('[data-testid="open-municipality"]');
    await page.fill('[data-testid="municipality-search"]', '36015');
    await expect.poll(() => page.locator('[data-testid="municipality-option"]').first().getAttribute('data-nis')).toBe('36015');
    await page.fill('[data-testid="municipality-search"]', 'Kortrik');
    await page.waitForSelector('.municipality-none');
    // A misspelt name offers the close ones; choosing one searches for it.
    await page.click('[data-testid="municipality-close"]:has-text("Kortrijk")');
    await expect.poll(() => page.locator('[data-testid="municipality-option"]').first().getAttribute('data-nis')).toBe('34022');
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="municipality-dialog"]', { state: 'hidden' });
  });

  it('says in the planner what a new municipality still lacks and leads to Inrichten, without an empty staffing map', async () => {
    // Aalst is open (the first test): real geography, no teams, territories or FTE yet.
    const before = await page.$eval('[data-testid="measure-select"]', (s) => (s as HTMLSelectElement).value);
    await page.click('[data-testid="tab-planner"]');
    const needs = await page.waitForSelector('[data-testid="planner-needs-organisation"]');
    expect(await needs.getAttribute('data-missing')).toBe('teams territories fte');
    expect(await needs.textContent()).toMatch(/^Aalst.*heeft nog geen teams, teamgebieden en personeel \(VTE\)/);
    await waitForMapIdle(page);
    expect(await page.$eval('[data-testid="measure-select"]', (s) => (s as HTMLSelectElement).value)).toBe(before);
    expect(await page.locator('[data-testid="scenario-new"]').count()).toBe(0);
    await page.screenshot({ path: path.join(SHOTS, 'new-municipality-planner.png') });
    await page.click('[data-testid="planner-go-organise"]');
    await page.waitForSelector('[data-testid="tab-organise"][aria-selected="true"]');
  });
});
