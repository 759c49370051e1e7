import type { LayerSpecification } from 'maplibre-gl';
import { LAYERS, MAP_FONT_BOLD, SOURCES } from './ids';

/** Colour of the outline and the name of the place found by the search. */
export const SEARCH_RESULT_COLOUR = '#0b1f3a';

/**
 * The place picked in the search box: the outline of an area (of any level, so also a deelgemeente over a
 * map of wijken), a dark line on a white casing readable over every class colour, and its name in bold at
 * the area's interior point (a location's name just under its dot, `anchor: 'top'`). The name is always
 * placed: it is drawn above every other label, which yield to it.
 *
 * @example
 * buildSearchResultLayers().map((l) => l.id); // ['search-result-casing', 'search-result-line', 'search-result-label']
 */
export function buildSearchResultLayers(): LayerSpecification[] {
  const polygons: ['match', ['geometry-type'], string[], boolean, boolean] = ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false];
  return [
    {
      id: LAYERS.searchResultCasing,
      type: 'line',
      source: SOURCES.searchResult,
      filter: polygons,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': '#ffffff', 'line-width': 7, 'line-opacity': 0.95 },
    },
    {
      id: LAYERS.searchResultLine,
      type: 'line',
      source: SOURCES.searchResult,
      filter: polygons,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': SEARCH_RESULT_COLOUR, 'line-width': 3.5 },
    },
    {
      id: LAYERS.searchResultLabel,
      type: 'symbol',
      source: SOURCES.searchResult,
      filter: ['==', ['geometry-type'], 'Point'],
      layout: {
        'text-field': ['get', 'label'],
        'text-font': MAP_FONT_BOLD,
        'text-size': 15,
        'text-max-width': 12,
        'text-anchor': ['match', ['get', 'anchor'], 'top', 'top', 'center'],
        'text-offset': ['match', ['get', 'anchor'], 'top', ['literal', [0, 0.9]], ['literal', [0, 0]]],
        'text-allow-overlap': true,
        'text-ignore-placement': false,
      },
      paint: { 'text-color': SEARCH_RESULT_COLOUR, 'text-halo-color': '#ffffff', 'text-halo-width': 2, 'text-halo-blur': 0.2 },
    },
  ];
}
