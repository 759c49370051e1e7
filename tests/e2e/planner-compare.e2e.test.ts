/**
 * The planner's side-by-side maps on the Kortrijk package in Chromium: a scenario moving 2 FTE, opened on
 * two synchronised maps; labels, colours and the camera read from what MapLibre rendered.
 */
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KORTRIJK_DIR, PROJECT_ROOT } from '../helpers/shared-data';
import { waitForMapIdle } from './support/browser';
import { openAppSession, type AppSession } from './support/app-session';
import { e2eSuite } from './support/e2e-gate';

const SHOTS = path.join(PROJECT_ROOT, 'test-results', 'e2e');

interface Side {
  labels: Record<string, string>;
  fills: Record<string, string>;
}

/** Per map (left, right): the label text and the fill colour of each team, as MapLibre rendered them. */
async function renderedSides(page: Page): Promise<Side[]> {
  return page.evaluate(() =>
    window.__wijkzichtCompareMaps!.map((map) => ({
      labels: Object.fromEntries(map.queryRenderedFeatures({ layers: ['compare-label'] }).map((f) => [String(f.properties.code), String(f.properties.label)])),
      fills: Object.fromEntries(map.queryRenderedFeatures({ layers: ['compare-fill'] }).map((f) => [String(f.properties.code), String(f.properties.fill)])),
    })),
  );
}

