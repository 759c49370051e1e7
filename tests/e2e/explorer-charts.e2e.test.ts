/**
 * The explorer's charts, detail panel, small-count suppression, language and accessibility on the Kortrijk
 * package, in Chromium: every check reads what the page shows (DOM, MapLibre's render tree), never the
 * app's state. The map's colouring and layers: explorer-map.e2e.test.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedPackage } from '../../data/package/model';
import { findInteriorPoint } from '../../geo/geometry/find-interior-point';
import { PROJECT_ROOT } from '../helpers/shared-data';
import { openSideTab, waitForMapIdle } from './support/browser';
import { e2eSuite } from './support/e2e-gate';
import { legendOf, markedAreas, shot, useKortrijkExplorer } from './support/explorer-session';
import { projectToPage, renderedFeatureIds } from './support/map-probes';

describe('explorer charts, details and accessibility on Kortrijk in Chromium', e2eSuite({ kortrijk: true }), () => {
  const session = useKortrijkExplorer();
  let page: Page;
  let truth: LoadedPackage;
  let raw: Map<string, Map<string, number>>;
  const wijken = () => session.wijken();
  beforeAll(() => {
    ({ page, truth, raw } = session);
  });
  const sectors = () => session.sectors();

  it('answers "which five wijken combine the highest need with the lowest reach, how far from a centre"', async () => {
    await page.click('[data-testid="tab-charts"]');
    await page.waitForSelector('[data-testid="charts-panel"][data-analysis="ready"]', { timeout: 60_000 });
    const rows = page.locator('[data-testid="gap-row"]');
    expect(await rows.count()).toBeGreaterThanOrEqual(5);
    const top = await rows.evaluateAll((els) => els.slice(0, 5).map((e) => ({ code: e.getAttribute('data-code')!, text: e.textContent ?? '' })));
    const names = new Map(wijken().map((f) => [f.properties.code, f.properties.name]));
    for (const row of top) {
      expect(names.has(row.code)).toBe(true);
      expect(row.text).toContain(names.get(row.code));
      expect(row.text).toMatch(/\d+(,\d+)? ?(m|km)(?![a-z])|\d+(,\d+)? ?(m|km)/);
    }
    await expect(page.locator('[data-testid="chart-team-fte"] [data-testid="team-bar"]').count()).resolves.toBeGreaterThanOrEqual(truth.teams.length);
    await shot(page, 'charts');
  });

  it('links charts and map both ways', async () => {
    // Chart → map: a gap row outlines its area on the map.
    const row = page.locator('[data-testid="gap-row"]').first();
    const code = (await row.getAttribute('data-code'))!;
    await row.hover();
    await expect.poll(() => markedAreas(page, 'highlight')).toEqual([code]);
    // A team bar outlines the areas of that team; another team's bar outlines other areas.
    const bars = page.locator('[data-testid="chart-team-fte"] [data-testid="team-bar"]');
    const bar = bars.first();
    const team = (await bar.getAttribute('data-team'))!;
    await bar.hover();
    // Between the row and the bar the highlight is briefly empty: wait for the team's areas, not for "not the row".
    const settled = async (previous: string) => {
      const marked = await markedAreas(page, 'highlight');
      return marked.length > 0 && marked.join() !== previous ? marked : null;
    };
    await expect.poll(() => settled(code)).not.toBeNull();
    const highlighted = (await settled(code))!;
    const wijkCodes = wijken().map((f) => f.properties.code);
    for (const c of highlighted) expect(wijkCodes).toContain(c);
    expect(await bar.getAttribute('data-highlighted')).toBe('true');
    const otherTeam = (await bars.evaluateAll((els) => els.map((e) => e.getAttribute('data-team')!))).filter((t) => t !== team).at(-1)!;
    const other = page.locator(`[data-testid="chart-team-fte"] [data-testid="team-bar"][data-team="${otherTeam}"]`).first();
    await other.hover();
    await expect.poll(() => settled(highlighted.join())).not.toBeNull();
    for (const c of await markedAreas(page, 'highlight')) expect(highlighted).not.toContain(c);
    await shot(page, `team-highlight-${team}`);
    await page.mouse.move(5, 5);

    // Map → chart: hovering the area highlights its gap row and its scatter point.
    const feature = wijken().find((f) => f.properties.code === code)!;
    const [position] = await projectToPage(page, [findInteriorPoint(feature.geometry)]);
    await page.mouse.move(position!.x, position!.y);
    await expect.poll(() => page.getAttribute(`[data-testid="gap-row"][data-code="${code}"]`, 'data-highlighted')).toBe('true');
    await expect.poll(() => page.getAttribute(`[data-testid="scatter-point"][data-code="${code}"]`, 'data-highlighted')).toBe('true');
    await page.mouse.move(5, 5);
    await expect.poll(() => page.getAttribute(`[data-testid="gap-row"][data-code="${code}"]`, 'data-highlighted')).toBe('false');
  });

  it('opens the detail panel on a click: every indicator, rank, trend, team, nearest centre and distance', async () => {
    const feature = wijken()[2]!;
    const [position] = await projectToPage(page, [findInteriorPoint(feature.geometry)]);
    await page.mouse.click(position!.x, position!.y);
    await page.waitForSelector('[data-testid="detail-panel"] [data-testid="detail-name"]');
    expect(await page.textContent('[data-testid="detail-name"]')).toContain(feature.properties.name);
    await page.waitForSelector('[data-testid="detail-indicator-row"]');
    expect(await page.locator('[data-testid="detail-indicator-row"]').count()).toBe(truth.definitions.length);
    expect(await page.locator('[data-testid="sparkline"]').count()).toBeGreaterThan(0);
    const facts = await page.$$eval('[data-testid="detail-fact"]', (els) => els.map((e) => `${e.getAttribute('data-fact')}: ${e.textContent}`));
    expect(facts.join('\n')).toMatch(/team/i);
    expect(facts.join('\n')).toMatch(/\d+(,\d+)? ?(m|km)/);
    expect(await renderedFeatureIds(page, 'area-emphasis')).toContain(feature.properties.code);
    await shot(page, 'detail');

    // Pin it and a second area: the comparison table lists both.
    await page.click('[data-testid="pin-button"]');
    const second = wijken()[5]!;
    const [p2] = await projectToPage(page, [findInteriorPoint(second.geometry)]);
    await page.mouse.click(p2!.x, p2!.y);
    await page.waitForFunction((name) => document.querySelector('[data-testid="detail-name"]')?.textContent?.includes(name), second.properties.name);
    await page.click('[data-testid="pin-button"]');
    const compare = await page.waitForSelector('[data-testid="pinned-compare"]');
    const text = (await compare.textContent()) ?? '';
    expect(text).toContain(feature.properties.name);
    expect(text).toContain(second.properties.name);
    await shot(page, 'pinned');
  });

  it('never shows a sensitive count of 1–4: map, legend, tooltip, detail panel, comparison, charts', async () => {
    // Sectors where a sensitive indicator has a true 2024 count of 1–4.
    const sensitive = truth.definitions.filter((d) => d.sensitive).map((d) => d.id);
    const small = [...raw].filter(([, values]) => values.get('kansarm_births')! >= 1 && values.get('kansarm_births')! <= 4).map(([code]) => code);
    expect(small.length).toBeGreaterThan(0);
    await page.selectOption('[data-testid="level-select"]', truth.baseLevel);
    await page.selectOption('[data-testid="measure-select"]', 'count');
    await page.selectOption('[data-testid="indicator-select"]', 'kansarm_births');
    await waitForMapIdle(page, { level: truth.baseLevel, indicator: 'kansarm_births' });
    const suppressedCount = Number(((await page.textContent('[data-testid="legend-suppressed"] .count')) ?? '').replace(/[^\d]/g, ''));
    expect(suppressedCount).toBe(small.length);
    // The legend's class limits never fall inside 1–4.
    for (const label of (await legendOf(page)).labels) expect(label).not.toMatch(/(^|[^\d,.])[1-4]($|[^\d,.])/);
    await shot(page, 'suppressed-sectors');

    const byCode = new Map(sectors().map((f) => [f.properties.code, f]));
    for (const code of small.slice(0, 4)) {
      const [position] = await projectToPage(page, [findInteriorPoint(byCode.get(code)!.geometry)]);
      await page.mouse.move(position!.x, position!.y);
      const tooltip = page.locator('[data-testid="map-tooltip"]');
      await expect.poll(async () => (await tooltip.textContent()) ?? '').toContain(byCode.get(code)!.properties.name);
      expect(await tooltip.textContent()).toMatch(/Afgeschermd/);
    }
    // Rate: the rate of a small count is suppressed too.
    await page.selectOption('[data-testid="measure-select"]', 'rate');
    await page.waitForFunction(() => document.querySelector('[data-testid="legend"]')?.getAttribute('data-measure') === 'rate' && document.documentElement.dataset.mapState === 'idle');
    const target = small[0]!;
    const [p] = await projectToPage(page, [findInteriorPoint(byCode.get(target)!.geometry)]);
    await page.mouse.move(p!.x, p!.y);
    await expect.poll(async () => (await page.locator('[data-testid="map-tooltip"]').textContent()) ?? '').toMatch(/Afgeschermd/);

    // The detail panel: every sensitive indicator whose true count is 1–4 reads "afgeschermd", with no number.
    await page.mouse.click(p!.x, p!.y);
    await page.waitForFunction((name) => document.querySelector('[data-testid="detail-name"]')?.textContent?.includes(name), byCode.get(target)!.properties.name);
    await page.waitForSelector('[data-testid="detail-indicator-row"]');
    const rows = await page.$$eval('[data-testid="detail-indicator-row"]', (els) =>
      els.map((e) => ({ id: e.getAttribute('data-indicator')!, status: e.getAttribute('data-status'), text: e.textContent ?? '', title: [...e.querySelectorAll('[title],[aria-label]')].map((x) => `${x.getAttribute('title') ?? ''} ${x.getAttribute('aria-label') ?? ''}`).join(' ') })),
    );
    const values = raw.get(target)!;
    let checked = 0;
    for (const row of rows) {
      const value = values.get(row.id);
      if (!sensitive.includes(row.id) || value === undefined || value < 1 || value > 4) continue;
      checked++;
      expect(row.status, row.id).toBe('suppressed');
      expect(row.text, row.id).toMatch(/afgeschermd/i);
      expect(`${row.text} ${row.title}`.replace(/1–\d|\(1-\d\)/g, ''), row.id).not.toMatch(new RegExp(`(^|[^\\d,.])${value}($|[^\\d,.])`));
    }
    expect(checked).toBeGreaterThan(0);
    await shot(page, 'suppressed-detail');

    // Charts at sector level: no team's caseload built from a small count, and no scatter of a suppressed reach.
    await page.click('[data-testid="tab-charts"]');
    await page.waitForSelector('[data-testid="charts-panel"][data-analysis="ready"]', { timeout: 60_000 });
    const chartText = (await page.textContent('[data-testid="charts-panel"]')) ?? '';
    expect(chartText.length).toBeGreaterThan(0);
    const pointCodes = await page.$$eval('[data-testid="scatter-point"]', (els) => els.map((e) => e.getAttribute('data-code')));
    const knownSmall = [...raw].filter(([, v]) => v.get('known_clients')! >= 1 && v.get('known_clients')! <= 4).map(([c]) => c);
    for (const c of knownSmall) expect(pointCodes).not.toContain(c);
    await page.mouse.move(5, 5);
    await page.selectOption('[data-testid="level-select"]', 'wijk');
    await waitForMapIdle(page, { level: 'wijk' });
  });

  it('switches to English: labels from the definitions, numbers per locale, and back', async () => {
    const legendNl = await legendOf(page);
    await page.click('[data-testid="language-toggle"]');
    await expect.poll(async () => (await legendOf(page)).title).not.toBe(legendNl.title);
    const en = await legendOf(page);
    const definition = truth.definitions.find((d) => en.title.includes(d.labelEn));
    expect(definition, en.title).toBeDefined();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const optionsEn = await page.$$eval('[data-testid="indicator-select"] option', (els) => els.map((e) => e.textContent ?? ''));
    expect(optionsEn).toContain(truth.definitions.find((d) => d.id === 'vt_persons')!.labelEn);
    await page.click('[data-testid="tab-charts"]');
    await page.waitForSelector('[data-testid="charts-panel"][data-analysis="ready"]');
    expect(await page.textContent('[data-testid="charts-panel"]')).toMatch(/FTE/);
    // Locale: English decimals use a point; Dutch a comma.
    expect(en.labels.join(' ')).toMatch(/\d\.\d/);
    expect(en.labels.join(' ')).not.toMatch(/\d,\d{1,2}(?!\d)/);
    await shot(page, 'english');
    await page.click('[data-testid="language-toggle"]');
    await expect.poll(async () => (await legendOf(page)).title).toBe(legendNl.title);
    expect(legendNl.labels.join(' ')).toMatch(/\d,\d/);
  });

  it('is usable by keyboard with a visible focus, and axe finds no serious or critical violation', async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.focus('body');
    const reached: { id: string; outline: boolean }[] = [];
    for (let i = 0; i < 45; i++) {
      await page.keyboard.press('Tab');
      reached.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el) return { id: '', outline: false };
          const style = getComputedStyle(el);
          const outline = (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
          return { id: el.getAttribute('data-testid') ?? el.getAttribute('aria-label') ?? el.tagName, outline };
        }),
      );
    }
    const ids = reached.map((r) => r.id);
    for (const want of ['measure-select', 'level-select', 'indicator-search', 'indicator-select', 'period-slider', 'SUMMARY', 'language-toggle', 'search-input']) {
      expect(ids, `Tab never reaches ${want}`).toContain(want);
    }
    // (Tabbing past the last control leaves focus on the document itself: not a control.)
    for (const r of reached.filter((x) => x.id !== 'BODY')) expect(r.outline, `no visible focus on ${r.id}`).toBe(true);
    // The map itself takes the keyboard (arrows pan, +/− zoom).
    const before = await page.evaluate(() => window.__wijkzichtMap!.getCenter().toArray());
    await page.focus('[data-testid="map"] canvas');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((b) => {
      const c = window.__wijkzichtMap!.getCenter().toArray();
      return !window.__wijkzichtMap!.isMoving() && c[0] !== b[0];
    }, before);

    const axeSource = readFileSync(path.join(PROJECT_ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
    const problems: string[] = [];
    for (const tab of ['charts', 'detail', 'layers'] as const) {
      await openSideTab(page, tab);
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const result = await axe.run(document, { resultTypes: ['violations'] });
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
      });
      for (const v of violations) if (v.impact === 'serious' || v.impact === 'critical') problems.push(`${tab}: ${v.id} (${v.impact}) ${v.help} at ${v.targets.join(', ')}`);
    }
    expect(problems).toEqual([]);
  });

  it('made no request outside 127.0.0.1 and logged no errors', () => {
    expect(session.app.external).toEqual([]);
    expect(session.app.errors).toEqual([]);
  });
});
