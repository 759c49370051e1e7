import type { LayerSpecification } from 'maplibre-gl';
import { LAYERS, MAP_FONT_BOLD, SOURCES } from './ids';

/**
 * Team territories as outlines (a white casing under a dark dashed line, readable over any class colour)
 * and a label per territory at an interior point.
 */
export function buildTerritoryLayers(): LayerSpecification[] {
  return [
    {
      id: LAYERS.territoryCasing,
      type: 'line',
      source: SOURCES.territories,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': '#ffffff', 'line-width': 5, 'line-opacity': 0.85 },
    },
    {
      id: LAYERS.territoryLine,
      type: 'line',
      source: SOURCES.territories,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': '#2b2d42', 'line-width': 2.2, 'line-dasharray': [3, 1.5] },
    },
    {
      id: LAYERS.territoryLabel,
      type: 'symbol',
      source: SOURCES.territoryLabels,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': MAP_FONT_BOLD,
        'text-size': 13,
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.06,
        'text-max-width': 9,
        'text-allow-overlap': false,
        // Territory names (and FTE on the staffing map) win over the optional centre labels.
        'symbol-sort-key': 0,
      },
      paint: { 'text-color': '#2b2d42', 'text-halo-color': 'rgba(255,255,255,0.9)', 'text-halo-width': 1.6 },
    },
  ];
}
