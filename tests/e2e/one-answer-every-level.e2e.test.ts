/**
 * One answer at every level (issue 14.1), on Kortrijk and Demostad in Chromium: "Personeel tegenover nood,
 * per team" and "Lopende dossiers per VTE" give the same figures whichever map level the user chose, and the
 * planner's need share is the chart's. Read from the rendered chart bars (their values and their widths)
 * and the planner table, never from app state.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/shared-data';
import { waitForMapIdle } from './support/browser';
import { openAppSession, type AppSession } from './support/app-session';
import { e2eSuite } from './support/e2e-gate';
import { PACKAGE_TARGETS } from './support/package-targets';

const SHOTS = path.join(PROJECT_ROOT, 'test-results', 'e2e');

const targets = PACKAGE_TARGETS;

interface Bar {
  readonly value: number;
  readonly width: number;
}

/** Every team bar of the charts as rendered: `series|team` → its value and its drawn width. */
async function renderedBars(page: Page): Promise<Record<string, Bar>> {
  return page.$$eval('[data-testid="team-bar"]', (bars) =>
    Object.fromEntries(bars.map((b) => [`${b.getAttribute('data-series')}|${b.getAttribute('data-team')}`, { value: Number(b.getAttribute('data-value')), width: Number(b.getAttribute('width')) }])),
  );
}

/** Shows the charts for `level` and waits until they are drawn from that level's analysis. */
async function chartsAt(page: Page, level: string): Promise<Record<string, Bar>> {
  await page.selectOption('[data-testid="level-select"]', level);
  await waitForMapIdle(page, { level });
  await page.waitForSelector(`[data-testid="charts-panel"][data-analysis="ready"][data-level="${level}"]`, { timeout: 90_000 });
  await page.waitForSelector('[data-testid="team-bar"]');
  return renderedBars(page);
}

for (const { name, slug, dir, needs } of targets) describe(`one answer at every level on ${name} in Chromium`, e2eSuite(needs), () => {
  let app: AppSession;
  let page: Page;
  let levels: string[];
  const byLevel = new Map<string, Record<string, Bar>>();

  beforeAll(async () => {
    app = await openAppSession(dir, { width: 1440, height: 900 });
    page = app.page;
    levels = await page.$$eval('[data-testid="level-select"] option', (os) => os.map((o) => (o as HTMLOptionElement).value).filter((v) => v !== 'team'));
    await page.click('[data-testid="tab-charts"]');
  });
  afterAll(async () => {
    await app?.close();
  });

  it('has at least two levels to compare and draws the team charts at each', async () => {
    expect(levels.length).toBeGreaterThanOrEqual(2);
    for (const level of levels) byLevel.set(level, await chartsAt(page, level));
    for (const [level, bars] of byLevel) {
      const series = new Set(Object.keys(bars).map((k) => k.split('|')[0]));
      expect([...series].sort(), level).toEqual(expect.arrayContaining(['fte', 'need']));
    }
    await page.screenshot({ path: path.join(SHOTS, `one-answer-${slug}.png`) });
  });

  it('gives every team the same FTE share, need share and caseload per FTE at every level', () => {
    const [first, ...others] = levels;
    const reference = byLevel.get(first!)!;
    expect(Object.values(reference).every((b) => Number.isFinite(b.value))).toBe(true);
    for (const level of others) {
      const bars = byLevel.get(level)!;
      expect(Object.keys(bars).sort(), `${level} against ${first}`).toEqual(Object.keys(reference).sort());
      for (const [key, bar] of Object.entries(bars)) {
        expect(bar.value, `${key} at ${level} against ${first}`).toBeCloseTo(reference[key]!.value, 9);
        expect(Math.abs(bar.width - reference[key]!.width), `${key} drawn at ${level}`).toBeLessThanOrEqual(0.5);
      }
    }
  });

  it('shows in the planner the need share the chart shows', async () => {
    const chart = byLevel.get(levels[0]!)!;
    await page.click('[data-testid="tab-planner"]');
    await page.click('[data-testid="scenario-new"]');
    await page.waitForSelector('[data-testid="planner-panel"][data-ready="true"]', { timeout: 60_000 });
    const shares = await page.$$eval('[data-testid="planner-row"]', (rows) =>
      rows.map((r) => ({ team: r.getAttribute('data-team')!, text: r.querySelector('[data-testid="planner-need-share"]')?.textContent ?? '' })),
    );
    expect(shares.length).toBeGreaterThan(1);
    for (const { team, text } of shares) {
      const shown = Number(text.replace(/[^\d,]/g, '').replace(',', '.'));
      const need = chart[`need|${team}`];
      expect(need, team).toBeDefined();
      expect(shown, team).toBeCloseTo(need!.value * 100, 1);
    }
  });

  it('made no request outside 127.0.0.1 and logged no errors', () => {
    expect(app.external).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
