/**
 * The planner on the Kortrijk package in Chromium: a scenario moving 2 FTE, a centre added and dragged, the
 * best new site, the comparison with the baseline, undo and redo — read from the DOM and the rendered map.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHART_EXPORT_WIDTH_PX } from '../../renderer/shared/export/chart-scene';
import { KORTRIJK_DIR, PROJECT_ROOT } from '../helpers/shared-data';
import { afterNextFrame, waitForMapIdle } from './support/browser';
import { openAppSession, type AppSession } from './support/app-session';
import { e2eSuite } from './support/e2e-gate';
import { renderedFeatureIds } from './support/map-probes';

const SHOTS = path.join(PROJECT_ROOT, 'test-results', 'e2e');

async function shot(page: Page, name: string) {
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `planner-${name}.png`) });
}

const num = (text: string | null) => Number((text ?? '').replace(/\./g, '').replace(',', '.').replace(/[^\d.-]/g, ''));

/** The FTE label of each territory as MapLibre rendered it. */
async function territoryFte(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries(window.__wijkzichtMap!.queryRenderedFeatures({ layers: ['territory-label'] }).map((f) => [String(f.properties?.team ?? f.properties?.code ?? f.id), String(f.properties?.name)])),
  );
}

describe('planner on Kortrijk in Chromium', e2eSuite({ kortrijk: true }), () => {
  let app: AppSession;
  let page: Page;
  let external: string[];
  let errors: string[];

  beforeAll(async () => {
    app = await openAppSession(KORTRIJK_DIR);
    ({ page, external, errors } = app);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('moves 2 FTE between teams: caseload per FTE changes in the table, the chart and the map', async () => {
    await page.click('[data-testid="tab-planner"]');
    await waitForMapIdle(page, { level: 'team' });
    await page.click('[data-testid="scenario-new"]');
    await page.waitForSelector('[data-testid="planner-panel"][data-ready="true"]', { timeout: 60_000 });
    const rows = page.locator('[data-testid="planner-row"]');
    const from = rows.nth(0);
    const to = rows.nth(1);
    const fromTeam = (await from.getAttribute('data-team'))!;
    const toTeam = (await to.getAttribute('data-team'))!;
    const before = { from: num(await from.locator('[data-testid="planner-caseload-scenario"]').textContent()), to: num(await to.locator('[data-testid="planner-caseload-scenario"]').textContent()) };
    const fteFrom = Number((await from.locator('[data-testid="planner-fte-input"]').inputValue()).replace(',', '.'));
    const fteTo = Number((await to.locator('[data-testid="planner-fte-input"]').inputValue()).replace(',', '.'));
    const labelsBefore = await territoryFte(page);
    await from.locator('[data-testid="planner-fte-input"]').fill(String(fteFrom - 2));
    await to.locator('[data-testid="planner-fte-input"]').fill(String(fteTo + 2));
    await expect.poll(async () => num(await from.locator('[data-testid="planner-caseload-scenario"]').textContent())).toBeGreaterThan(before.from);
    expect(num(await to.locator('[data-testid="planner-caseload-scenario"]').textContent())).toBeLessThan(before.to);
    expect(await page.textContent('[data-testid="planner-total-scenario"]')).toBe(await page.locator('[data-testid="planner-table"] tfoot td').first().textContent());
    // The comparison with the baseline: −2 and +2.
    expect(Number(await page.getAttribute(`[data-testid="planner-diff-row"][data-team="${fromTeam}"]`, 'data-delta'))).toBe(-2);
    expect(Number(await page.getAttribute(`[data-testid="planner-diff-row"][data-team="${toTeam}"]`, 'data-delta'))).toBe(2);
    // The chart has a bar pair per team.
    expect(await page.locator('[data-testid="planner-chart"] .recharts-bar-rectangle').count()).toBeGreaterThanOrEqual(2 * (await rows.count()) - 2);
    // The map: the territory labels carry the scenario's FTE.
    await expect.poll(async () => JSON.stringify(await territoryFte(page))).not.toBe(JSON.stringify(labelsBefore));
    await shot(page, 'moved-fte');
  });

  it('undoes and redoes the edits (buttons and keyboard)', async () => {
    const input = page.locator('[data-testid="planner-row"]').nth(1).locator('[data-testid="planner-fte-input"]');
    // The field may still hold the typed "16.5" while a redone value is shown as "16,5": compare numbers.
    const value = async () => Number((await input.inputValue()).replace(',', '.'));
    const after = await value();
    await page.click('[data-testid="scenario-undo"]');
    await expect.poll(() => value()).not.toBe(after);
    await page.focus('[data-testid="scenario-undo"]');
    await page.keyboard.press('Control+Y');
    await expect.poll(() => value()).toBe(after);
    await page.keyboard.press('Control+Z');
    await expect.poll(() => value()).not.toBe(after);
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => value()).toBe(after);
  });

  it('applies the formula for 77 FTE: the scenario adds up to 77', async () => {
    await page.fill('[data-testid="planner-total"]', '77');
    await page.click('[data-testid="planner-apply-formula"]');
    await expect.poll(async () => num(await page.textContent('[data-testid="planner-total-scenario"]'))).toBe(77);
  });

  it('adds a centre by clicking, drags it, and coverage changes', async () => {
    const coverage = () => page.$$eval('[data-testid="planner-coverage"] li', (els) => els.map((e) => Number(e.getAttribute('data-scenario'))));
    const before = await coverage();
    const centresBefore = (await renderedFeatureIds(page, 'centre-circle')).length;
    await page.click('[data-testid="planner-add-location"]');
    const box = (await page.locator('[data-testid="map"]').boundingBox())!;
    // Somewhere in the south of the city, away from today's centres.
    const point = await page.evaluate(() => {
      const map = window.__wijkzichtMap!;
      const p = map.project([3.265, 50.795]);
      return { x: p.x, y: p.y };
    });
    await page.mouse.click(box.x + point.x, box.y + point.y);
    await page.waitForSelector('[data-testid="planner-centre"][data-state="added"]');
    await expect.poll(async () => (await renderedFeatureIds(page, 'centre-circle')).length).toBe(centresBefore + 1);
    const afterAdd = await coverage();
    expect(afterAdd[0]).toBeGreaterThanOrEqual(before[0]!);
    // Drag it 1 km further south-west.
    const target = await page.evaluate(() => {
      const map = window.__wijkzichtMap!;
      const p = map.project([3.25, 50.788]);
      return { x: p.x, y: p.y };
    });
    await page.mouse.move(box.x + point.x, box.y + point.y);
    await page.mouse.down();
    await page.mouse.move(box.x + (point.x + target.x) / 2, box.y + (point.y + target.y) / 2, { steps: 5 });
    await page.mouse.move(box.x + target.x, box.y + target.y, { steps: 5 });
    await page.mouse.up();
    await expect.poll(coverage).not.toEqual(afterAdd);
    await shot(page, 'added-centre');
  });

  it('finds the best new site, accepts it, and compares with the baseline', async () => {
    const coverage = () => page.$$eval('[data-testid="planner-coverage"] li', (els) => els.map((e) => Number(e.getAttribute('data-scenario'))));
    const before = await coverage();
    await page.fill('[data-testid="planner-best-k"]', '1');
    await page.selectOption('[data-testid="planner-best-model"]', 'p-median');
    await page.click('[data-testid="planner-best-find"]');
    await page.waitForSelector('[data-testid="planner-proposal"]');
    await page.selectOption('[data-testid="planner-best-model"]', 'mclp');
    await page.click('[data-testid="planner-best-find"]');
    await page.waitForSelector('[data-testid="planner-proposal"]');
    await page.click('[data-testid="planner-best-accept"]');
    await expect.poll(async () => (await coverage())[0]).toBeGreaterThan(before[0]!);
    expect(await page.locator('[data-testid="planner-centre"][data-state="added"]').count()).toBe(2);
    await page.selectOption('[data-testid="planner-compare-select"]', 'baseline');
    expect(await page.textContent('[data-testid="planner-diff"]')).toMatch(/\+/);
    await shot(page, 'best-site');
  });

  it('a larger walking radius covers more persons in need; distances per team are compared', async () => {
    const walk = () => page.$eval('[data-testid="planner-coverage"] li[data-mode="walk"]', (e) => Number(e.getAttribute('data-scenario')));
    const before = await walk();
    await page.fill('[data-testid="planner-radius-walk"]', '1.5');
    await expect.poll(walk).toBeGreaterThan(before);
    const distances = await page.$$eval('[data-testid="planner-diff-distance"]', (els) => els.map((e) => e.textContent ?? ''));
    expect(distances.length).toBeGreaterThan(0);
    for (const d of distances) expect(d).toMatch(/km → .*km/);
  });

  it('exports the table as CSV and the map and the chart as PNG images that are not blank', async () => {
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="planner-export-csv"]')]);
    const csvText = readFileSync(await csv.path(), 'utf8');
    expect(csvText.split('\r\n')[0]).toContain('Team;VTE nu');
    const [map] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="planner-export-png"]')]);
    const mapPng = PNG.sync.read(readFileSync(await map.path()));
    const canvas = await page.$eval('[data-testid="map"] canvas.maplibregl-canvas', (c) => ({ w: (c as HTMLCanvasElement).width, h: (c as HTMLCanvasElement).height }));
    expect(mapPng.width).toBe(canvas.w);
    expect(mapPng.height).toBeGreaterThan(canvas.h);
    const [chart] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="planner-export-chart-png"]')]);
    const chartPng = PNG.sync.read(readFileSync(await chart.path()));
    // Drawn from the planner model as a chart scene at 2× (regression: it once exported a 14-px legend icon).
    expect(chartPng.width).toBe(2 * CHART_EXPORT_WIDTH_PX);
    expect(chartPng.height).toBeGreaterThan(200);
    await mkdir(SHOTS, { recursive: true });
    writeFileSync(path.join(SHOTS, 'planner-export-map.png'), PNG.sync.write(mapPng));
    writeFileSync(path.join(SHOTS, 'planner-export-chart.png'), PNG.sync.write(chartPng));
    for (const png of [mapPng, chartPng]) {
      // Not blank: many colours, and a good part of the image is not white.
      const colours = new Set<number>();
      let ink = 0;
      for (let i = 0; i < png.data.length; i += 4) {
        colours.add((png.data[i]! << 16) | (png.data[i + 1]! << 8) | png.data[i + 2]!);
        if (png.data[i]! + png.data[i + 1]! + png.data[i + 2]! < 720) ink++;
      }
      expect(colours.size).toBeGreaterThan(8);
      expect(ink / (png.width * png.height)).toBeGreaterThan(0.03);
    }
  });

  it('saves the project, and after a reload opens it again unchanged', async () => {
    const snapshot = () =>
      page.evaluate(() => ({
        fte: [...document.querySelectorAll<HTMLInputElement>('[data-testid="planner-fte-input"]')].map((i) => i.value),
        centres: [...document.querySelectorAll('[data-testid="planner-centre"]')].map((e) => `${e.getAttribute('data-id')}:${e.getAttribute('data-state')}`),
        name: document.querySelector<HTMLSelectElement>('[data-testid="scenario-select"]')!.selectedOptions[0]!.textContent,
      }));
    const before = await snapshot();
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="project-save"]')]);
    const file = path.join(SHOTS, 'kortrijk-test.wijkzicht');
    await mkdir(SHOTS, { recursive: true });
    await download.saveAs(file);
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    expect(saved).toMatchObject({ schema: 'wijkzicht-project', version: 1 });
    expect(saved.package.contentHash).toMatch(/^[0-9a-f]{64}$/);

    await page.reload();
    await waitForMapIdle(page);
    await page.click('[data-testid="tab-planner"]');
    await page.setInputFiles('[data-testid="project-open-input"]', file);
    await page.waitForSelector('[data-testid="project-message"]');
    expect(await page.textContent('[data-testid="project-message"]')).not.toMatch(/veranderd/);
    await page.waitForSelector('[data-testid="planner-panel"][data-ready="true"]', { timeout: 60_000 });
    await expect.poll(snapshot).toEqual(before);

    // A broken project changes nothing and says what is wrong where.
    const broken = path.join(SHOTS, 'broken.wijkzicht');
    writeFileSync(broken, JSON.stringify({ ...saved, scenarios: [{ id: 's1', name: 42 }] }));
    await page.setInputFiles('[data-testid="project-open-input"]', broken);
    await expect.poll(async () => (await page.textContent('[data-testid="project-message"]')) ?? '').toMatch(/scenarios\[0\]\.name/);
    expect(await snapshot()).toEqual(before);
    await shot(page, 'reopened');
  });

  it('autosaves edits and, after the page is closed without saving, offers to restore them', async () => {
    const input = page.locator('[data-testid="planner-row"]').nth(2).locator('[data-testid="planner-fte-input"]');
    const changed = String(Number((await input.inputValue()).replace(',', '.')) + 1);
    const before = await page.evaluate(() => document.documentElement.dataset.autosavedAt ?? '');
    await input.fill(changed);
    await page.waitForFunction((b) => (document.documentElement.dataset.autosavedAt ?? '') !== b, before);
    const fte = () => page.$$eval('[data-testid="planner-fte-input"]', (els) => els.map((e) => (e as HTMLInputElement).value));
    const edited = await fte();
    // "Crash": the page goes away without saving the project.
    await page.reload();
    await waitForMapIdle(page);
    await page.waitForSelector('[data-testid="autosave-offer"]');
    await shot(page, 'autosave-offer');
    expect(await page.textContent('[data-testid="autosave-offer"]')).toMatch(/1 niet-opgeslagen scenario of weergave van/);
    await page.click('[data-testid="autosave-restore"]');
    await page.waitForSelector('[data-testid="planner-panel"][data-ready="true"]', { timeout: 60_000 });
    await expect.poll(fte).toEqual(edited);
    // Saving the project marks the autosave saved: no offer after the next reload.
    await Promise.all([page.waitForEvent('download'), page.click('[data-testid="project-save"]')]);
    // The save is done when the autosave no longer says "unsaved" (the browser keeps it in localStorage).
    await page.waitForFunction(() => {
      const keys = Object.keys(localStorage).filter((k) => k.startsWith('wijkzicht.autosave.'));
      return keys.length > 0 && keys.every((k) => (JSON.parse(localStorage.getItem(k)!) as { settings?: { unsaved?: boolean } }).settings?.unsaved === false);
    });
    // After the reload, the app decides about the offer once it has read the autosave: record that read.
    await page.addInitScript(() => {
      const read = Storage.prototype.getItem;
      Storage.prototype.getItem = function (this: Storage, key: string) {
        const value = read.call(this, key);
        if (key.startsWith('wijkzicht.autosave.')) (window as unknown as { __autosaveRead?: string | null }).__autosaveRead = value;
        return value;
      };
    });
    await page.reload();
    await waitForMapIdle(page);
    await page.waitForFunction(() => (window as unknown as { __autosaveRead?: string | null }).__autosaveRead !== undefined);
    // What it read says "saved", and a rendered frame later no offer is on screen.
    const read = await page.evaluate(() => (window as unknown as { __autosaveRead: string | null }).__autosaveRead);
    expect((JSON.parse(read ?? '{}') as { settings?: { unsaved?: boolean } }).settings?.unsaved).toBe(false);
    await afterNextFrame(page);
    expect(await page.isVisible('[data-testid="autosave-offer"]')).toBe(false);
  });

  it('made no request outside 127.0.0.1 and logged no errors', () => {
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
  });
});
