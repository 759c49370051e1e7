import type { StyleSpecification } from 'maplibre-gl';
import { LAYERS } from './ids';

/**
 * The map style with no basemap: a plain background, no tiles, no sprite and no `glyphs` URL. Without a
 * glyphs URL MapLibre (≥ 5.11) renders labels locally from the bundled web font, so the map makes no
 * network request.
 */
export function buildBaseStyle(background = '#f4f1ea'): StyleSpecification {
  return {
    version: 8,
    name: 'wijkzicht-offline',
    sources: {},
    layers: [{ id: LAYERS.background, type: 'background', paint: { 'background-color': background } }],
  };
}
