import type { FillLayerSpecification, LayerSpecification, LineLayerSpecification } from 'maplibre-gl';
import { NO_DATA_COLOR } from '../palette';
import { LAYERS, SOURCES, SUPPRESSED_PATTERN } from './ids';

/**
 * The choropleth layers of the areas source. Colours come from feature-state (`fill`, `status`, `hover`)
 * set by the controller, so switching indicator, period or classes recolours without reloading the
 * source. Suppressed areas get a hatch on top of the grey; the hovered area a dark outline.
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
    source: SOURCES.areas,
    paint: {
      'fill-pattern': SUPPRESSED_PATTERN,
      'fill-opacity': ['case', ['==', ['feature-state', 'status'], 'suppressed'], 1, 0],
    },
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
    source: SOURCES.areas,
    paint: {
      'line-color': '#1a1a1a',
      'line-width': 2.5,
      'line-opacity': ['case', ['boolean', ['feature-state', 'hover'], false], 1, 0],
    },
  };
  const emphasis: LineLayerSpecification = {
    id: LAYERS.areaEmphasis,
    type: 'line',
    source: SOURCES.areas,
    paint: {
      'line-color': ['case', ['boolean', ['feature-state', 'highlight'], false], '#00b4d8', '#111111'],
      'line-width': ['case', ['boolean', ['feature-state', 'highlight'], false], 4, ['boolean', ['feature-state', 'selected'], false], 3, 0],
      'line-dasharray': [2, 1],
      'line-opacity': ['case', ['any', ['boolean', ['feature-state', 'highlight'], false], ['boolean', ['feature-state', 'selected'], false]], 1, 0],
    },
  };
  return [fill, suppressed, outline, hover, emphasis];
}
