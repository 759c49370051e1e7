import type { LayerSpecification } from 'maplibre-gl';
import { LAYERS, MAP_FONT, SOURCES } from './ids';

/** Dark grey of the area names: readable on every class colour with the white halo, unlike the team names. */
export const AREA_LABEL_COLOUR = '#3d4451';

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
