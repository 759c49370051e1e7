import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { CENTRE_SPACE, LAYERS, MAP_FONT, SOURCES } from './ids';

/**
 * The service locations: a ringed dot (one colour, or a colour per team from `buildTeamColourMatch`) and
 * the location's name beside it. The name layer is the top symbol layer, so MapLibre places it first: a
 * location keeps its name before any area or team name (`text-optional`: the dot stays if it has no room).
 * Above it, `centre-space` gives every dot its room (a transparent square, placed before any name), so no
 * name — another location's included — covers a dot.
 */
export function buildCentreLayers(colour: string | ExpressionSpecification = '#1d3557'): LayerSpecification[] {
  return [
    {
      id: LAYERS.centreCircle,
      type: 'circle',
      source: SOURCES.centres,
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 5, 15, 9],
        'circle-color': colour,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    },
    {
      id: LAYERS.centreLabel,
      type: 'symbol',
      source: SOURCES.centres,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': MAP_FONT,
        'text-size': 11.5,
        // Eight places around the dot: a name crowded on one side still finds room on another.
        'text-variable-anchor': ['left', 'right', 'top', 'bottom', 'top-left', 'top-right', 'bottom-left', 'bottom-right'],
        // In ems: clear of the dot's room (`centre-space`, at most 11 px from the point at zoom 15).
        'text-radial-offset': 1.35,
        'text-justify': 'auto',
        'text-max-width': 12,
        'text-optional': true,
      },
      paint: { 'text-color': '#1d3557', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
    },
    {
      id: LAYERS.centreSpace,
      type: 'symbol',
      source: SOURCES.centres,
      layout: {
        'icon-image': CENTRE_SPACE,
        'icon-size': ['interpolate', ['linear'], ['zoom'], 10, 0.7, 15, 1.1],
        'icon-allow-overlap': true,
        'icon-ignore-placement': false,
      },
    },
  ];
}
