import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readImportInputs } from '../../data/import/read-import-inputs';
import { PROJECT_ROOT, SHARED_DIR } from '../helpers/shared-data';
import { startAppServer } from './support/app-server';
import { launchBrowser, openTrackedPage, waitForMapIdle } from './support/browser';
import { e2eSuite } from './support/e2e-gate';
import { renderedFeatureIds } from './support/map-probes';

const SHOTS = path.join(PROJECT_ROOT, 'test-results', 'e2e');
const GGW7 = path.join(SHARED_DIR, 'data', 'raw', 'gebiedsniveaus', 'ggw7');
const hasGgw7 = existsSync(`${GGW7}.shp`);
const FIXTURE_SHP = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'import', 'boundaries', 'lambert72', 'wijken');
const KORTRIJK_CSV = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'import', 'kortrijk-wijken-belgisch-FICTIEF.csv');

/**
 * The shapefile and the Belgian CSV to import: the real Flanders wijken filtered to Kortrijk with the
 * Kortrijk CSV where ../shared is present; otherwise the small Lambert 72 fixture with a Belgian CSV
 * written for its codes.
 */
async function inputs(): Promise<{ files: string[]; filter: { field: string; prefix: string } | null; areas: number; indicator: string }> {
  if (hasGgw7) return { files: [...['shp', 'shx', 'dbf', 'prj', 'cpg'].map((e) => `${GGW7}.${e}`), KORTRIJK_CSV], filter: { field: 'geoitem', prefix: '34022' }, areas: 14, indicator: 'leefloongerechtigden' };
  const parts = ['shp', 'shx', 'dbf', 'prj', 'cpg'].map((e) => `${FIXTURE_SHP}.${e}`);
  const read = await readImportInputs(parts.map((p) => ({ name: path.basename(p), bytes: new Uint8Array(readFileSync(p)) })));
  const layer = read.boundary!;
  const codeField = layer.fields[0]!.name;
  const codes = layer.features.map((f) => String(f.properties[codeField]));
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wz-e2e-import-'));
  const csv = path.join(dir, 'cijfers-belgisch.csv');
  await writeFile(csv, `\ufeffcode;jaar;Aantal cliënten\r\n${codes.map((c, i) => `${c};2024;${(i + 1) * 1250},0`).join('\r\n')}\r\n`);
  return { files: [...parts, csv], filter: null, areas: codes.length, indicator: 'aantal_clienten' };
}

describe('import wizard in Chromium', e2eSuite(), () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startAppServer>>;
  let page: Page;
  let external: string[];

  beforeAll(async () => {
    server = await startAppServer(null);
    browser = await launchBrowser();
    ({ page, external } = await openTrackedPage(browser, server.origin, { width: 1400, height: 950 }));
    await page.goto(server.url);
    await waitForMapIdle(page);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('turns a shapefile and a Belgian CSV into a package and maps an imported indicator', async () => {
    const { files, filter, areas, indicator } = await inputs();
    await page.click('[data-testid="open-import"]');
    await page.setInputFiles('[data-testid="import-file-input"]', files);
    // Files are read into memory asynchronously before they are listed.
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="import-files"] li').length === n, files.length);
    if (filter) {
      await page.fill('[data-testid="import-filter-field"]', filter.field);
      await page.fill('[data-testid="import-filter-prefix"]', filter.prefix);
    }
    await page.click('[data-testid="import-read"]');
    // Mapping step: the boundaries on a preview map, the first rows of the table.
    await page.waitForSelector('[data-testid="import-boundary-summary"]');
    expect(await page.textContent('[data-testid="import-boundary-summary"]')).toContain('EPSG:31370 (prj)');
    expect(await page.locator('[data-testid="import-preview-rows"] tbody tr').count()).toBeGreaterThan(0);
    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, 'import-mapping.png') });
    await page.click('[data-testid="import-next-indicators"]');
    await page.fill('[data-testid="import-title"]', 'Import e2e');
    await page.click('[data-testid="import-build"]');
    await page.waitForSelector('[data-testid="import-report"]');
    expect(await page.textContent('[data-testid="import-report-status"]')).toContain(`${areas} gebieden`);
    await page.screenshot({ path: path.join(SHOTS, 'import-report.png') });
    await page.click('[data-testid="import-open"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="package-title"]')?.textContent === 'Import e2e');
    await page.selectOption('[data-testid="indicator-select"]', indicator);
    await waitForMapIdle(page, { indicator });
    expect(await renderedFeatureIds(page, 'area-fill')).toHaveLength(areas);
    expect(await page.locator('[data-testid="legend-entry"]').count()).toBeGreaterThanOrEqual(2);
    await page.screenshot({ path: path.join(SHOTS, 'import-choropleth.png') });
    expect(external).toEqual([]);
  });

  it('refuses projected boundaries without a coordinate system, and proposes Lambert 72', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'wz-e2e-bad-'));
    const bad = path.join(dir, 'zonder-crs.geojson');
    await writeFile(bad, JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { code: 'A' }, geometry: { type: 'Polygon', coordinates: [[[72000, 165000], [73000, 165000], [73000, 166000], [72000, 165000]]] } }] }));
    if (await page.locator('[data-testid="import-wizard"][open]').count()) await page.keyboard.press('Escape');
    const title = await page.textContent('[data-testid="package-title"]');
    await page.click('[data-testid="open-import"]');
    await page.setInputFiles('[data-testid="import-file-input"]', [bad]);
    await page.waitForSelector('[data-testid="import-files"] li');
    await page.click('[data-testid="import-read"]');
    const problems = page.locator('[data-testid="import-problems"]');
    await problems.waitFor({ state: 'visible' });
    const text = await problems.textContent();
    expect(text).toContain('zonder-crs.geojson');
    expect(text).toContain('EPSG:31370');
    await page.keyboard.press('Escape');
    expect(await page.textContent('[data-testid="package-title"]')).toBe(title);
  });
});
