import type { LayerSpecification } from 'maplibre-gl';
import { LAYERS, SOURCES } from './ids';

/** Colour of the outline of the area found by the search. */
export const SEARCH_RESULT_COLOUR = '#0b1f3a';

/**
 * The outline of the area picked in the search box (of any level, so also a deelgemeente over a map of
 * wijken): a dark line on a white casing, readable over every class colour.
 *
 * @example
 * buildSearchResultLayers().map((l) => l.id); // ['search-result-casing', 'search-result-line']
 */
export function buildSearchResultLayers(): LayerSpecification[] {
  return [
    {
      id: LAYERS.searchResultCasing,
      type: 'line',
      source: SOURCES.searchResult,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': '#ffffff', 'line-width': 7, 'line-opacity': 0.95 },
    },
    {
      id: LAYERS.searchResultLine,
      type: 'line',
      source: SOURCES.searchResult,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': SEARCH_RESULT_COLOUR, 'line-width': 3.5 },
    },
  ];
}
