/**
 * A new user from any Flemish municipality, entirely through the UI, on one no other test uses (Mechelen,
 * 12025): picked from the built-in list, figures brought in as a Belgian-Excel CSV (Windows-1252, `;`,
 * decimal comma) per statistical sector onto its built-in geography, three teams set up with the brush and
 * clicks, three locations (one from a Lambert-72 X/Y table, two by clicking), FTE and roles entered, applied,
 * saved as a .zip, reopened from it, and then the staffing map, the gap ranking and a planner scenario with
 * caseload per FTE per team.
 */
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeMunicipality, type MunicipalityGeography } from '../../data/geography';
import { findInteriorPoint } from '../../geo/geometry';
import { PROJECT_ROOT } from '../helpers/shared-data';
import { startAppServer } from './support/app-server';
import { launchBrowser, openTrackedPage, waitForMapIdle, waitForMapSettled } from './support/browser';
import { e2eSuite } from './support/e2e-gate';
import { projectToPage } from './support/map-probes';

const SHOTS = path.join(PROJECT_ROOT, 'test-results', 'e2e');
const NIS = '12025';
const NAME = 'Mechelen';
/** Mechelen's Grote Markt in Belgian Lambert 72 (gdaltransform -s_srs EPSG:4326 -t_srs EPSG:31370 of 4.4794 E, 51.0279 N). */
const GROTE_MARKT_L72 = { x: '157762,23', y: '190862,78' };
const TEAMS = ['West', 'Centrum', 'Oost'] as const;
// Half FTE steps: a total that is no multiple of 0.5 (e.g. 4,75) stops the analysis today (apportionFte's step).
const FTE = { west: '5,5', centrum: '7', oost: '4,5' };
const shot = (name: string) => path.join(SHOTS, `any-municipality-${name}.png`);
const num = (text: string | null) => Number((text ?? '').replace(/\./g, '').replace(',', '.').replace(/[^\d.-]/g, ''));
const screenshot = (page: Page, name: string) => page.screenshot({ path: shot(name) });

/** Windows-1252 bytes of a text (the accents of Dutch headers fit in it). */
const windows1252 = (text: string) => Buffer.from(text, 'latin1');

/**
 * A Belgian-Excel figures table per real sector of Mechelen: persons in poverty (estimated, with a decimal
 * comma), known clients and open dossiers; CRLF, `;`, Windows-1252.
 */
function figuresCsv(geography: MunicipalityGeography, year: number): Buffer {
  const lines = ['Sectorcode;Jaar;Personen in armoede;Gekende cliënten;Open dossiers'];
  geography.sectors.forEach((s, i) => {
    const need = s.population * (0.06 + (0.1 * ((i * 37) % 11)) / 10);
    const clients = Math.round(need * 0.35);
    lines.push([s.code, year, need.toFixed(1).replace('.', ','), clients, Math.round(clients * 0.6)].join(';'));
  });
  return windows1252(`${lines.join('\r\n')}\r\n`);
}

/** The team of each base area as the set-up map draws it. */
const drawnTeams = (page: Page) =>
  page.evaluate(() => {
    const out: Record<string, string> = {};
    for (const f of window.__wijkzichtMap!.queryRenderedFeatures({ layers: ['organise-fill'] })) out[String(f.properties?.code)] = String(f.properties?.team ?? '');
    return out;
  });