/** Both compare maps have drawn everything they were given. */
async function waitForCompareIdle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const maps = window.__wijkzichtCompareMaps;
      if (!maps) return false;
      const containers = ['compare-map-left', 'compare-map-right'].map((id) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`));
      return containers.every((c) => c?.dataset.mapState === 'idle') && maps.every((m) => m.loaded() && !m.isMoving());
    },
    null,
    { timeout: 60_000, polling: 100 },
  );
}

const centreOf = (page: Page) => page.evaluate(() => window.__wijkzichtCompareMaps!.map((m) => m.getCenter().toArray()));

describe('planner: compare on two synchronised maps (Kortrijk, Chromium)', e2eSuite({ kortrijk: true }), () => {
  let app: AppSession;
  let page: Page;
  let external: string[];
  let errors: string[];
  let fromTeam: string;
  let toTeam: string;

  beforeAll(async () => {
    app = await openAppSession(KORTRIJK_DIR);
    ({ page, external, errors } = app);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows the baseline and a scenario moving 2 FTE: labels and colours differ for exactly those teams', async () => {
    await page.click('[data-testid="tab-planner"]');
    await waitForMapIdle(page, { level: 'team' });
    await page.click('[data-testid="scenario-new"]');
    await page.waitForSelector('[data-testid="planner-panel"][data-ready="true"]', { timeout: 60_000 });
    const rows = page.locator('[data-testid="planner-row"]');
    fromTeam = (await rows.nth(0).getAttribute('data-team'))!;
    toTeam = (await rows.nth(1).getAttribute('data-team'))!;
    const fteFrom = Number((await rows.nth(0).locator('[data-testid="planner-fte-input"]').inputValue()).replace(',', '.'));
    const fteTo = Number((await rows.nth(1).locator('[data-testid="planner-fte-input"]').inputValue()).replace(',', '.'));
    await rows.nth(0).locator('[data-testid="planner-fte-input"]').fill(String(fteFrom - 2));
    await rows.nth(1).locator('[data-testid="planner-fte-input"]').fill(String(fteTo + 2));
    await expect.poll(async () => Number(await page.getAttribute(`[data-testid="planner-diff-row"][data-team="${toTeam}"]`, 'data-delta'))).toBe(2);

    await page.click('[data-testid="planner-compare-maps"]');
    await page.waitForSelector('[data-testid="compare-maps"]');
    await waitForCompareIdle(page);
    // The overlay covers the main map, each map about half of it.
    const [overlay, left, right] = await Promise.all(['compare-maps', 'compare-map-left', 'compare-map-right'].map((id) => page.locator(`[data-testid="${id}"]`).boundingBox()));
    const main = (await page.locator('[data-testid="map"]').boundingBox())!;
    expect(overlay).toEqual(main);
    expect(left!.width).toBeGreaterThan(main.width * 0.4);
    expect(right!.width).toBeCloseTo(left!.width, 0);
    expect(left!.height).toBeGreaterThanOrEqual(240);
    expect(right!.x).toBeGreaterThan(left!.x + left!.width - 1);

    const [before, after] = await renderedSides(page);
    const teams = Object.keys(before!.labels).sort();
    expect(teams.length).toBe(await rows.count());
    expect(Object.keys(after!.labels).sort()).toEqual(teams);
    const changed = teams.filter((id) => before!.labels[id] !== after!.labels[id]);
    expect(changed.sort()).toEqual([fromTeam, toTeam].sort());
    expect(after!.labels[fromTeam]).toMatch(new RegExp(`\\n${String(fteFrom - 2).replace('.', ',')} VTE$`));
    expect(after!.labels[toTeam]).toMatch(new RegExp(`\\n${String(fteTo + 2).replace('.', ',')} VTE$`));
    // One colour scale: teams whose caseload is unchanged keep their colour; at least one moved team changes.
    for (const id of teams.filter((x) => !changed.includes(x))) expect(after!.fills[id]).toBe(before!.fills[id]);
    expect(changed.some((id) => before!.fills[id] !== after!.fills[id])).toBe(true);
    // Titles: the comparison and the scenario.
    const titles = await page.locator('.compare-map-title').allTextContents();
    expect(titles[0]).toMatch(/basis/);
    expect(titles[1]).toContain(await page.locator('[data-testid="scenario-select"] option:checked').textContent());
    // Centres drawn on both maps.
    const centres = await page.evaluate(() => window.__wijkzichtCompareMaps!.map((m) => m.queryRenderedFeatures({ layers: ['compare-centre'] }).length));
    expect(centres[0]).toBeGreaterThan(0);
    expect(centres[1]).toBe(centres[0]);
    // Same centres on both sides: the legend has no "changed location" entry yet.
    expect(await page.textContent('[data-testid="compare-legend"]')).not.toMatch(/niet op de andere kaart/);
  });

  it('follows edits while open: a closed centre is gone on the right and marked on the left', async () => {
    const changedCentres = () =>
      page.evaluate(() => window.__wijkzichtCompareMaps!.map((m) => m.queryRenderedFeatures({ layers: ['compare-centre'] }).filter((f) => f.properties.changed).map((f) => String(f.properties.id))));
    const total = () => page.evaluate(() => window.__wijkzichtCompareMaps!.map((m) => m.queryRenderedFeatures({ layers: ['compare-centre'] }).length));
    const [leftBefore] = await total();
    const first = page.locator('[data-testid="planner-centre"]').first();
    const id = (await first.getAttribute('data-id'))!;
    await first.locator('button').click();
    await expect.poll(async () => (await total())[1]).toBe(leftBefore! - 1);
    await waitForCompareIdle(page);
    expect(await changedCentres()).toEqual([[id], []]);
    expect(await page.textContent('[data-testid="compare-legend"]')).toMatch(/niet op de andere kaart/);
    expect(await page.locator('.compare-map-title').nth(1).textContent()).toMatch(new RegExp(`${leftBefore! - 1} locaties`));
    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, 'planner-compare.png') });
  });

  it('has no serious or critical accessibility violation in the overlay (axe)', async () => {
    await page.evaluate(readFileSync(path.join(PROJECT_ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8'));
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const result = await axe.run('[data-testid="compare-maps"]', { resultTypes: ['violations'] });
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
  });

  it('moves the other map when one is dragged or panned (both ways)', async () => {
    const [startLeft, startRight] = await centreOf(page);
    expect(startRight).toEqual(startLeft);
    const box = (await page.locator('[data-testid="compare-map-left"]').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 60, box.y + box.height / 2 - 30, { steps: 8 });
    await page.mouse.up();
    await waitForCompareIdle(page);
    const [movedLeft, movedRight] = await centreOf(page);
    expect(movedLeft![0]).toBeGreaterThan(startLeft![0]);
    expect(movedRight![0]).toBeCloseTo(movedLeft![0], 9);
    expect(movedRight![1]).toBeCloseTo(movedLeft![1], 9);
    // And back: zooming the right map zooms the left.
    await page.evaluate(() => window.__wijkzichtCompareMaps![1].jumpTo({ zoom: window.__wijkzichtCompareMaps![1].getZoom() + 1, center: [3.27, 50.82] }));
    await waitForCompareIdle(page);
    const zooms = await page.evaluate(() => window.__wijkzichtCompareMaps!.map((m) => m.getZoom()));
    expect(zooms[0]).toBeCloseTo(zooms[1]!, 9);
    const [left] = await centreOf(page);
    expect(left![0]).toBeCloseTo(3.27, 9);
  });

  it('closes with Esc, removes both maps, and gives focus back to the button', async () => {
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="compare-maps"]', { state: 'detached' });
    expect(await page.evaluate(() => window.__wijkzichtCompareMaps === undefined)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('planner-compare-maps');
    // The main map is still there and idle.
    await waitForMapIdle(page);
  });

  it('made no request outside 127.0.0.1 and logged no errors', () => {
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
  });
});
