/**
 * The planner as a planner meets it at 1440×900, on Kortrijk and on Demostad (issue 14.4, 15.1): the whole
 * team table fits beside the map, numbers read and type in nl-BE, an out-of-range FTE is refused in its
 * field without blanking anything, *Nieuw scenario* starts from the baseline and *Dupliceren* copies,
 * *Formule toepassen* asks before overwriting FTE set by hand, and a new location can be renamed and gets
 * its rings. Read from the DOM and from what MapLibre rendered.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/shared-data';
import { waitForMapIdle } from './support/browser';
import { openAppSession, type AppSession } from './support/app-session';
import { e2eSuite } from './support/e2e-gate';
import { PACKAGE_TARGETS } from './support/package-targets';

const SHOTS = path.join(PROJECT_ROOT, 'test-results', 'e2e');
const VIEWPORT = { width: 1440, height: 900 };

const targets = PACKAGE_TARGETS;

/** A number as the Dutch UI shows it ("1.234,5"). */
const nlNumber = (text: string | null) => Number((text ?? '').replace(/\./g, '').replace(',', '.').replace(/[^\d.-]/g, ''));

/** Each team's FTE as its field shows it, by team id. */
async function fteFields(page: Page): Promise<Record<string, string>> {
  return page.$$eval('[data-testid="planner-row"]', (rows) =>
    Object.fromEntries(rows.map((r) => [r.getAttribute('data-team')!, (r.querySelector('[data-testid="planner-fte-input"]') as HTMLInputElement).value])),
  );
}

/** The centres whose catchment rings MapLibre rendered (solid or dashed). */
async function ringCentres(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const features = window.__wijkzichtMap!.queryRenderedFeatures({ layers: ['ring-line', 'ring-line-dashed'] });
    return [...new Set(features.map((f) => String(f.properties?.centre)))].sort();
  });
}

