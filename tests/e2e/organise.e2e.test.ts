/**
 * Inrichten in Chromium: a municipality no other test uses (Lier, 12021) from the built-in list, three teams
 * set up with the brush and clicks on the map, two locations added by clicking, FTE typed in (a bad value
 * refused), applied to the package, and the staffing map drawn from it.
 */
import { mkdir } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMunicipalityPackage, decodeMunicipality } from '../../data/geography';
import type { LoadedPackage } from '../../data/package/model';
import { readPackage } from '../../data/package/read-package';
import { createMemorySource } from '../../data/package/sources/memory-source';
import { findInteriorPoint } from '../../geo/geometry';
import { PROJECT_ROOT } from '../helpers/shared-data';
import { startAppServer } from './support/app-server';
import { launchBrowser, openTrackedPage, waitForMapIdle, waitForMapSettled } from './support/browser';
import { e2eSuite } from './support/e2e-gate';
import { projectToPage } from './support/map-probes';

const SHOTS = path.join(PROJECT_ROOT, 'test-results', 'e2e');
const NIS = '12021';

async function lierTruth(): Promise<LoadedPackage> {
  const bytes = readFileSync(path.join(PROJECT_ROOT, 'assets', 'geography', `${NIS}.json.gz`));
  const result = await readPackage(createMemorySource('Lier', buildMunicipalityPackage(decodeMunicipality(bytes))));
  if (!result.ok) throw new Error('built-in Lier does not read');
  return result.pkg;
}

/** The team of each base area as the map draws it (from the set-up's rendered layer). */
const drawnTeams = (page: Page) =>
  page.evaluate(() => {
    const out: Record<string, string> = {};
    for (const f of window.__wijkzichtMap!.queryRenderedFeatures({ layers: ['organise-fill'] })) out[String(f.properties?.code)] = String(f.properties?.team ?? '');
    return out;
  });

