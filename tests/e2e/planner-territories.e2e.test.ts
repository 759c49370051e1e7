/**
 * Territories as a planner lever on the Kortrijk package in Chromium: *Gebieden voorstellen* (7 teams
 * balanced on persons in need within ±15 %), applied in a new scenario (the team table's caseloads change,
 * the side-by-side maps show today's and the proposal's territories), undone; then one area given to another
 * team with the area brush on the planner map, a team figure changing, and the reset.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAdjacentPolygons, findInteriorPoint } from '../../geo/geometry';
import type { LoadedPackage } from '../../data/package';
import { KORTRIJK_DIR, PROJECT_ROOT } from '../helpers/shared-data';
import { waitForMapIdle, waitForMapSettled } from './support/browser';
import { openAppSession, type AppSession } from './support/app-session';
import { e2eSuite } from './support/e2e-gate';
import { loadTruth } from './support/package-targets';
import { projectToPage } from './support/map-probes';

const SHOTS = path.join(PROJECT_ROOT, 'test-results', 'e2e');

async function shot(page: Page, name: string) {
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `planner-territories-${name}.png`) });
}

/** Each team's figure in a column of the planner table, as shown. */
const column = (page: Page, testId: string) =>
  page.evaluate(
    (id) => Object.fromEntries([...document.querySelectorAll('[data-testid="planner-row"]')].map((r) => [r.getAttribute('data-team')!, r.querySelector(`[data-testid="${id}"]`)!.textContent.trim()])),
    testId,
  );

const scenarioNames = (page: Page) => page.locator('[data-testid="scenario-select"] option').allTextContents();

