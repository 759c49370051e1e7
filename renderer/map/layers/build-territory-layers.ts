import type { LayerSpecification } from 'maplibre-gl';
import { LAYERS, MAP_FONT_BOLD, SOURCES } from './ids';

/**
 * Team territories as outlines (a white casing under a dark dashed line, readable over any class colour)
 * and a label per territory at an interior point: bold uppercase, widely spaced, larger and darker than the
 * regular dark-grey area names, so a team name never reads as a wijk name. Placed after the location and
 * area labels (the controller puts this layer below theirs), so where they collide those win.
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
        'text-size': ['interpolate', ['linear'], ['zoom'], 10, 12.5, 15, 15],
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.14,
        'text-max-width': 9,
        'text-padding': 4,
        // Off the interior point when an area name or a location is there (they share middles).
        'text-variable-anchor': ['center', 'bottom', 'top', 'left', 'right'],
        'text-radial-offset': 1.1,
        'text-allow-overlap': false,
      },
      paint: { 'text-color': '#14213d', 'text-halo-color': 'rgba(255,255,255,0.95)', 'text-halo-width': 2, 'text-halo-blur': 0.2 },
    },
  ];
}