for (const { name, slug, dir, needs } of targets) describe(`planner layout on ${name} at 1440×900 in Chromium`, e2eSuite(needs), () => {
  let app: AppSession;
  let page: Page;
  let baseline: Record<string, string>;

  beforeAll(async () => {
    app = await openAppSession(dir, VIEWPORT);
    page = app.page;
    await page.click('[data-testid="tab-planner"]');
    await waitForMapIdle(page, { level: 'team' });
    await page.click('[data-testid="scenario-new"]');
    await page.waitForSelector('[data-testid="planner-panel"][data-ready="true"]', { timeout: 60_000 });
    baseline = await fteFields(page);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('fits the whole team table beside a usable map, no column cut off', async () => {
    const layout = await page.evaluate(() => {
      const box = (sel: string) => document.querySelector(sel)!.getBoundingClientRect();
      const wrap = document.querySelector<HTMLElement>('.planner-table-wrap')!;
      const table = box('[data-testid="planner-table"]');
      const panel = box('[data-testid="planner-panel"]');
      const cells = [...document.querySelectorAll('[data-testid="planner-table"] thead th')].map((th) => th.getBoundingClientRect());
      return { overflow: wrap.scrollWidth - wrap.clientWidth, table: { left: table.left, right: table.right }, panel: { left: panel.left, right: panel.right }, map: box('[data-testid="map"]').width, cells: cells.map((c) => ({ left: c.left, right: c.right })), innerWidth };
    });
    expect(layout.overflow).toBeLessThanOrEqual(1);
    expect(layout.table.right).toBeLessThanOrEqual(layout.panel.right + 1);
    for (const cell of layout.cells) {
      expect(cell.left).toBeGreaterThanOrEqual(layout.panel.left - 1);
      expect(cell.right).toBeLessThanOrEqual(Math.min(layout.panel.right, layout.innerWidth) + 1);
    }
    // The map stays wide enough to add and drag locations.
    expect(layout.map).toBeGreaterThanOrEqual(450);
    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, `planner-layout-${slug}.png`) });
  });

  it('shows FTE with a decimal comma and takes "16.5" as 16,5 (shown so once the field is left)', async () => {
    for (const value of Object.values(baseline)) expect(value).not.toMatch(/\./);
    const row = page.locator('[data-testid="planner-row"]').nth(0);
    const input = row.locator('[data-testid="planner-fte-input"]');
    await input.fill('16.5');
    await expect.poll(async () => row.getAttribute('data-fte-scenario')).toBe('16.5');
    await input.blur();
    expect(await input.inputValue()).toBe('16,5');
  });

  it('refuses 1000000 in an FTE field with a message there, and everything else stays', async () => {
    const row = page.locator('[data-testid="planner-row"]').nth(1);
    const input = row.locator('[data-testid="planner-fte-input"]');
    const before = await row.getAttribute('data-fte-scenario');
    await input.fill('1000000');
    const message = page.locator('[data-testid="planner-fte-input-error"]');
    await expect.poll(async () => message.count()).toBe(1);
    expect(await message.textContent()).toMatch(/Te groot: hoogstens 10\.000/);
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    expect(await row.getAttribute('data-fte-scenario')).toBe(before);
    // The app is whole: map, table and the other panels, no failure notice.
    expect(await page.locator('[data-testid="map"] canvas').count()).toBe(1);
    expect(await page.locator('[data-testid="planner-row"]').count()).toBe(Object.keys(baseline).length);
    expect(await page.locator('[data-testid="part-failed"]').count()).toBe(0);
    await page.screenshot({ path: path.join(SHOTS, `planner-layout-${slug}-refused.png`) });
    await input.fill(before!.replace('.', ','));
    await expect.poll(async () => message.count()).toBe(0);
  });

  it('Nieuw scenario starts from the baseline; Dupliceren copies the active scenario', async () => {
    const edited = await fteFields(page);
    expect(edited).not.toEqual(baseline);
    await page.click('[data-testid="scenario-duplicate"]');
    await expect.poll(async () => page.locator('[data-testid="scenario-select"] option').count()).toBe(3);
    expect(await fteFields(page)).toEqual(edited);
    await page.click('[data-testid="scenario-new"]');
    await expect.poll(async () => page.locator('[data-testid="scenario-select"] option').count()).toBe(4);
    expect(await fteFields(page)).toEqual(baseline);
  });

  it('Formule toepassen asks before overwriting FTE set by hand, and can make a new scenario instead', async () => {
    const row = page.locator('[data-testid="planner-row"]').nth(0);
    const fte = nlNumber(await row.locator('[data-testid="planner-fte-input"]').inputValue());
    await row.locator('[data-testid="planner-fte-input"]').fill(String(fte + 1).replace('.', ','));
    await expect.poll(async () => Number(await row.getAttribute('data-fte-scenario'))).toBe(fte + 1);
    const handMade = await fteFields(page);
    const scenarioCount = await page.locator('[data-testid="scenario-select"] option').count();
    await page.click('[data-testid="planner-apply-formula"]');
    await page.waitForSelector('[data-testid="planner-formula-ask"]');
    expect(await fteFields(page)).toEqual(handMade);
    await page.click('[data-testid="planner-formula-as-new"]');
    await page.waitForSelector('[data-testid="planner-formula-created"]');
    expect(await page.locator('[data-testid="scenario-select"] option').count()).toBe(scenarioCount + 1);
    expect(await fteFields(page)).not.toEqual(handMade);
    // The hand-made scenario is still there, unchanged.
    const select = page.locator('[data-testid="scenario-select"]');
    const options = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    await select.selectOption(options[scenarioCount - 1]!);
    await expect.poll(async () => JSON.stringify(await fteFields(page))).toBe(JSON.stringify(handMade));
  });

  it('adds a location by clicking, renames it, and draws its rings', async () => {
    if (!(await page.isChecked('[data-testid="planner-show-rings"]'))) await page.check('[data-testid="planner-show-rings"]');
    await waitForMapIdle(page);
    const ringsBefore = await ringCentres(page);
    await page.click('[data-testid="planner-add-location"]');
    const box = (await page.locator('[data-testid="map"]').boundingBox())!;
    // The middle of the map: inside the municipality on both packages.
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const added = page.locator('[data-testid="planner-centre"][data-state="added"]').last();
    await added.waitFor();
    const field = added.locator('[data-testid="planner-centre-name"]');
    await field.fill('Wijkpunt Proef');
    await field.press('Enter');
    await expect.poll(async () => added.getAttribute('data-name')).toBe('Wijkpunt Proef');
    await waitForMapIdle(page);
    await expect
      .poll(async () => (await ringCentres(page)).length, { timeout: 30_000 })
      .toBe(ringsBefore.length + 1);
    const addedId = await added.getAttribute('data-id');
    expect(await ringCentres(page)).toContain(addedId);
    await page.screenshot({ path: path.join(SHOTS, `planner-layout-${slug}-location.png`) });
  });

  it('made no request outside 127.0.0.1 and logged no errors', () => {
    expect(app.external).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
