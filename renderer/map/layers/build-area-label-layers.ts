import type { LayerSpecification } from 'maplibre-gl';
import { LAYERS, MAP_FONT, SOURCES } from './ids';

/** Dark grey of the area names: readable on every class colour with the white halo, unlike the team names. */
export const AREA_LABEL_COLOUR = '#3d4451';

/** Above this many areas, names are drawn only from `AREA_LABEL_MIN_ZOOM_MANY` on (see areaLabelMinZoom). */
export const AREA_LABEL_MANY = 1_000;
/** Zoom from which the names of a large level are drawn: a municipality fills the screen. */
export const AREA_LABEL_MIN_ZOOM_MANY = 11;

/**
 * The zoom from which the area names of a level with `areaCount` areas are drawn: always for a municipality's
 * levels (Antwerpen has 307 sectors), from zoom 11 for a country-sized level. MapLibre places symbols a few
 * milliseconds per frame, so 19,790 sector names at a national view kept a software-rendered map busy for
 * 3½ minutes after its first paint (bench, explorer section); at zoom 11 a screen holds a few hundred.
 *
 * @example
 * areaLabelMinZoom(113) // 0
 * areaLabelMinZoom(19_790) // 11
 */
export function areaLabelMinZoom(areaCount: number): number {
  if (!Number.isFinite(areaCount) || areaCount < 0) throw new RangeError(`areaCount must be a count ≥ 0, got ${areaCount}`);
  return areaCount > AREA_LABEL_MANY ? AREA_LABEL_MIN_ZOOM_MANY : 0;
}

/**
 * The names of the areas of the level on the map (wijk, sector, deelgemeente…): small regular dark-grey
 * text in normal case with a white halo, so they read apart from the bold uppercase team names. MapLibre's
 * symbol collision drops names that would overlap (larger areas first, by `rank`); the location labels
 * (placed before, being higher) win over them, and they win over the team names (placed after).
 */
export function buildAreaLabelLayers(): LayerSpecification[] {
  return [
    {
      id: LAYERS.areaLabel,
      type: 'symbol',
      source: SOURCES.areaLabels,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': MAP_FONT,
        'text-size': ['interpolate', ['linear'], ['zoom'], 10, 10.5, 15, 13],
        'text-max-width': 8,
        'text-padding': 3,
        // Just above or below the interior point when something else is on it.
        'text-variable-anchor': ['center', 'top', 'bottom'],
        'text-radial-offset': 0.7,
        'text-allow-overlap': false,
        'text-ignore-placement': false,
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: { 'text-color': AREA_LABEL_COLOUR, 'text-halo-color': 'rgba(255,255,255,0.92)', 'text-halo-width': 1.4, 'text-halo-blur': 0.3 },
    },
  ];
}