describe('Inrichten: teams, areas, locations and FTE set up in the app', e2eSuite(), () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startAppServer>>;
  let page: Page;
  let errors: string[];
  let external: string[];
  let truth: LoadedPackage;
  /** The wijken in three groups from west to east, with an interior point each. */
  let groups: { code: string; point: [number, number] }[][];

  beforeAll(async () => {
    truth = await lierTruth();
    const wijken = truth.levels.find((l) => l.level === 'wijk')!.areas.features.map((f) => ({ code: f.properties.code, point: findInteriorPoint(f.geometry) as [number, number] }));
    wijken.sort((a, b) => a.point[0] - b.point[0]);
    const third = Math.ceil(wijken.length / 3);
    groups = [wijken.slice(0, third), wijken.slice(third, 2 * third), wijken.slice(2 * third)];
    server = await startAppServer(null);
    browser = await launchBrowser();
    ({ page, errors, external } = await openTrackedPage(browser, server.origin, { width: 1500, height: 950 }));
    await page.goto(server.url);
    await waitForMapIdle(page);
    await mkdir(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens Lier and sets up three teams with the brush and clicks, every area in one team', async () => {
    await page.click('[data-testid="open-municipality"]');
    await page.fill('[data-testid="municipality-search"]', NIS);
    await page.waitForSelector(`[data-testid="municipality-option"][data-nis="${NIS}"]`);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('[data-testid="package-title"]')?.textContent?.includes('Lier'));
    await waitForMapIdle(page);
    await page.click('[data-testid="tab-organise"]');
    await page.waitForSelector('[data-testid="organise-panel"][data-ready="true"]');
    const sectors = truth.levels.find((l) => l.level === 'sector')!.areas.features.length;
    expect(await page.getAttribute('[data-testid="organise-unassigned"]', 'data-count')).toBe(String(sectors));

    for (const name of ['West', 'Centrum', 'Oost']) {
      await page.fill('[data-testid="organise-new-team-name"]', name);
      await page.click('[data-testid="organise-add-team"]');
      await page.waitForSelector(`[data-testid="organise-team-${name.toLowerCase()}"]`);
    }
    await page.selectOption('[data-testid="organise-assign-level"]', 'wijk');
    await waitForMapSettled(page);
    // West: one brush stroke through its wijken (adding a team selected it and the assign tool).
    await page.check('[data-testid="organise-brush-west"]');
    const west = await projectToPage(page, groups[0]!.map((w) => w.point));
    await page.mouse.move(west[0]!.x, west[0]!.y);
    await page.mouse.down();
    for (const p of west.slice(1)) await page.mouse.move(p.x, p.y, { steps: 8 });
    await page.mouse.up();
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="organise-unassigned"]')?.getAttribute('data-count')) > 0);
    await expect.poll(async () => Object.values(await drawnTeams(page)).filter((team) => team === 'west').length, { timeout: 10_000 }).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SHOTS, 'organise-brush-west.png') });
    const afterStroke = await drawnTeams(page);
    const wijkOf = truth.assignments.find((a) => a.level === 'wijk')!.parentOf;
    const westWijken = new Set(groups[0]!.map((w) => w.code));
    for (const [sector, wijk] of wijkOf) if (westWijken.has(wijk)) expect(afterStroke[sector]).toBe('west');
    // Centrum and Oost: a click per wijk (a click on a wijk gives all its sectors).
    for (const [i, team] of [[1, 'centrum'], [2, 'oost']] as const) {
      await page.check(`[data-testid="organise-brush-${team}"]`);
      for (const p of await projectToPage(page, groups[i]!.map((w) => w.point))) await page.mouse.click(p.x, p.y);
    }
    await page.waitForSelector('[data-testid="organise-unassigned"][data-count="0"]');
    // The map draws the new territory once MapLibre has taken the source data in.
    await expect.poll(async () => Object.values(await drawnTeams(page)).filter((team) => team === '').length, { timeout: 10_000 }).toBe(0);
    const drawn = await drawnTeams(page);
    expect(Object.keys(drawn)).toHaveLength(sectors);
    await page.screenshot({ path: path.join(SHOTS, 'organise-all-assigned.png') });
    const teamOfGroup = ['west', 'centrum', 'oost'];
    for (const [sector, wijk] of wijkOf) {
      const group = groups.findIndex((g) => g.some((w) => w.code === wijk));
      // West's stroke may have crossed a wijk of another group; the clicks that followed gave it back.
      if (group > 0) expect(drawn[sector]).toBe(teamOfGroup[group]);
      else expect(['west', 'centrum', 'oost']).toContain(drawn[sector]);
    }
    // Undo takes back the last click, redo puts it back.
    await page.click('[data-testid="organise-undo"]');
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="organise-unassigned"]')?.getAttribute('data-count')) > 0);
    await page.keyboard.press('Control+y');
    await page.waitForSelector('[data-testid="organise-unassigned"][data-count="0"]');
  });

  it('adds two locations by clicking, enters FTE (a negative value is refused), applies, and shows the staffing map', async () => {
    for (const group of [groups[0]!, groups[2]!]) {
      await page.click('[data-testid="organise-add-location"]');
      const [p] = await projectToPage(page, [group[0]!.point]);
      await page.mouse.click(p!.x + 2, p!.y + 2);
    }
    await expect.poll(() => page.locator('[data-testid="organise-locations"] li').count()).toBe(2);
    expect(await page.locator('[data-testid="organise-location-outside"]').count()).toBe(0);
    const fte = { west: '6,5', centrum: '8', oost: '5,25' };
    for (const [team, value] of Object.entries(fte)) {
      await page.fill(`[data-testid="organise-fte-${team}-maatschappelijk_werker"]`, value);
      await page.press(`[data-testid="organise-fte-${team}-maatschappelijk_werker"]`, 'Enter');
    }
    expect(await page.inputValue('[data-testid="organise-fte-west-maatschappelijk_werker"]')).toBe('6,5');
    await page.fill('[data-testid="organise-fte-oost-onthaal"]', '-2');
    await page.press('[data-testid="organise-fte-oost-onthaal"]', 'Enter');
    await page.waitForSelector('[data-testid="notice"][data-code="organise-fte-refused"]');
    expect(await page.inputValue('[data-testid="organise-fte-oost-onthaal"]')).toBe('');
    await page.screenshot({ path: path.join(SHOTS, 'organise-set-up.png') });

    await page.click('[data-testid="organise-apply"]');
    await page.waitForSelector('[data-testid="organise-status"][data-dirty="false"]', { timeout: 60_000 });
    await waitForMapIdle(page);
    await page.screenshot({ path: path.join(SHOTS, 'organise-applied.png') });

    await page.click('[data-testid="tab-charts"]');
    await page.selectOption('[data-testid="measure-select"]', 'staffing');
    await page.selectOption('[data-testid="staffing-select"]', 'fte-per-1000');
    await waitForMapIdle(page, { level: 'team' });
    await waitForMapSettled(page);
    const labels = await page.evaluate(() => window.__wijkzichtMap!.queryRenderedFeatures({ layers: ['territory-label'] }).map((f) => String(f.properties?.name ?? '')));
    expect(new Set(labels).size).toBe(3);
    for (const label of labels) expect(label).toMatch(/\d+(,\d+)? VTE/);
    expect(labels.join(' ')).toContain('6,5 VTE');
    await page.screenshot({ path: path.join(SHOTS, 'organise-staffing-map.png') });
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
  });
});
