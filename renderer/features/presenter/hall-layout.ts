import type { Camera, Extent, SavedView } from './state/story-slice';

/**
 * The audience screen in a hall: how much larger type and map labels are than on a desk screen, and the
 * extent each view shows. Pure: the presentation code measures the screen and applies the answers.
 */

/** The screen height (CSS pixels) at which the presentation keeps the desk sizes: larger screens scale up. */
export const DESK_HEIGHT_PX = 720;
/** The largest scale (a 4K screen at one device pixel per CSS pixel). */
export const MAX_HALL_SCALE = 3;

/**
 * How much larger title, legend, attribution and map labels are drawn on a screen `heightPx` CSS pixels
 * high: its height against a 720 px desk screen, never below 1 nor above 3, to two decimals.
 *
 * @example
 * hallScale(1080) // 1.5
 * hallScale(600) // 1
 */
export function hallScale(heightPx: number): number {
  if (!Number.isFinite(heightPx) || heightPx <= 0) return 1;
  return Math.round(Math.min(MAX_HALL_SCALE, Math.max(1, heightPx / DESK_HEIGHT_PX)) * 100) / 100;
}

/** Size of the map (CSS pixels) assumed for a view saved before views kept their extent. */
export const REFERENCE_MAP_PX = { width: 1000, height: 700 } as const;

/** MapLibre's world size at zoom 0 (its tiles are 512 px). */
const WORLD_PX = 512;

const mercatorY = (latDeg: number) => Math.log(Math.tan(Math.PI / 4 + (latDeg * Math.PI) / 360));
const latOfMercatorY = (y: number) => (360 / Math.PI) * Math.atan(Math.exp(y)) - 90;

/**
 * The extent a camera shows on a map of `sizePx` CSS pixels (Web Mercator, 512 px tiles as MapLibre).
 *
 * @example
 * extentOfCamera({ center: [0, 0], zoom: 0 }, { width: 512, height: 512 }) // [[-180, -85.05…], [180, 85.05…]]
 */
export function extentOfCamera(camera: Camera, sizePx: { width: number; height: number }): Extent {
  if (!(sizePx.width > 0 && sizePx.height > 0)) throw new RangeError(`a map size must be positive, got ${sizePx.width}×${sizePx.height}`);
  const worldPx = WORLD_PX * 2 ** camera.zoom;
  const halfLon = (sizePx.width / 2 / worldPx) * 360;
  const halfY = (sizePx.height / 2 / worldPx) * 2 * Math.PI;
  const y = mercatorY(camera.center[1]);
  return [
    [camera.center[0] - halfLon, latOfMercatorY(y - halfY)],
    [camera.center[0] + halfLon, latOfMercatorY(y + halfY)],
  ];
}

/**
 * The extent a saved view asks the audience screen to show: the one it was saved with, else what its camera
 * showed on a 1000×700 map.
 *
 * @example
 * viewExtent({ ...view, extent: [[3.2, 50.8], [3.3, 50.85]] }) // [[3.2, 50.8], [3.3, 50.85]]
 */
export function viewExtent(view: Pick<SavedView, 'camera' | 'extent'>): Extent {
  return view.extent ?? extentOfCamera(view.camera, REFERENCE_MAP_PX);
}

export interface Padding {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/**
 * Padding (CSS pixels) that keeps a fitted extent clear of the title card at the top and the attribution
 * line at the bottom of a `viewport`-sized map, with a margin that grows with `scale`; never more than a
 * third of the screen on any side, so the extent keeps at least a third of each dimension.
 *
 * @example
 * fitPadding({ width: 1920, height: 1080 }, { captionBottom: 120, attributionHeight: 30 }, 1.5)
 * // { top: 144, right: 24, bottom: 54, left: 24 }
 */
export function fitPadding(viewport: { width: number; height: number }, reserved: { captionBottom: number; attributionHeight: number }, scale: number): Padding {
  const margin = Math.round(16 * scale);
  const capV = Math.floor(viewport.height / 3);
  const capH = Math.floor(viewport.width / 3);
  const clamp = (v: number, cap: number) => Math.max(0, Math.min(cap, Math.round(v)));
  return {
    top: clamp(reserved.captionBottom + margin, capV),
    right: clamp(margin, capH),
    bottom: clamp(reserved.attributionHeight + margin, capV),
    left: clamp(margin, capH),
  };
}

type Json = unknown;

const times = (factor: number, value: Json): Json => (typeof value === 'number' ? Math.round(value * factor * 100) / 100 : ['*', factor, value]);

/** Whether an expression reads the zoom (then it must stay the outermost: its outputs are scaled instead). */
const isZoomCurve = (value: Json): value is unknown[] =>
  Array.isArray(value) && (value[0] === 'interpolate' || value[0] === 'step') && Array.isArray(value[value[0] === 'interpolate' ? 2 : 1]) && (value[value[0] === 'interpolate' ? 2 : 1] as unknown[])[0] === 'zoom';

/**
 * A symbol layer's `text-size` made `factor` times larger, in a form MapLibre accepts: a number is
 * multiplied; a zoom curve (`interpolate`/`step` over `["zoom"]`, which must stay outermost) has each
 * output multiplied; a legacy `{ stops }` function has its stop values multiplied; any other expression is
 * wrapped in `["*", factor, …]`; no value is MapLibre's default of 16.
 *
 * @example
 * scaleTextSize(12, 1.5) // 18
 * scaleTextSize(['interpolate', ['linear'], ['zoom'], 10, 10, 16, 14], 1.5) // ['interpolate', ['linear'], ['zoom'], 10, 15, 16, 21]
 */
export function scaleTextSize(value: Json, factor: number): Json {
  if (!(factor > 0)) throw new RangeError(`a text scale must be positive, got ${factor}`);
  if (value === undefined || value === null) return times(factor, 16);
  if (typeof value === 'number') return times(factor, value);
  if (isZoomCurve(value)) {
    const firstOutput = value[0] === 'interpolate' ? 4 : 2;
    // interpolate: [op, type, input, z0, v0, z1, v1, …]; step: [op, input, v0, z1, v1, …]
    return value.map((part, i) => (i >= firstOutput && (i - firstOutput) % 2 === 0 ? times(factor, part) : part));
  }
  if (typeof value === 'object' && !Array.isArray(value) && Array.isArray((value as { stops?: unknown }).stops)) {
    const fn = value as { stops: [unknown, unknown][] };
    return { ...fn, stops: fn.stops.map(([z, v]) => [z, times(factor, v)]) };
  }
  return times(factor, value);
}
