import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import { MAP_FONT_BOLD } from './ids';

/** Sources and layers of the organisation set-up (*Inrichten*), drawn over everything while it is open. */
export const ORGANISE_SOURCES = { areas: 'organise-areas', groups: 'organise-groups', centres: 'organise-centres' } as const;
export const ORGANISE_LAYERS = {
  fill: 'organise-fill',
  unassigned: 'organise-unassigned',
  outline: 'organise-outline',
  groups: 'organise-groups-line',
  centreCircle: 'organise-centre-circle',
  centreLabel: 'organise-centre-label',
} as const;
export const ORGANISE_HATCH = 'organise-unassigned-hatch';
export const ORGANISE_LAYER_IDS: readonly string[] = Object.values(ORGANISE_LAYERS);

/** Colour of an unassigned area under its hatch. */
export const UNASSIGNED_FILL = '#f4f1ea';

export type OrganiseAreaCollection = FeatureCollection<Polygon | MultiPolygon, { code: string; name: string; team: string; colour: string }>;
export type OrganiseCentreCollection = FeatureCollection<Point, { id: string; name: string; colour: string; outside: boolean }>;

/**
 * The base areas coloured by their team (`colour`, empty `team` for unassigned), for the set-up's layers;
 * the feature id is the area's index (MapLibre's feature state needs numeric ids).
 *
 * @example
 * buildOrganiseAreas(features, new Map([['A', 'noord']]), new Map([['noord', '#0072b2']])).features[0].properties.colour // '#0072b2'
 */
export function buildOrganiseAreas(
  areas: readonly { readonly geometry: Polygon | MultiPolygon; readonly properties: { readonly code: string; readonly name: string } }[],
  territory: ReadonlyMap<string, string>,
  colours: ReadonlyMap<string, string>,
): OrganiseAreaCollection {
  return {
    type: 'FeatureCollection',
    features: areas.map((a, i) => {
      const team = territory.get(a.properties.code) ?? '';
      return { type: 'Feature', id: i, geometry: a.geometry, properties: { code: a.properties.code, name: a.properties.name, team, colour: colours.get(team) ?? UNASSIGNED_FILL } };
    }),
  };
}

/**
 * The set-up's layers: base areas in their team's colour (a brushed area shows the brush's colour, feature
 * state `brush`), unassigned areas hatched, a thin outline per base area, a darker line around the areas
 * a click assigns (the wijk, …), and the locations as dots in their team's colour, with a red ring when
 * outside the municipality.
 */
export function buildOrganiseLayers(): LayerSpecification[] {
  return [
    {
      id: ORGANISE_LAYERS.fill,
      type: 'fill',
      source: ORGANISE_SOURCES.areas,
      paint: {
        'fill-color': ['coalesce', ['feature-state', 'brush'], ['get', 'colour']],
        'fill-opacity': ['case', ['==', ['get', 'team'], ''], 0.9, 0.78],
      },
    },
    { id: ORGANISE_LAYERS.unassigned, type: 'fill', source: ORGANISE_SOURCES.areas, filter: ['==', ['get', 'team'], ''], paint: { 'fill-pattern': ORGANISE_HATCH } },
    { id: ORGANISE_LAYERS.outline, type: 'line', source: ORGANISE_SOURCES.areas, paint: { 'line-color': '#ffffff', 'line-width': 0.8, 'line-opacity': 0.9 } },
    { id: ORGANISE_LAYERS.groups, type: 'line', source: ORGANISE_SOURCES.groups, layout: { 'line-join': 'round' }, paint: { 'line-color': '#2b2d42', 'line-width': 1.6 } },
    {
      id: ORGANISE_LAYERS.centreCircle,
      type: 'circle',
      source: ORGANISE_SOURCES.centres,
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 6, 15, 10],
        'circle-color': ['get', 'colour'],
        'circle-stroke-color': ['case', ['get', 'outside'], '#c1121f', '#ffffff'],
        'circle-stroke-width': ['case', ['get', 'outside'], 3, 2.2],
      },
    },
    {
      id: ORGANISE_LAYERS.centreLabel,
      type: 'symbol',
      source: ORGANISE_SOURCES.centres,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': MAP_FONT_BOLD,
        'text-size': 12,
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.9,
        'text-max-width': 12,
        'text-allow-overlap': false,
      },
      paint: { 'text-color': '#1d3557', 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 },
    },
  ];
}

/** A 10×10 diagonal hatch in a warm red for unassigned areas (RGBA), distinct from the grey hatch of suppressed counts. */
export function buildOrganiseHatchImage(): { width: number; height: number; data: Uint8Array } {
  const size = 10;
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) if ((x + size - y) % size < 2) data.set([193, 18, 31, 200], (y * size + x) * 4);
  return { width: size, height: size, data };
}
