/**
 * What the explorer e2e files share (explorer-map, explorer-charts, explorer-basemap-style): the Kortrijk
 * session, the package's truth read independently of the app, and probes of what the page shows.
 */
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { LoadedPackage } from '../../../data/package/model';
import { readPackage } from '../../../data/package/read-package';
import { openNodePackageSource } from '../../../data/package/sources/node-folder-source';
import { findInteriorPoint } from '../../../geo/geometry/find-interior-point';
import { KORTRIJK_DIR, PROJECT_ROOT } from '../../helpers/shared-data';
import { openAppSession, type AppSession } from './app-session';
import { afterNextFrame } from './browser';
import { colourDistance, cssToHex, overlaysHidden, projectToPage, samplePixels, setOverlaysVisible } from './map-probes';

const SHOTS = path.join(PROJECT_ROOT, 'test-results', 'e2e');
type AreaFeatures = LoadedPackage['levels'][number]['areas']['features'];

/** A screenshot into test-results/e2e/explorer-<name>.png. */
export async function shot(page: Page, name: string): Promise<void> {
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `explorer-${name}.png`) });
}

/** Raw 2024 values per area and indicator from indicators.csv (the truth the app must never leak). */
export function readRawValues(dir: string): Map<string, Map<string, number>> {
  const lines = readFileSync(path.join(dir, 'indicators.csv'), 'utf8').trim().split('\n').slice(1);
  const out = new Map<string, Map<string, number>>();
  for (const line of lines) {
    const [code, period, indicator, value] = line.split(',');
    if (period !== '2024' || value === undefined || value === '') continue;
    if (!out.has(code!)) out.set(code!, new Map());
    out.get(code!)!.set(indicator!, Number(value));
  }
  return out;
}

/** The colour of each area on screen (overlays hidden), by its interior point. */
export async function areaColours(page: Page, features: AreaFeatures): Promise<string[]> {
  const positions = await projectToPage(page, features.map((f) => findInteriorPoint(f.geometry)));
  await page.mouse.move(5, 5);
  // The screen is read once the overlays are hidden and it is stable: two samples a rendered frame apart
  // agree, and the overlays are still hidden after the second. (The app re-shows its overlays when an
  // analysis run for a new period lands after the map went idle; a sample then read a label's halo.)
  let colours: string[] = [];
  for (let tries = 0; tries < 10; tries++) {
    await setOverlaysVisible(page, false);
    colours = await samplePixels(page, positions);
    await afterNextFrame(page);
    const again = await samplePixels(page, positions);
    if (again.join() === colours.join() && (await overlaysHidden(page))) break;
  }
  await setOverlaysVisible(page, true);
  return colours;
}

/** The legend as shown: title, swatch colours, class labels and counts. */
export async function legendOf(page: Page): Promise<{ title: string; colours: string[]; labels: string[]; counts: number[] }> {
  const title = (await page.textContent('[data-testid="legend"] h2')) ?? '';
  const entries = await page.$$eval('[data-testid="legend-entry"]', (els) =>
    els.map((e) => ({
      colour: getComputedStyle(e.querySelector('.swatch')!).backgroundColor,
      label: e.querySelector('.range')!.textContent,
      count: Number(e.querySelector('.count')!.textContent.replace(/[^\d]/g, '')),
    })),
  );
  return { title, colours: entries.map((e) => cssToHex(e.colour)), labels: entries.map((e) => e.label), counts: entries.map((e) => e.count) };
}

/** Every sampled colour is (nearly) one of the legend's colours. */
export function expectColoursFromLegend(colours: readonly string[], legend: readonly string[]): void {
  for (const colour of colours) expect(Math.min(...legend.map((l) => colourDistance(l, colour))), `${colour} not in legend ${legend.join(' ')}`).toBeLessThan(8);
}

/** Codes of the areas drawn with a given mark (hover, selected, highlight) on the interaction layers. */
export async function markedAreas(page: Page, mark: string): Promise<string[]> {
  return page.evaluate((m) => {
    const map = window.__wijkzichtMap!;
    const layers = ['area-hover', 'area-emphasis'].filter((id) => map.getLayer(id));
    const features = map.queryRenderedFeatures({ layers }).filter((f) => f.properties?.mark === m);
    return [...new Set(features.map((f) => String(f.properties?.code ?? f.id)))].sort();
  }, mark);
}

/** The Kortrijk explorer session of one e2e file: filled in by its beforeAll. */
export interface KortrijkExplorer {
  readonly app: AppSession;
  readonly page: Page;
  /** The package as read by the data layer (not through the app). */
  readonly truth: LoadedPackage;
  /** Raw 2024 values per area and indicator. */
  readonly raw: Map<string, Map<string, number>>;
  /** The wijk and base-level (sector) features of the package. */
  wijken(): AreaFeatures;
  sectors(): AreaFeatures;
}

/**
 * Opens the app on Kortrijk before the file's tests (and closes it after): call it at the top of the
 * file's `describe`. The returned object's fields are set once beforeAll has run.
 */
export function useKortrijkExplorer(): KortrijkExplorer {
  const session = {} as { -readonly [K in keyof KortrijkExplorer]: KortrijkExplorer[K] };
  session.wijken = () => session.truth.levels.find((l) => l.level === 'wijk')!.areas.features;
  session.sectors = () => session.truth.levels.find((l) => l.level === session.truth.baseLevel)!.areas.features;
  beforeAll(async () => {
    const result = await readPackage(await openNodePackageSource(KORTRIJK_DIR));
    if (!result.ok) throw new Error('Kortrijk package does not read');
    session.truth = result.pkg;
    session.raw = readRawValues(KORTRIJK_DIR);
    session.app = await openAppSession(KORTRIJK_DIR);
    session.page = session.app.page;
  });
  afterAll(async () => {
    await session.app?.close();
  });
  return session;
}
