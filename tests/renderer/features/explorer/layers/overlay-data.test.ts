import { describe, expect, it } from 'vitest';
import type { AreaCollection, Centre } from '../../../../../data/package/model';
import { measureDistance } from '../../../../../geo/measure/measure-distance';
import { meters, type LonLat } from '../../../../../geo/units/units';
import { formatRadius, travelModeLabel } from '../../../../../renderer/features/explorer/layers/layer-words';
import { buildGapData, buildRingsData, teamColoursOf, topGaps } from '../../../../../renderer/features/explorer/layers/overlay-data';
import { createTranslator } from '../../../../../renderer/shared/i18n/i18n';
import { NO_TEAM_COLOUR } from '../../../../../renderer/map/team-colours';

const centres: Centre[] = [
  { id: 'a', name: 'Wijkpunt A', teamId: 'noord', address: null, lon: 3.26, lat: 50.83, locationQuality: null },
  { id: 'b', name: 'Wijkpunt B', teamId: 'zuid', address: null, lon: 3.262, lat: 50.832, locationQuality: null },
  { id: 'c', name: 'Los punt', teamId: null, address: null, lon: 3.3, lat: 50.8, locationQuality: null },
];
const modes = [
  { id: 'walk', radius: meters(1000) },
  { id: 'bike', radius: meters(3000) },
];
const colours = new Map([['noord', '#0072b2'], ['zuid', '#e69f00']]);

describe('rings data', () => {
  it('has one dissolved fill per chosen mode, larger first, then each ring with its team colour', () => {
    const data = buildRingsData(centres, modes, ['walk', 'bike'], colours);
    const fills = data.features.filter((f) => f.properties!.kind === 'fill');
    expect(fills.map((f) => f.properties!.mode)).toEqual(['bike', 'walk']);
    const rings = data.features.filter((f) => f.properties!.kind === 'ring');
    expect(rings).toHaveLength(6);
    expect(rings.filter((f) => f.properties!.dashed).map((f) => f.properties!.mode)).toEqual(['bike', 'bike', 'bike']);
    expect(rings.filter((f) => f.properties!.mode === 'walk').map((f) => f.properties!.colour)).toEqual(['#0072b2', '#e69f00', NO_TEAM_COLOUR]);
  });
  it('keeps the bike rings dashed when drawn alone, and the ring radius exact', () => {
    const data = buildRingsData(centres, modes, ['bike'], colours);
    const ring = data.features.find((f) => f.properties!.kind === 'ring')!;
    expect(ring.properties!.dashed).toBe(true);
    const first = (ring.geometry as { coordinates: number[][][] }).coordinates[0]![0]!;
    expect(Math.abs(measureDistance([3.26, 50.83], first as unknown as LonLat) - 3000)).toBeLessThan(15);
  });
  it('is empty with no chosen mode, unknown modes only, or no centres', () => {
    expect(buildRingsData(centres, modes, [], colours).features).toEqual([]);
    expect(buildRingsData(centres, modes, ['car'], colours).features).toEqual([]);
    expect(buildRingsData([], modes, ['walk'], colours).features).toEqual([]);
  });
});

const square = (x: number, y: number) => ({ type: 'Polygon' as const, coordinates: [[[x, y], [x + 0.01, y], [x + 0.01, y + 0.01], [x, y + 0.01], [x, y]]] });
const areas: AreaCollection = {
  type: 'FeatureCollection',
  features: ['w1', 'w2', 'w3', 'w4'].map((code, i) => ({ type: 'Feature', properties: { code, name: `Wijk ${i + 1}`, level: 'wijk' }, geometry: square(3.2 + i * 0.01, 50.8) })),
};
const area = (code: string, gapRank: number | null, gapScore: number | null) => ({ code, name: code, gapRank, gapScore });
const run = { result: { areas: [area('w1', 3, 0.1), area('w2', 1, 1.4), area('w3', null, null), area('w4', 2, 0.9), area('s9', 4, 0)] } } as never;

describe('coverage gaps', () => {
  it('takes the top N by rank, leaving out areas without a rank', () => {
    expect(topGaps(run, 2).map((g) => g.code)).toEqual(['w2', 'w4']);
    expect(topGaps(run, 50).map((g) => g.rank)).toEqual([1, 2, 3, 4]);
    expect(topGaps(null, 5)).toEqual([]);
    expect(() => topGaps(run, -1)).toThrow(RangeError);
  });
  it('outlines the gaps of the shown level and puts a rank label inside each, rank 1 drawn last', () => {
    const { polygons, labels } = buildGapData(topGaps(run, 10), areas);
    // s9 is of another level: skipped.
    expect(polygons.features.map((f) => f.properties!.code)).toEqual(['w2', 'w4', 'w1']);
    expect(labels.features.map((f) => f.properties!.rank)).toEqual([3, 2, 1]);
    const [lon, lat] = labels.features.at(-1)!.geometry.coordinates;
    expect(lon).toBeGreaterThan(3.21);
    expect(lon).toBeLessThan(3.22);
    expect(lat).toBeGreaterThan(50.8);
    expect(lat).toBeLessThan(50.81);
  });
});

describe('team colours of a package and travel mode words', () => {
  it('colours every team of the teams and centres, once per package', () => {
    const pkg = { teams: [{ id: 'zuid' }], centres };
    const c = teamColoursOf(pkg);
    expect([...c.keys()]).toEqual(['noord', 'zuid']);
    expect(teamColoursOf(pkg)).toBe(c);
  });
  it('names travel modes and radii in both languages', () => {
    expect(travelModeLabel(createTranslator('nl'), 'nl', modes[0]!)).toBe('Te voet, 1 km');
    expect(travelModeLabel(createTranslator('en'), 'en', modes[1]!)).toBe('By bike, 3 km');
    expect(travelModeLabel(createTranslator('en'), 'en', { id: 'car', radius: meters(1500) })).toBe('car, 1.5 km');
    expect(formatRadius('nl', 1500)).toBe('1,5 km');
    expect(formatRadius('nl', 800)).toBe('800 m');
    expect(() => formatRadius('nl', -1)).toThrow(RangeError);
  });
});
