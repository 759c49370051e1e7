/**
 * Planner section: one step of a planner slider (a team's FTE ± 0.5) on Kortrijk, in headless Chromium,
 * to (1) the next frame after the table shows the new caseload per FTE — the engine rerun and React — and
 * (2) the next frame the staffing map renders with the new colours (`wijkzicht:recoloured`). Each step from
 * a page at rest (see `settle`). Target: ≤ 16 ms, a smooth drag.
 */
import type { Page } from 'playwright-core';
import { median, printSection, type Figure } from '../bench-kit';
import { settle } from './explorer';
import { withKortrijkChromium } from './kortrijk-chromium';
const STEPS = 24;

/**
 * One slider step. Resolves with ms from the step to: the start of the frame that shows the new table
 * (`tableFrame`), the check in that frame (`table`), the start of the frame the map drew its new colours in
 * (`mapFrame`), and the end of that draw (`map`: MapLibre's GL calls, done on the CPU under SwiftShader).
 */
interface Step {
  table: number;
  map: number;
  tableFrame: number;
  mapFrame: number;
}

async function timeStep(page: Page, value: number): Promise<Step> {
  // A string (not a function) for page.evaluate: tsx would wrap named inner functions in a `__name` the page lacks.
  return page.evaluate(`new Promise((resolve, reject) => {
    const slider = document.querySelector('[data-testid="planner-row"] [data-testid="planner-fte-slider"]');
    const cell = document.querySelector('[data-testid="planner-row"] [data-testid="planner-caseload-scenario"]');
    const before = cell.textContent;
    const t0 = performance.now();
    const out = { table: NaN, map: NaN, tableFrame: NaN, mapFrame: NaN };
    const map = window.__wijkzichtMap;
    // The start of the frame the map drew in (document.timeline.currentTime is the frame's time during it).
    const onRender = () => { if (Number.isNaN(out.mapFrame)) out.mapFrame = document.timeline.currentTime - t0; };
    map.on('render', onRender);
    const timer = setTimeout(() => reject(new Error('no frame after a slider step')), 30000);
    const done = () => { if (!Number.isNaN(out.table) && !Number.isNaN(out.map)) { clearTimeout(timer); observer.disconnect(); map.off('render', onRender); resolve(out); } };
    const observer = new PerformanceObserver(() => {
      const mark = performance.getEntriesByName('wijkzicht:recoloured').find((e) => e.startTime >= t0);
      if (mark && Number.isNaN(out.map)) { out.map = mark.startTime - t0; done(); }
    });
    observer.observe({ type: 'mark' });
    const poll = (now) => {
      if (cell.textContent !== before) { out.table = performance.now() - t0; out.tableFrame = now - t0; done(); } else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(slider, String(${value}));
    slider.dispatchEvent(new Event('input', { bubbles: true }));
  })`);
}

export async function runPlannerBench(): Promise<void> {
  await withKortrijkChromium('Planner', async (browser, url) => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(url);
    await page.waitForFunction(() => document.documentElement.dataset.mapState === 'idle', null, { timeout: 180_000 });
    await page.click('[data-testid="tab-planner"]');
    await page.click('[data-testid="scenario-new"]');
    await page.waitForSelector('[data-testid="planner-panel"][data-ready="true"]', { timeout: 120_000 });
    await settle(page);
    const start = Number(await page.inputValue('[data-testid="planner-row"] [data-testid="planner-fte-input"]'));
    const times: Step[] = [];
    for (let i = 0; i < STEPS; i++) {
      times.push(await timeStep(page, start + (i % 2 === 0 ? 0.5 : 0)));
      await settle(page);
    }
    if (process.env.WIJKZICHT_BENCH_VERBOSE) console.log('  every step (table frame / map frame / map drawn, ms):', times.map((t) => `${t.tableFrame.toFixed(0)}/${t.mapFrame.toFixed(0)}/${t.map.toFixed(0)}`).join(' '));
    const figures: Figure[] = [
      { name: 'Kortrijk: slider step → frame showing the new table and chart (median)', value: median(times.map((t) => t.tableFrame)), unit: 'ms', target: '≤ 16 ms' },
      { name: 'Kortrijk: slider step → frame showing the new table and chart (worst)', value: Math.max(...times.map((t) => t.tableFrame)), unit: 'ms', target: '≤ 16 ms' },
      { name: 'Kortrijk: slider step → frame the staffing map is redrawn in (median)', value: median(times.map((t) => t.mapFrame)), unit: 'ms', target: '≤ 16 ms' },
      { name: 'Kortrijk: slider step → frame the staffing map is redrawn in (worst)', value: Math.max(...times.map((t) => t.mapFrame)), unit: 'ms', target: '≤ 16 ms' },
      { name: 'Kortrijk: slider step → staffing map drawn (end of its GL work, median)', value: median(times.map((t) => t.map)), unit: 'ms' },
      { name: `Kortrijk: steps (of ${times.length}) whose map is redrawn in the same frame as the table`, value: times.filter((t) => t.mapFrame === t.tableFrame).length, unit: 'count' },
    ];
    printSection(`Planner in headless Chromium: one slider step (${STEPS} steps, each from a page at rest)`, figures);
  });
}