/** Both compare maps drew what they were given. */
async function waitForCompareIdle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const maps = window.__wijkzichtCompareMaps;
      const containers = ['compare-map-left', 'compare-map-right'].map((id) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`));
      return !!maps && containers.every((c) => c?.dataset.mapState === 'idle') && maps.every((m) => m.loaded() && !m.isMoving());
    },
    null,
    { timeout: 60_000, polling: 100 },
  );
}

/** A base area on a border between two teams, with no location in it: its code, its team, the neighbour's team, a point inside. */
function borderArea(pkg: LoadedPackage) {
  const features = pkg.levels.find((l) => l.level === pkg.baseLevel)!.areas.features;
  const teamOf = pkg.assignments.find((a) => a.level === 'team')!.parentOf;
  const adjacency = findAdjacentPolygons(features.map((f) => f.geometry));
  for (const [i, f] of features.entries()) {
    const team = teamOf.get(f.properties.code);
    const other = adjacency[i]!.map((j) => teamOf.get(features[j]!.properties.code)).find((t) => t !== undefined && t !== team);
    const hasCentre = pkg.centres.some((c) => Math.hypot(c.lon - findInteriorPoint(f.geometry)[0], c.lat - findInteriorPoint(f.geometry)[1]) < 0.004);
    if (team && other && !hasCentre) return { code: f.properties.code, team, other, point: findInteriorPoint(f.geometry) };
  }
  throw new Error('no border area');
}

describe('planner: territories as a lever (Kortrijk, Chromium)', e2eSuite({ kortrijk: true }), () => {
  let app: AppSession;
  let page: Page;
  let external: string[];
  let errors: string[];
  let truth: LoadedPackage;
  let before: Record<string, string>;
  let proposalName: string;

  beforeAll(async () => {
    truth = await loadTruth(KORTRIJK_DIR);
    app = await openAppSession(KORTRIJK_DIR);
    ({ page, external, errors } = app);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('proposes 7 territories balanced on persons in need within ±15 % and says so', async () => {
    await page.click('[data-testid="tab-planner"]');
    await waitForMapIdle(page, { level: 'team' });
    await page.click('[data-testid="scenario-new"]');
    await page.waitForSelector('[data-testid="planner-panel"][data-ready="true"]', { timeout: 60_000 });
    expect(await page.locator('[data-testid="planner-row"]').count()).toBe(7);
    before = await column(page, 'planner-caseload-scenario');
    await page.selectOption('[data-testid="planner-territory-balance"]', 'personsInNeed');
    await page.fill('[data-testid="planner-territory-tolerance"]', '15');
    await page.press('[data-testid="planner-territory-tolerance"]', 'Enter');
    await page.click('[data-testid="planner-territory-propose-run"]');
    const report = page.locator('[data-testid="planner-territory-report"]');
    await report.waitFor();
    expect(await report.getAttribute('data-tolerance-met')).toBe('true');
    expect(await page.textContent('[data-testid="planner-territory-worst"]')).toMatch(/^Grootste afwijking van het gemiddelde: \d+,\d % · binnen de tolerantie van 15 %$/);
    const moves = (await page.textContent('[data-testid="planner-territory-moves"]'))!;
    expect(moves).toMatch(/^\d+ gebieden met [\d.]+ inwoners wisselen van team$/);
    expect(Number(await report.getAttribute('data-changed'))).toBeGreaterThan(0);
    expect(await report.textContent()).toMatch(/Grootste ÷ kleinste team: 1,\d{3}/);
    // No English in the Dutch report.
    expect(await page.textContent('[data-testid="planner-territories"]')).not.toMatch(/\b(team\(s\)|tolerance|binding|areas|within)\b/);
    // How long the proposal took in the browser (main thread), for the record.
    console.log(`planner-territories: proposal on Kortrijk took ${await report.getAttribute('data-milliseconds')} ms in Chromium`);
    await report.scrollIntoViewIfNeeded();
    await shot(page, 'proposal');
  });

  it('applies it in a new scenario: the territories change, the team table’s caseloads change, and both show in the comparison', async () => {
    const names = await scenarioNames(page);
    await page.click('[data-testid="planner-territory-apply"]');
    await expect.poll(() => scenarioNames(page)).toHaveLength(names.length + 1);
    proposalName = (await page.locator('[data-testid="scenario-select"] option:checked').textContent())!;
    expect(proposalName).toBe('Gebieden in evenwicht (±15 %)');
    await page.waitForSelector('[data-testid="planner-panel"][data-ready="true"]');
    const changed = Number(await page.getAttribute('[data-testid="planner-territory-changed"]', 'data-count'));
    expect(changed).toBeGreaterThan(0);
    expect(await page.textContent('[data-testid="planner-territory-changed"]')).toContain(`${changed} gebieden gewijzigd`);
    const after = await column(page, 'planner-caseload-scenario');
    const differing = Object.keys(before).filter((team) => after[team] !== before[team]);
    expect(differing.length).toBeGreaterThan(0);
    // A caseload is either a new number or suppressed (an area with 1–4 dossiers moved): never a count.
    expect(Object.values(after).some((v) => /^\d+,\d$/.test(v) && !Object.values(before).includes(v))).toBe(true);
    for (const v of Object.values(after)) expect(v).toMatch(/^(\d+,\d|afgeschermd)$/);
    await page.waitForSelector('[data-testid="planner-territory-change"]');
    await shot(page, 'applied');

    await page.click('[data-testid="planner-compare-maps"]');
    await page.waitForSelector('[data-testid="compare-maps"]');
    await waitForCompareIdle(page);
    const sides = await page.evaluate(() =>
      window.__wijkzichtCompareMaps!.map((map) => {
        const features = map.queryRenderedFeatures({ layers: ['compare-fill'] });
        const geometry: Record<string, string> = {};
        for (const f of features) geometry[String(f.properties.code)] = (geometry[String(f.properties.code)] ?? '') + JSON.stringify(f.geometry);
        return { teams: Object.keys(geometry).sort(), geometry, labels: map.queryRenderedFeatures({ layers: ['compare-label'] }).length };
      }),
    );
    expect(sides[0]!.teams).toHaveLength(7);
    expect(sides[1]!.teams).toEqual(sides[0]!.teams);
    expect(sides[1]!.labels).toBe(7);
    // Today's territories on the left, the proposal's on the right.
    expect(sides[0]!.teams.filter((team) => sides[0]!.geometry[team] !== sides[1]!.geometry[team]).length).toBeGreaterThan(1);
    const titles = await page.locator('.compare-map-title').allTextContents();
    expect(titles[0]).toMatch(/basis/);
    expect(titles[1]).toContain(proposalName);
    await shot(page, 'compare');
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="compare-maps"]', { state: 'detached' });
  });

  it('undoes it: Ctrl+Z removes the new scenario', async () => {
    const count = (await scenarioNames(page)).length;
    await page.click('.planner-title');
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await scenarioNames(page)).length).toBe(count - 1);
    expect(await scenarioNames(page)).not.toContain(proposalName);
    await expect.poll(() => page.getAttribute('[data-testid="planner-territory-changed"]', 'data-count')).toBe('0');
    expect(await column(page, 'planner-caseload-scenario')).toEqual(before);
  });

  it('gives one area to another team with the area brush: a team figure changes, the reset gives it back', async () => {
    const area = borderArea(truth);
    const shares = await column(page, 'planner-need-share');
    await page.click('[data-testid="planner-territory-assign"]');
    await page.check(`[data-testid="planner-brush-${area.other}"]`);
    await page.evaluate(([lon, lat]) => window.__wijkzichtMap!.jumpTo({ center: [lon, lat], zoom: 14 }), area.point as [number, number]);
    await waitForMapSettled(page);
    const [p] = await projectToPage(page, [area.point]);
    await page.mouse.click(p!.x, p!.y);
    await expect.poll(() => page.getAttribute('[data-testid="planner-territory-changed"]', 'data-count')).toBe('1');
    expect(await page.getAttribute('[data-testid="planner-territory-change"]', 'data-code')).toBe(area.code);
    expect(await page.textContent('[data-testid="planner-territory-changed"]')).toContain('1 gebied gewijzigd');
    const after = await column(page, 'planner-need-share');
    expect(after[area.team]).not.toBe(shares[area.team]);
    expect(after[area.other]).not.toBe(shares[area.other]);
    // The map draws the area in its new team's colour, outlined as changed.
    const drawn = () => page.evaluate((code) => window.__wijkzichtMap!.queryRenderedFeatures({ layers: ['planner-territory-changed'] }).map((f) => String(f.properties.code)).includes(code), area.code);
    await expect.poll(drawn, { timeout: 10_000 }).toBe(true);
    // Drawn over the staffing map (today's territories), not under it: the first fill MapLibre hits there is the scenario's.
    const top = await page.evaluate(({ x, y }) => {
      const map = window.__wijkzichtMap!;
      const box = map.getContainer().getBoundingClientRect();
      return map.queryRenderedFeatures([x - box.left, y - box.top]).map((f) => f.layer.id).find((id) => id === 'area-fill' || id === 'planner-territory-fill');
    }, p!);
    expect(top).toBe('planner-territory-fill');
    await shot(page, 'brush');
    await page.keyboard.press('Escape');
    await page.click('[data-testid="planner-territory-reset"]');
    await expect.poll(() => page.getAttribute('[data-testid="planner-territory-changed"]', 'data-count')).toBe('0');
    expect(await column(page, 'planner-need-share')).toEqual(shares);

    // By wijk: a click on the same sector gives its whole wijk (every sector of it not already that team's).
    const wijkOf = truth.assignments.find((a) => a.level === 'wijk')!.parentOf;
    const teamOf = truth.assignments.find((a) => a.level === 'team')!.parentOf;
    const wijk = [...wijkOf].filter(([, w]) => w === wijkOf.get(area.code)).map(([code]) => code);
    const moving = wijk.filter((code) => teamOf.get(code) !== area.other);
    expect(wijk.length).toBeGreaterThan(1);
    await page.click('[data-testid="planner-territory-assign"]');
    await page.check(`[data-testid="planner-brush-${area.other}"]`);
    await page.selectOption('[data-testid="planner-brush-level"]', 'wijk');
    // The scenario's areas are drawn again once the brush is on: click when they are there.
    await expect.poll(() => page.evaluate(({ x, y }) => {
      const map = window.__wijkzichtMap!;
      const box = map.getContainer().getBoundingClientRect();
      return map.queryRenderedFeatures([x - box.left, y - box.top], { layers: ['planner-territory-fill'] }).length;
    }, p!)).toBeGreaterThan(0);
    await page.mouse.click(p!.x, p!.y);
    await expect.poll(() => page.getAttribute('[data-testid="planner-territory-changed"]', 'data-count')).toBe(String(moving.length));
    await shot(page, 'brush-wijk');
    await page.keyboard.press('Escape');
    await page.click('[data-testid="planner-territory-reset"]');
    await expect.poll(() => page.getAttribute('[data-testid="planner-territory-changed"]', 'data-count')).toBe('0');
  });

  it('says it all in English in the English UI, with the same figures', async () => {
    await page.click('[data-testid="planner-territory-propose-run"]');
    const nl = page.locator('[data-testid="planner-territory-report"]');
    await nl.waitFor();
    const changedNl = await nl.getAttribute('data-changed');
    const worstNl = (await page.textContent('[data-testid="planner-territory-worst"]'))!.match(/\d+,\d/)![0];
    await page.click('[data-testid="language-toggle"]');
    await page.waitForSelector('[data-testid="planner-territories"] h3:text-is("Territories")');
    await page.click('[data-testid="planner-territory-propose-run"]');
    await page.locator('[data-testid="planner-territory-report"]').waitFor();
    expect(await page.textContent('[data-testid="planner-territory-worst"]')).toMatch(/^Largest deviation from the mean: \d+\.\d % · within the tolerance of 15 %$/);
    expect(await page.textContent('[data-testid="planner-territory-moves"]')).toMatch(/^\d+ areas with [\d,]+ residents change team$/);
    expect(await page.textContent('[data-testid="planner-territories"]')).not.toMatch(/\b(gebieden|wisselen|tolerantie|Voorstellen)\b/);
    expect(await page.getAttribute('[data-testid="planner-territory-report"]', 'data-changed')).toBe(changedNl);
    expect(await page.textContent('[data-testid="planner-territory-worst"]')).toContain(worstNl.replace(',', '.'));
    await shot(page, 'english');
    await page.click('[data-testid="language-toggle"]');
  });

  it('made no request outside 127.0.0.1 and logged no errors', () => {
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
  });
});
