import { describe, expect, it } from 'vitest';
import type { AreaCollection } from '../../../../data/package';
import { isPointInRings } from '../../../../geo/geometry';
import { AREA_LABEL_COLOUR, areaLabelMinZoom, buildAreaLabelLayers } from '../../../../renderer/map/layers/build-area-label-layers';
import { buildAreaLabelPoints } from '../../../../renderer/map/layers/build-area-label-points';
import { buildLayerStack } from '../../../../renderer/map/layers/build-layer-stack';
import { buildTerritoryLayers } from '../../../../renderer/map/layers/build-territory-layers';

const square = (x: number, y: number, size: number): [number, number][] => [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]];

/** An L-shaped wijk (its centroid lies outside it), a small square and a nameless one. */
const areas = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { code: 'S', name: 'Klein' }, geometry: { type: 'Polygon', coordinates: [square(3.3, 50.8, 0.002)] } },
    {
      type: 'Feature',
      properties: { code: 'L', name: 'Hoekwijk' },
      geometry: { type: 'Polygon', coordinates: [[[3.2, 50.8], [3.24, 50.8], [3.24, 50.81], [3.21, 50.81], [3.21, 50.84], [3.2, 50.84], [3.2, 50.8]]] },
    },
    { type: 'Feature', properties: { code: 'N', name: '  ' }, geometry: { type: 'Polygon', coordinates: [square(3.4, 50.8, 0.01)] } },
  ],
} as unknown as AreaCollection;

describe('buildAreaLabelPoints', () => {
  it('gives each named area one point inside it, the larger area ranked first', () => {
    const labels = buildAreaLabelPoints(areas);
    expect(labels.features.map((f) => f.properties)).toEqual([
      { code: 'S', name: 'Klein', rank: 1 },
      { code: 'L', name: 'Hoekwijk', rank: 0 },
    ]);
    const l = labels.features[1]!.geometry.coordinates as [number, number];
    const lShape = (areas.features[1]!.geometry as unknown as { coordinates: [number, number][][] }).coordinates;
    expect(isPointInRings(l, lShape)).toBe(true);
    expect(buildAreaLabelPoints(areas)).toBe(labels);
  });
});

describe('label layers', () => {
  it('draws area names in regular dark grey and team names in bold uppercase', () => {
    const area = buildAreaLabelLayers()[0]!;
    const team = buildTerritoryLayers().find((l) => l.type === 'symbol')!;
    expect(JSON.stringify(area.layout)).toContain('Noto Sans Regular');
    expect(JSON.stringify(team.layout)).toContain('Noto Sans Bold');
    expect((team.layout as Record<string, unknown>)['text-transform']).toBe('uppercase');
    expect((area.layout as Record<string, unknown>)['text-transform']).toBeUndefined();
    expect((area.paint as Record<string, unknown>)['text-color']).toBe(AREA_LABEL_COLOUR);
    expect((area.paint as Record<string, unknown>)['text-halo-width']).toBeGreaterThan(1);
    expect((area.layout as Record<string, unknown>)['symbol-sort-key']).toEqual(['get', 'rank']);
  });
  it('stacks the labels so MapLibre places location names first, then area names, then team names', () => {
    const ids = buildLayerStack().map((l) => l.id);
    expect(ids.slice(-4)).toEqual(['territory-label', 'area-label', 'centre-label', 'centre-space']);
    expect(ids.indexOf('centre-circle')).toBeLessThan(ids.indexOf('territory-label'));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('areaLabelMinZoom', () => {
  it('names every area of a municipality at any zoom, and a country-sized level only from zoom 11', () => {
    expect(areaLabelMinZoom(0)).toBe(0);
    expect(areaLabelMinZoom(307)).toBe(0);
    expect(areaLabelMinZoom(1_000)).toBe(0);
    expect(areaLabelMinZoom(1_001)).toBe(11);
    expect(areaLabelMinZoom(19_790)).toBe(11);
    expect(() => areaLabelMinZoom(-1)).toThrow(RangeError);
    expect(() => areaLabelMinZoom(Number.NaN)).toThrow(RangeError);
  });
});
