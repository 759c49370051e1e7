import { describe, expect, it } from 'vitest';
import type { AreaCollection } from '../../../data/package/model';
import { areaCollectionBounds } from '../../../renderer/map/area-collection-bounds';

const square = (code: string, [w, s, e, n]: [number, number, number, number]) => ({
  type: 'Feature' as const,
  properties: { code, name: code, level: 'wijk' },
  geometry: { type: 'Polygon' as const, coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] },
});

describe('areaCollectionBounds', () => {
  it('spans the outer rings of every polygon and multipolygon', () => {
    const multi = { ...square('b', [0, 0, 1, 1]), geometry: { type: 'MultiPolygon' as const, coordinates: [square('x', [5, -2, 6, -1]).geometry.coordinates, square('y', [-3, 4, -2, 5]).geometry.coordinates] } };
    const areas = { type: 'FeatureCollection', features: [square('a', [3.2, 50.7, 3.3, 50.8]), multi] } as unknown as AreaCollection;
    expect(areaCollectionBounds(areas)).toEqual([-3, -2, 6, 50.8]);
  });

  it('is null without coordinates', () => {
    expect(areaCollectionBounds({ type: 'FeatureCollection', features: [] } as unknown as AreaCollection)).toBeNull();
  });
});
