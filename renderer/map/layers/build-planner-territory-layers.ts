import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';

/**
 * The planner's *Gebieden* layers: the base areas of the active scenario in their team's colour (a brushed
 * area shows the brush's colour, feature state `brush`, as in the set-up), areas whose team the scenario
 * changed outlined, and the scenario's team borders.
 */
export const PLANNER_TERRITORY_SOURCES = { areas: 'planner-territory-areas', borders: 'planner-territory-borders' } as const;
export const PLANNER_TERRITORY_LAYERS = {
  fill: 'planner-territory-fill',
  outline: 'planner-territory-outline',
  changedCasing: 'planner-territory-changed-casing',
  changed: 'planner-territory-changed',
  borders: 'planner-territory-borders-line',
} as const;
export const PLANNER_TERRITORY_LAYER_IDS: readonly string[] = Object.values(PLANNER_TERRITORY_LAYERS);

export type PlannerTerritoryAreas = FeatureCollection<Polygon | MultiPolygon, { code: string; name: string; team: string; colour: string; changed: boolean }>;

/**
 * The base areas with their team in the scenario, its colour and whether the scenario changed it; the
 * feature id is the area's index (MapLibre's feature state needs numeric ids).
 *
 * @example
 * buildPlannerTerritoryAreas(features, new Map([['A', 'zuid']]), new Map([['A', 'noord']]), new Map([['zuid', '#e69f00']])).features[0].properties
 * // { code: 'A', name: …, team: 'zuid', colour: '#e69f00', changed: true }
 */
export function buildPlannerTerritoryAreas(
  areas: readonly { readonly geometry: Polygon | MultiPolygon; readonly properties: { readonly code: string; readonly name: string } }[],
  teamOf: ReadonlyMap<string, string | null>,
  todayOf: ReadonlyMap<string, string | null>,
  colours: ReadonlyMap<string, string>,
  fallback: string,
): PlannerTerritoryAreas {
  return {
    type: 'FeatureCollection',
    features: areas.map((a, i) => {
      const team = teamOf.get(a.properties.code) ?? '';
      const changed = (todayOf.get(a.properties.code) ?? '') !== team;
      return { type: 'Feature', id: i, geometry: a.geometry, properties: { code: a.properties.code, name: a.properties.name, team, colour: colours.get(team) ?? fallback, changed } };
    }),
  };
}

/** The layers, bottom first: fill, a thin white outline per area, a dark dashed outline on a white casing around changed areas (seen on dark and light team colours alike), the team borders. */
export function buildPlannerTerritoryLayers(): LayerSpecification[] {
  return [
    { id: PLANNER_TERRITORY_LAYERS.fill, type: 'fill', source: PLANNER_TERRITORY_SOURCES.areas, paint: { 'fill-color': ['coalesce', ['feature-state', 'brush'], ['get', 'colour']], 'fill-opacity': 0.72 } },
    { id: PLANNER_TERRITORY_LAYERS.outline, type: 'line', source: PLANNER_TERRITORY_SOURCES.areas, paint: { 'line-color': '#ffffff', 'line-width': 0.7, 'line-opacity': 0.9 } },
    { id: PLANNER_TERRITORY_LAYERS.changedCasing, type: 'line', source: PLANNER_TERRITORY_SOURCES.areas, filter: ['==', ['get', 'changed'], true], paint: { 'line-color': '#ffffff', 'line-width': 3 } },
    { id: PLANNER_TERRITORY_LAYERS.changed, type: 'line', source: PLANNER_TERRITORY_SOURCES.areas, filter: ['==', ['get', 'changed'], true], paint: { 'line-color': '#1f2933', 'line-width': 1.6, 'line-dasharray': [2, 1.5] } },
    { id: PLANNER_TERRITORY_LAYERS.borders, type: 'line', source: PLANNER_TERRITORY_SOURCES.borders, layout: { 'line-join': 'round' }, paint: { 'line-color': '#2b2d42', 'line-width': 2.2 } },
  ];
}
