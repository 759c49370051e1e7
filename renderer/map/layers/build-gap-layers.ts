import type { LayerSpecification } from 'maplibre-gl';
import { GAP_PATTERN, LAYERS, MAP_FONT_BOLD, SOURCES } from './ids';

/** Colour of the coverage-gap outline, hatch and rank badge (ColorBrewer Purples, darkest). */
export const GAP_COLOUR = '#4a1486';

/**
 * The top-N coverage gaps: a diagonal hatch over the area (the `gap-hatch` pattern, drawn with
 * `buildGapHatchImage`), a thick outline on a white casing readable over any class colour, and a
 * numbered badge with the gap's rank at a label point (the label source, property `rank`).
 *
 * @example
 * buildGapLayers().map((l) => l.id); // ['gap-fill', 'gap-casing', 'gap-outline', 'gap-badge', 'gap-label']
 */
export function buildGapLayers(): LayerSpecification[] {
  return [
    { id: LAYERS.gapFill, type: 'fill', source: SOURCES.gaps, paint: { 'fill-pattern': GAP_PATTERN, 'fill-opacity': 0.85 } },
    {
      id: LAYERS.gapCasing,
      type: 'line',
      source: SOURCES.gaps,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': '#ffffff', 'line-width': ['interpolate', ['linear'], ['zoom'], 10, 5, 15, 8], 'line-opacity': 0.9 },
    },
    {
      id: LAYERS.gapOutline,
      type: 'line',
      source: SOURCES.gaps,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': GAP_COLOUR, 'line-width': ['interpolate', ['linear'], ['zoom'], 10, 2.5, 15, 4] },
    },
    {
      id: LAYERS.gapBadge,
      type: 'circle',
      source: SOURCES.gapLabels,
      paint: { 'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 9, 15, 12], 'circle-color': GAP_COLOUR, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1.5 },
    },
    {
      id: LAYERS.gapLabel,
      type: 'symbol',
      source: SOURCES.gapLabels,
      layout: {
        'text-field': ['to-string', ['get', 'rank']],
        'text-font': MAP_FONT_BOLD,
        'text-size': ['interpolate', ['linear'], ['zoom'], 10, 11, 15, 14],
        // A rank is always shown, on its own badge; names placed after it (territories, centres) keep clear
        // of the badge's middle.
        'text-allow-overlap': true,
        'text-ignore-placement': false,
        'text-padding': 3,
      },
      paint: { 'text-color': '#ffffff' },
    },
  ];
}

/**
 * The gap hatch: 10×10 RGBA with 2-pixel purple diagonals edged by a 1-pixel white line, running top-left to
 * bottom-right — the other way from the suppressed-area hatch, so the two never look alike — and visible
 * over the darkest class colour as well as the lightest.
 *
 * @example
 * const image = buildGapHatchImage(); // { width: 10, height: 10, data: Uint8Array(400) }
 */
export function buildGapHatchImage(size = 10): { width: number; height: number; data: Uint8Array } {
  if (!Number.isInteger(size) || size < 4) throw new RangeError(`size must be an integer ≥ 4, got ${size}`);
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const d = (((x - y) % size) + size) % size;
      data.set(d < 2 ? [0x4a, 0x14, 0x86, 240] : d === 2 ? [255, 255, 255, 170] : [0, 0, 0, 0], (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data };
}
