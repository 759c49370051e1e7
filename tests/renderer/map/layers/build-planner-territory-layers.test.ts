import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { buildPlannerTerritoryAreas, buildPlannerTerritoryLayers, PLANNER_TERRITORY_LAYERS, PLANNER_TERRITORY_SOURCES } from '../../../../renderer/map/layers/build-planner-territory-layers';

const square = (x: number): Polygon => ({ type: 'Polygon', coordinates: [[[x, 0], [x + 1, 0], [x + 1, 1], [x, 1], [x, 0]]] });
const areas = ['A', 'B', 'C'].map((code, i) => ({ geometry: square(i), properties: { code, name: `Sector ${code}` } }));

describe('the planner’s territory layers', () => {
  it('colours each base area by its team in the scenario and marks the areas the scenario changed', () => {
    const today = new Map<string, string | null>([['A', 'noord'], ['B', 'noord'], ['C', null]]);
    const scenario = new Map<string, string | null>([['A', 'noord'], ['B', 'zuid'], ['C', null]]);
    const fc = buildPlannerTerritoryAreas(areas, scenario, today, new Map([['noord', '#111111'], ['zuid', '#222222']]), '#999999');
    expect(fc.features.map((f) => [f.id, f.properties.team, f.properties.colour, f.properties.changed])).toEqual([
      [0, 'noord', '#111111', false],
      [1, 'zuid', '#222222', true],
      [2, '', '#999999', false],
    ]);
  });

  it('paints a brushed area in the brush’s colour (feature state) and outlines changed areas only', () => {
    const layers = buildPlannerTerritoryLayers();
    const fill = layers.find((l) => l.id === PLANNER_TERRITORY_LAYERS.fill)!;
    expect(fill).toMatchObject({ source: PLANNER_TERRITORY_SOURCES.areas, paint: { 'fill-color': ['coalesce', ['feature-state', 'brush'], ['get', 'colour']] } });
    expect(layers.find((l) => l.id === PLANNER_TERRITORY_LAYERS.changed)).toMatchObject({ filter: ['==', ['get', 'changed'], true] });
    expect(layers.find((l) => l.id === PLANNER_TERRITORY_LAYERS.borders)).toMatchObject({ source: PLANNER_TERRITORY_SOURCES.borders });
  });
});
