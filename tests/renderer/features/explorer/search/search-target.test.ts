import { describe, expect, it } from 'vitest';
import { measureDistance } from '../../../../../geo/measure/measure-distance';
import { meters } from '../../../../../geo/units';
import { initialAppState } from '../../../../../renderer/app/app-state';
import { boxAround, openSearchedArea, packageExtent, searchResultFeatures, searchTargetOf, walkingRadius } from '../../../../../renderer/features/explorer/search/search-target';
import type { Place } from '../../../../../renderer/features/explorer/search/search-places';

const square = (x: number) => ({ type: 'Polygon' as const, coordinates: [[[x, 50.8], [x + 0.01, 50.8], [x + 0.01, 50.81], [x, 50.81], [x, 50.8]]] });
const area: Place = { kind: 'area', id: 'W1', name: 'Heule', level: 'wijk', bbox: [3.2, 50.8, 3.21, 50.81], geometry: square(3.2) };
const centre: Place = { kind: 'centre', id: 'c1', name: 'Buurtwerk Veemarkt', team: 't1', position: [3.25, 50.83] };

describe('search target', () => {
  it('fits an area to its bounds, names it inside it and opens its factsheet at its level', () => {
    const target = searchTargetOf(area, { teamName: () => 'Noord' });
    expect(target.box).toEqual(area.bbox);
    expect(target.label).toBe('Heule');
    expect(target.open).toEqual({ level: 'wijk', code: 'W1' });
    expect(target.labelAt[0]).toBeGreaterThan(3.2);
    expect(target.labelAt[0]).toBeLessThan(3.21);
    expect(searchResultFeatures(target).features.map((f) => f.geometry.type)).toEqual(['Polygon', 'Point']);
    expect(searchResultFeatures(target).features.map((f) => f.properties)).toEqual([{ label: 'Heule', anchor: 'center' }, { label: 'Heule', anchor: 'center' }]);
  });
  it('fits a location to its walking radius (not a fixed zoom) and names it with its team', () => {
    const target = searchTargetOf(centre, { teamName: (id) => (id === 't1' ? 'Centrum' : null), radius: meters(1000) });
    expect(target.label).toBe('Buurtwerk Veemarkt · Centrum');
    expect(target.open).toBeNull();
    const [w, s, e, n] = target.box;
    expect(measureDistance([3.25, s], [3.25, n])).toBeCloseTo(2000, 0);
    expect(measureDistance([w, 50.83], [3.25, 50.83])).toBeCloseTo(1000, -1);
    expect(e).toBeGreaterThan(3.25);
    expect(searchResultFeatures(target).features.map((f) => f.geometry.type)).toEqual(['Point']);
    expect(searchResultFeatures(target).features[0]!.properties).toEqual({ label: 'Buurtwerk Veemarkt · Centrum', anchor: 'top' });
    expect(searchResultFeatures(null).features).toEqual([]);
    expect(boxAround([3.25, 50.83], meters(0))).toEqual([3.25, 50.83, 3.25, 50.83]);
  });
  it('opens the factsheet: the level follows, the old selection goes, the Gebied tab shows', () => {
    const before = { ...initialAppState, view: { ...initialAppState.view, level: 'sector' }, selection: { ...initialAppState.selection, selected: 'S1', pinned: ['S1', 'S2'] } };
    const after = openSearchedArea('wijk', 'W1')(before);
    expect(after.view.level).toBe('wijk');
    expect(after.selection).toMatchObject({ selected: 'W1', pinned: [] });
    expect(after.ui.panel).toBe('detail');
    const same = openSearchedArea('sector', 'S3')(before);
    expect(same.selection).toMatchObject({ selected: 'S3', pinned: ['S1', 'S2'] });
  });
  it('takes the walking radius from the travel modes, else the smallest, else 1 km', () => {
    expect(walkingRadius([{ id: 'bike', radius: meters(2500) }, { id: 'walk', radius: meters(800) }])).toBe(800);
    expect(walkingRadius([{ id: 'bike', radius: meters(2500) }, { id: 'car', radius: meters(6000) }])).toBe(2500);
    expect(walkingRadius([{ id: 'walk', radius: meters(0) }, { id: 'bike', radius: meters(2500) }])).toBe(2500);
    expect(walkingRadius([])).toBe(1000);
  });
  it('gives the whole municipality as the box around every area', () => {
    const pkg = { levels: [{ level: 'wijk', areas: { type: 'FeatureCollection' as const, features: [square(3.2), square(3.3)].map((geometry, i) => ({ type: 'Feature' as const, properties: { code: `W${i}`, name: `W${i}` }, geometry })) } }] };
    packageExtent(pkg as never)!.forEach((x, i) => expect(x).toBeCloseTo([3.2, 50.8, 3.31, 50.81][i]!, 9));
    expect(packageExtent({ levels: [] })).toBeNull();
  });
});