describe('any municipality, from nothing to a planner scenario, in Chromium', e2eSuite(), () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startAppServer>>;
  let page: Page;
  let errors: string[];
  let external: string[];
  let geography: MunicipalityGeography;
  let dir: string;
  /** The wijken in three groups from west to east, with an interior point each. */
  let groups: { code: string; point: [number, number] }[][];

  beforeAll(async () => {
    geography = decodeMunicipality(readFileSync(path.join(PROJECT_ROOT, 'assets', 'geography', `${NIS}.json.gz`)));
    const wijken = geography.wijken.map((w) => ({ code: w.code, point: findInteriorPoint(w.geometry) as [number, number] })).sort((a, b) => a.point[0] - b.point[0]);
    const third = Math.ceil(wijken.length / 3);
    groups = [wijken.slice(0, third), wijken.slice(third, 2 * third), wijken.slice(2 * third)];
    dir = await mkdtemp(path.join(os.tmpdir(), 'wz-e2e-any-'));
    await writeFile(path.join(dir, 'cijfers-2023.csv'), figuresCsv(geography, 2023));
    await writeFile(path.join(dir, 'cijfers-mechelen.csv'), figuresCsv(geography, 2024));
    await writeFile(path.join(dir, 'locaties-lambert72.csv'), `\ufeffnaam;team;x;y\r\nSociaal Huis Mechelen;Centrum;${GROTE_MARKT_L72.x};${GROTE_MARKT_L72.y}\r\n`);
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

  it('picks Mechelen from the built-in list and brings in a Belgian-Excel CSV matched to its sectors', async () => {
    await page.click('[data-testid="open-municipality"]');
    await page.fill('[data-testid="municipality-search"]', NIS);
    await page.waitForSelector(`[data-testid="municipality-option"][data-nis="${NIS}"]`);
    await page.keyboard.press('Enter');
    await page.waitForFunction((name) => document.querySelector('[data-testid="package-title"]')?.textContent?.includes(name), NAME);
    await waitForMapIdle(page);

    await page.click('[data-testid="open-import"]');
    await page.waitForSelector('[data-testid="import-target-builtin"]:checked');
    expect(await page.textContent('[data-testid="import-target"]')).toContain(`Cijfers bij ${NAME} (ingebouwde geografie)`);
    // Choosing a table again replaces the one chosen before (it is not added next to it).
    await page.setInputFiles('[data-testid="import-file-input"]', [path.join(dir, 'cijfers-2023.csv')]);
    await page.waitForSelector('[data-testid="import-files"] li:has-text("cijfers-2023.csv")');
    await page.setInputFiles('[data-testid="import-file-input"]', [path.join(dir, 'cijfers-mechelen.csv')]);
    await page.waitForSelector('[data-testid="import-files"] li:has-text("cijfers-mechelen.csv")');
    expect(await page.locator('[data-testid="import-files"] li').allTextContents()).toEqual([expect.stringContaining('cijfers-mechelen.csv')]);
    expect(await page.locator('[data-testid="import-crs"]').count()).toBe(0);
    await screenshot(page, 'files');

    await page.click('[data-testid="import-read"]');
    await page.waitForSelector('[data-testid="import-geography-summary"]');
    expect(await page.textContent('[data-testid="import-geography-summary"]')).toContain(`${geography.sectors.length} statistische sectoren`);
    expect(await page.textContent('[data-testid="import-preview-rows"] thead')).toContain('rij');
    await screenshot(page, 'mapping');

    await page.click('[data-testid="import-next-indicators"]');
    await page.waitForSelector('[data-testid="import-definitions"]');
    // Kinds and units in Dutch; the estimated persons in poverty (decimals) made a count per resident.
    const kind = page.getByLabel('Soort gekende_clienten');
    expect(await kind.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent)).toBe('aantal');
    expect(await page.getByLabel('Eenheid gekende_clienten').inputValue()).toBe('personen');
    await page.getByLabel('Soort personen_in_armoede').selectOption({ label: 'aantal' });
    await page.getByLabel('Eenheid personen_in_armoede').fill('personen');
    await page.getByLabel('Noemer personen_in_armoede').selectOption('population');
    await page.getByLabel('Richting personen_in_armoede').selectOption('higher_worse');
    await screenshot(page, 'indicators');

    await page.click('[data-testid="import-build"]');
    await page.waitForSelector('[data-testid="import-report"]');
    expect(await page.textContent('[data-testid="import-report-status"]')).toContain(`${geography.sectors.length} gebieden`);
    expect(await page.textContent('[data-testid="import-builtin"]')).toContain(`Gekoppeld aan ${NAME}: ${geography.sectors.length} sectoren`);
    expect(await page.textContent('[data-testid="import-matching"]')).toContain(`${geography.sectors.length} codes gekoppeld`);
    expect(await page.textContent('[data-testid="import-indicators"]')).toContain('personen_in_armoede: aantal (personen) per population');
    await screenshot(page, 'report');
    await page.click('[data-testid="import-open"]');
    await page.waitForSelector('[data-testid="import-wizard"]:not([open])', { state: 'attached' });
    await page.waitForFunction((name) => document.querySelector('[data-testid="package-title"]')?.textContent?.includes(name), NAME);
    await waitForMapIdle(page);
    expect(errors).toEqual([]);
  });

  it('sets up three teams with the brush and clicks until no area is unassigned', async () => {
    await page.click('[data-testid="tab-organise"]');
    await page.waitForSelector('[data-testid="organise-panel"][data-ready="true"]');
    expect(await page.getAttribute('[data-testid="organise-unassigned"]', 'data-count')).toBe(String(geography.sectors.length));
    for (const name of TEAMS) {
      await page.fill('[data-testid="organise-new-team-name"]', name);
      await page.click('[data-testid="organise-add-team"]');
      await page.waitForSelector(`[data-testid="organise-team-${name.toLowerCase()}"]`);
    }
    await page.selectOption('[data-testid="organise-assign-level"]', 'wijk');
    await waitForMapSettled(page);
    await page.check('[data-testid="organise-brush-west"]');
    const west = await projectToPage(page, groups[0]!.map((w) => w.point));
    await page.mouse.move(west[0]!.x, west[0]!.y);
    await page.mouse.down();
    for (const p of west.slice(1)) await page.mouse.move(p.x, p.y, { steps: 8 });
    await page.mouse.up();
    await expect.poll(async () => Object.values(await drawnTeams(page)).filter((team) => team === 'west').length, { timeout: 10_000 }).toBeGreaterThan(0);
    for (const [i, team] of [[1, 'centrum'], [2, 'oost']] as const) {
      await page.check(`[data-testid="organise-brush-${team}"]`);
      for (const p of await projectToPage(page, groups[i]!.map((w) => w.point))) await page.mouse.click(p.x, p.y);
    }
    // Whatever the stroke missed: click the wijken of the first group again with West's brush.
    await page.check('[data-testid="organise-brush-west"]');
    for (const p of await projectToPage(page, groups[0]!.map((w) => w.point))) await page.mouse.click(p.x, p.y);
    await page.waitForSelector('[data-testid="organise-unassigned"][data-count="0"]');
    await expect.poll(async () => Object.values(await drawnTeams(page)).filter((team) => team === '').length, { timeout: 10_000 }).toBe(0);
    await screenshot(page, 'teams');
    expect(errors).toEqual([]);
  });

  it('adds a location from a Lambert-72 table and two by clicking, enters FTE and roles, applies and saves a .zip', async () => {
    await page.setInputFiles('[data-testid="organise-file-locations"]', path.join(dir, 'locaties-lambert72.csv'));
    await expect.poll(() => page.locator('[data-testid="organise-locations"] li').count()).toBe(1);
    const fromTable = page.locator('[data-testid="organise-locations"] li').first();
    expect(await fromTable.locator('input[type="text"]').inputValue()).toBe('Sociaal Huis Mechelen');
    expect(await fromTable.locator('select').inputValue()).toBe('centrum');
    // Lambert 72 back to degrees: the Grote Markt (4.4794 E, 51.0279 N).
    expect(await fromTable.locator('.organise-coords').textContent()).toBe('51,02790, 4,47940');
    for (const group of [groups[0]!, groups[2]!]) {
      await page.click('[data-testid="organise-add-location"]');
      const [p] = await projectToPage(page, [group[0]!.point]);
      await page.mouse.click(p!.x + 2, p!.y + 2);
    }
    await expect.poll(() => page.locator('[data-testid="organise-locations"] li').count()).toBe(3);
    expect(await page.locator('[data-testid="organise-location-outside"]').count()).toBe(0);
    for (const [team, value] of Object.entries(FTE)) {
      await page.fill(`[data-testid="organise-fte-${team}-maatschappelijk_werker"]`, value);
      await page.press(`[data-testid="organise-fte-${team}-maatschappelijk_werker"]`, 'Enter');
    }
    await page.selectOption('#organise-role-need', 'personen_in_armoede');
    await page.selectOption('#organise-role-clients', 'gekende_clienten');
    await page.selectOption('#organise-role-caseload', 'open_dossiers');
    expect(await page.getAttribute('[data-testid="organise-role-need"]', 'data-value')).toBe('personen_in_armoede');
    await screenshot(page, 'set-up');

    await page.click('[data-testid="organise-apply"]');
    await page.waitForSelector('[data-testid="organise-status"][data-dirty="false"]', { timeout: 60_000 });
    await waitForMapIdle(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="organise-save-zip"]')]);
    expect(download.suggestedFilename()).toBe('mechelen.zip');
    await download.saveAs(path.join(dir, 'mechelen.zip'));
    expect(errors).toEqual([]);
  });

  it('reopens the saved .zip and shows the staffing map, the gap ranking and caseload per FTE per team in a scenario', async () => {
    await page.click('[data-testid="open-demo"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="package-title"]')?.textContent?.includes('Demostad'));
    await waitForMapIdle(page);
    await page.setInputFiles('[data-testid="zip-input"]', path.join(dir, 'mechelen.zip'));
    await page.waitForFunction((name) => document.querySelector('[data-testid="package-title"]')?.textContent?.includes(name), NAME);
    await waitForMapIdle(page);

    await page.click('[data-testid="tab-charts"]');
    await page.selectOption('[data-testid="measure-select"]', 'staffing');
    await page.selectOption('[data-testid="staffing-select"]', 'caseload-per-fte');
    await waitForMapIdle(page, { level: 'team' });
    await waitForMapSettled(page);
    const labels = await page.evaluate(() => window.__wijkzichtMap!.queryRenderedFeatures({ layers: ['territory-label'] }).map((f) => String(f.properties?.name ?? '')));
    expect(new Set(labels).size).toBe(3);
    expect(labels.join(' ')).toContain('5,5 VTE');
    await screenshot(page, 'staffing-map');

    await page.waitForSelector('[data-testid="charts-panel"][data-analysis="ready"]', { timeout: 60_000 });
    await expect.poll(() => page.locator('[data-testid="gap-row"]').count()).toBeGreaterThan(0);
    await page.locator('[data-testid="gap-row"]').first().scrollIntoViewIfNeeded();
    await screenshot(page, 'gap-ranking');

    await page.click('[data-testid="tab-planner"]');
    await page.click('[data-testid="scenario-new"]');
    await page.waitForSelector('[data-testid="planner-panel"][data-ready="true"]', { timeout: 60_000 });
    const rows = page.locator('[data-testid="planner-row"]');
    await expect.poll(() => rows.count()).toBe(3);
    const teams = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-team')));
    expect(teams.sort()).toEqual(['centrum', 'oost', 'west']);
    for (let i = 0; i < 3; i++) {
      const caseload = num(await rows.nth(i).locator('[data-testid="planner-caseload-scenario"]').textContent());
      expect(caseload).toBeGreaterThan(0);
    }
    await screenshot(page, 'planner');
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
  });
});
