import type { FillLayerSpecification, LayerSpecification, LineLayerSpecification } from 'maplibre-gl';
import { LAYERS, SOURCES } from './ids';

/** Tint of the area within reach of a centre (per travel mode; nested modes add up). */
export const RING_FILL_COLOUR = '#1d3557';
export const RING_FILL_OPACITY = 0.06;
/** Dash of the larger travel modes, in line widths. */
export const RING_DASH: readonly number[] = [3, 2];

/**
 * Catchment rings around the centres, drawn from the rings source: a light tint over the area within each
 * travel mode's radius of any centre (features `kind: 'fill'`, one dissolved shape per mode) and each
 * centre's ring as an outline in its team colour (`kind: 'ring'`, property `colour`), solid for the
 * smallest mode and dashed for the larger ones (`dashed`).
 *
 * @example
 * buildCatchmentRingsLayers().map((l) => l.id); // ['ring-fill', 'ring-line-dashed', 'ring-line']
 */
export function buildCatchmentRingsLayers(): LayerSpecification[] {
  const fill: FillLayerSpecification = {
    id: LAYERS.ringFill,
    type: 'fill',
    source: SOURCES.rings,
    filter: ['==', ['get', 'kind'], 'fill'],
    paint: { 'fill-color': RING_FILL_COLOUR, 'fill-opacity': RING_FILL_OPACITY },
  };
  const line = (id: string, dashed: boolean): LineLayerSpecification => ({
    id,
    type: 'line',
    source: SOURCES.rings,
    filter: ['all', ['==', ['get', 'kind'], 'ring'], ['==', ['get', 'dashed'], dashed]],
    layout: { 'line-join': 'round', 'line-cap': dashed ? 'butt' : 'round' },
    paint: {
      'line-color': ['coalesce', ['get', 'colour'], RING_FILL_COLOUR],
      'line-width': ['interpolate', ['linear'], ['zoom'], 10, 1.2, 15, 2.6],
      'line-opacity': 0.9,
      ...(dashed ? { 'line-dasharray': [...RING_DASH] } : {}),
    },
  });
  return [fill, line(LAYERS.ringLineDashed, true), line(LAYERS.ringLine, false)];
}
