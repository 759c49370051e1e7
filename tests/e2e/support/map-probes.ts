import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import type { LonLat } from '../../../geo/units/units';

/** Ids of the features MapLibre actually rendered in a layer (from its render tree, not app state). */
export async function renderedFeatureIds(page: Page, layer: string): Promise<string[]> {
  return page.evaluate((layerId) => {
    const map = window.__wijkzichtMap!;
    const ids = new Set(map.queryRenderedFeatures({ layers: [layerId] }).map((f) => String(f.id ?? f.properties?.code ?? f.properties?.id)));
    return [...ids].sort();
  }, layer);
}

/** Screen positions (CSS pixels, relative to the page) of geographic points. */
export async function projectToPage(page: Page, points: readonly LonLat[]): Promise<{ x: number; y: number }[]> {
  return page.evaluate((pts) => {
    const map = window.__wijkzichtMap!;
    const box = map.getContainer().getBoundingClientRect();
    return pts.map(([lon, lat]) => {
      const p = map.project([lon, lat]);
      return { x: Math.round(box.left + p.x), y: Math.round(box.top + p.y) };
    });
  }, points as LonLat[]);
}

/** The layers drawn over the area colours (outlines, labels, centres, highlights, hatching). */
const OVERLAY_LAYERS = ['territory-casing', 'territory-line', 'territory-label', 'area-label', 'centre-circle', 'centre-label', 'centre-space', 'area-outline', 'area-hover', 'area-emphasis', 'area-suppressed'];

/** Whether every overlay layer of the map is hidden right now (the app may have shown them again). */
export async function overlaysHidden(page: Page): Promise<boolean> {
  return page.evaluate((ids) => {
    const map = window.__wijkzichtMap!;
    return ids.every((id) => !map.getLayer(id) || map.getLayoutProperty(id, 'visibility') === 'none');
  }, OVERLAY_LAYERS);
}

/** Hides (or shows again) the layers drawn over the choropleth, so pixel samples see only the fills. */
export async function setOverlaysVisible(page: Page, visible: boolean): Promise<void> {
  await page.evaluate(async ({ on, overlays }) => {
    const map = window.__wijkzichtMap!;
    for (const id of overlays) {
      if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', on ? 'visible' : 'none');
    }
    // Wait for a frame drawn after the change, then for the map to be idle, then for that frame to be on
    // screen. (Waiting for 'idle' alone could resolve on an idle of a render already under way, and the
    // sample then read the overlays that were meant to be hidden: a label's halo instead of the area.)
    await new Promise<void>((resolve) => {
      map.once('render', () => map.once('idle', () => resolve()));
      map.triggerRepaint();
    });
    await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
  }, { on: visible, overlays: OVERLAY_LAYERS });
}

/** Reads pixel colours at page positions from a screenshot of what is on screen. */
export async function samplePixels(page: Page, positions: readonly { x: number; y: number }[]): Promise<string[]> {
  const png = PNG.sync.read(await page.screenshot());
  return positions.map(({ x, y }) => {
    const i = (png.width * y + x) * 4;
    const hex = (v: number) => v.toString(16).padStart(2, '0');
    return `#${hex(png.data[i]!)}${hex(png.data[i + 1]!)}${hex(png.data[i + 2]!)}`;
  });
}

export function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Euclidean RGB distance. */
export function colourDistance(a: string, b: string): number {
  const [r1, g1, b1] = hexToRgb(a);
  const [r2, g2, b2] = hexToRgb(b);
  return Math.hypot(r1 - r2, g1 - g2, b1 - b2);
}

/** CSS `rgb(r, g, b)` → `#rrggbb`. */
export function cssToHex(css: string): string {
  const m = css.match(/rgba?\((\d+),\s*(\d+),\s*(\d+)/);
  if (!m) return css;
  return `#${[m[1], m[2], m[3]].map((v) => Number(v).toString(16).padStart(2, '0')).join('')}`;
}
