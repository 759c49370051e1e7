import type { FillLayerSpecification, FilterSpecification, LayerSpecification, LineLayerSpecification } from 'maplibre-gl';
import { NO_DATA_COLOR } from '../palette';
import { LAYERS, SOURCES, SUPPRESSED_PATTERN } from './ids';

/** How an area is marked in the `area-marks` source (its `mark` property). */
export type AreaMark = 'hover' | 'selected' | 'highlight';

/**
 * The choropleth layers. The fill colour comes from feature-state (`fill`) set by the controller, so
 * switching indicator, period or classes recolours without reloading the source. It is the only
 * state-dependent paint on the big areas source: MapLibre re-evaluates every state-dependent property of a
 * feature in every layer of the source when any of its state changes, so hover and highlight outlines and the
 * suppression hatch draw from sources of their own: `area-marks` holds only the marked areas; `area-suppressed`
 * holds every area once (loaded the first time a map has suppressed areas) and the hatch layer's filter
 * (`buildSuppressedFilter`) picks the suppressed ones, so a new map sends a list of codes to the worker, not
 * their geometry — which also spares the GPU from drawing invisible outlines and hatches of every area.
 *
 * @example
 * buildAreaLayers().map((l) => l.id) // ['area-fill', 'area-suppressed', 'area-outline', 'area-hover', 'area-emphasis']
 */
export function buildAreaLayers(): LayerSpecification[] {
  const fill: FillLayerSpecification = {
    id: LAYERS.areaFill,
    type: 'fill',
    source: SOURCES.areas,
    paint: {
      'fill-color': ['coalesce', ['feature-state', 'fill'], NO_DATA_COLOR],
      'fill-opacity': 1,
    },
  };
  const suppressed: FillLayerSpecification = {
    id: LAYERS.areaSuppressed,
    type: 'fill',
    source: SOURCES.areaSuppressed,
    filter: buildSuppressedFilter([]),
    paint: { 'fill-pattern': SUPPRESSED_PATTERN },
  };
  const outline: LineLayerSpecification = {
    id: LAYERS.areaOutline,
    type: 'line',
    source: SOURCES.areas,
    paint: { 'line-color': '#ffffff', 'line-width': ['interpolate', ['linear'], ['zoom'], 10, 0.4, 15, 1.5], 'line-opacity': 0.9 },
  };
  const hover: LineLayerSpecification = {
    id: LAYERS.areaHover,
    type: 'line',
    source: SOURCES.areaMarks,
    filter: ['==', ['get', 'mark'], 'hover'],
    paint: { 'line-color': '#1a1a1a', 'line-width': 2.5 },
  };
  const emphasis: LineLayerSpecification = {
    id: LAYERS.areaEmphasis,
    type: 'line',
    source: SOURCES.areaMarks,
    filter: ['in', ['get', 'mark'], ['literal', ['selected', 'highlight']]],
    paint: {
      'line-color': ['match', ['get', 'mark'], 'highlight', '#00b4d8', '#111111'],
      'line-width': ['match', ['get', 'mark'], 'highlight', 4, 3],
      'line-dasharray': [2, 1],
    },
  };
  return [fill, suppressed, outline, hover, emphasis];
}

/**
 * The filter of the suppression hatch: the areas whose codes are given (none for an empty list). A `match`
 * is a hash lookup per feature, so thousands of codes stay cheap.
 *
 * @example
 * buildSuppressedFilter(['34022A01-']) // ['match', ['get', 'code'], ['34022A01-'], true, false]
 * buildSuppressedFilter([])            // ['boolean', false]
 */
export function buildSuppressedFilter(codes: readonly string[]): FilterSpecification {
  if (codes.length === 0) return ['boolean', false];
  return ['match', ['get', 'code'], [...new Set(codes)], true, false];
}
