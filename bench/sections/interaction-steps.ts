/**
 * One step of the interactions bench (issue 16.4) and how it is timed: what to do in the page, when its result
 * is shown, and the two figures — the renderer's main-thread task time over the step (Chrome's `TaskDuration`)
 * and the time to the first animation frame in which the result is there.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { median, type Figure } from '../bench-kit';
import { settle } from './explorer';

/** A step: what to do in the page (JS statements), and when it is shown (a JS expression, true in a frame). */
export interface Step {
  readonly name: string;
  /** Statements run in the page to take the step (`q(sel)` is `document.querySelector`). */
  readonly act: string;
  /** An expression true once the step's result is there; `before` is what `capture` gave before the step. */
  readonly shown: string;
  /** An expression evaluated before the step, available to `shown` as `before`. */
  readonly capture?: string;
  /** Made ready from Node before the step, not timed (e.g. text typed into the fields the step uses). */
  readonly prepare?: (page: Page) => Promise<void>;
  /** Take the step from Node instead (a map click); `act` is then ignored. */
  readonly drive?: (page: Page) => Promise<void>;
  readonly target?: string;
  readonly timeoutMs?: number;
}

export const select = (testId: string, value: string) =>
  `{ const s = q('[data-testid="${testId}"]'); Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set.call(s, ${JSON.stringify(value)}); s.dispatchEvent(new Event('change', { bubbles: true })); }`;
export const click = (selector: string) => `q(${JSON.stringify(selector)}).click();`;
export const key = (k: string) => `document.dispatchEvent(new KeyboardEvent('keydown', { key: ${JSON.stringify(k)}, bubbles: true }));`;
/** The map rendered after the step and is at rest again (MapLibre's own `idle` event after the step). */
export const MAP_IDLE = `window.__benchStep.mapIdle && document.documentElement.dataset.mapState === 'idle'`;
export const mapShows = (part: string) => `${MAP_IDLE} && (document.documentElement.dataset.mapView ?? '').includes(${JSON.stringify(part)})`;

/** Main-thread task time (ms) of the page so far. */
export async function taskMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? Number.NaN) * 1000;
}

/** Takes one step; resolves with ms to the frame it is shown in and the main-thread time it took. */
export async function timeStep(page: Page, cdp: CDPSession, step: Step): Promise<{ frame: number; main: number }> {
  const before = await taskMs(cdp);
  const waiting = page.evaluate(`new Promise((resolve, reject) => {
    const q = (s) => document.querySelector(s);
    const before = ${step.capture ?? 'null'};
    const timer = setTimeout(() => reject(new Error(${JSON.stringify(`not shown: ${step.name}`)})), ${step.timeoutMs ?? 60_000});
    const map = window.__wijkzichtMap ?? window.__floorMap;
    window.__benchStep = { t0: performance.now(), mapIdle: false };
    const onIdle = () => { window.__benchStep.mapIdle = true; };
    map.on('idle', onIdle);
    const poll = (now) => {
      if (${step.shown}) { clearTimeout(timer); map.off('idle', onIdle); resolve(now - window.__benchStep.t0); } else requestAnimationFrame(poll);
    };
    ${step.drive ? '' : step.act}
    requestAnimationFrame(poll);
  })`);
  if (step.drive) await step.drive(page);
  // A result already there in the frame that had begun when the step was taken counts as that frame (0).
  const frame = Math.max(0, (await waiting) as number);
  return { frame, main: (await taskMs(cdp)) - before };
}

/** A step whose result is a map at rest again (the frame figure then includes MapLibre's drawing). */
const isMapStep = (step: Step) => step.shown.includes('__benchStep.mapIdle');

/**
 * Takes each step from a page at rest and pushes its two figures, named `${place}: ${step.name}: …`; for map
 * steps also the time to the frame over `floor`'s (MapLibre alone recolouring the same areas), when given.
 */
export async function runSteps(page: Page, cdp: CDPSession, place: string, steps: readonly Step[], figures: Figure[], floor?: Floor): Promise<void> {
  for (const step of steps) {
    if (step.prepare) {
      await step.prepare(page);
      await settle(page);
    }
    const { frame, main } = await timeStep(page, cdp, step).catch((error: unknown) => {
      throw new Error(`${place}: step "${step.name}" failed: ${error instanceof Error ? error.message : String(error)}`);
    });
    figures.push({ name: `${place}: ${step.name}: main thread`, value: main, unit: 'ms', target: step.target?.includes('main') ? step.target : undefined });
    figures.push({ name: `${place}: ${step.name}: to the frame showing it`, value: frame, unit: 'ms', target: step.target && !step.target.includes('main') ? step.target : undefined });
    if (floor && isMapStep(step)) figures.push({ name: `${place}: ${step.name}: to the frame ÷ the MapLibre recolour floor`, value: frame / floor.frame, unit: 'ratio' });
    await settle(page);
  }
}

/** A page with Chrome's performance metrics on, for `runSteps`. */
export async function metricsSession(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return cdp;
}

/** MapLibre alone recolouring the same polygons: time to its next `idle`, and its main-thread time (medians). */
export interface Floor {
  readonly frame: number;
  readonly main: number;
}

/**
 * The recolour floor, taken in the same run as the steps: the cold-start section's minimal MapLibre page (the
 * same polygons, one fill and one line layer, the app's canvas attributes) recolours all areas at once
 * (`setPaintProperty` of the fill), five times from rest; the medians of time to the next `idle` and of
 * main-thread time. Pushes both figures as `${place}: floor, …`.
 */
export async function recolourFloor(browser: Browser, floorUrl: string, place: string, figures: Figure[]): Promise<Floor> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  try {
    const cdp = await metricsSession(page);
    await page.goto(floorUrl);
    await page.waitForFunction(() => performance.getEntriesByName('floor:idle').length > 0, null, { timeout: 120_000 });
    await settle(page, { appMap: false });
    const frames: number[] = [];
    const mains: number[] = [];
    for (const colour of ['#4575b4', '#fc8d59', '#91bfdb', '#d73027', '#fee090']) {
      const { frame, main } = await timeStep(page, cdp, { name: 'recolour', act: `window.__floorMap.setPaintProperty('fill', 'fill-color', ${JSON.stringify(colour)});`, shown: `window.__benchStep.mapIdle` });
      frames.push(Math.max(frame, 1));
      mains.push(main);
      await settle(page, { appMap: false });
    }
    const floor = { frame: median(frames), main: median(mains) };
    figures.push({ name: `${place}: floor, MapLibre alone recolours the same areas: main thread`, value: floor.main, unit: 'ms' });
    figures.push({ name: `${place}: floor, MapLibre alone recolours the same areas: to the frame showing it`, value: floor.frame, unit: 'ms' });
    return floor;
  } finally {
    await page.close();
  }
}
