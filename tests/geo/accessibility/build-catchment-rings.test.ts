import { describe, expect, it } from 'vitest';
import { buildCatchmentRings } from '../../../geo/accessibility/build-catchment-rings';
import { measureDistance } from '../../../geo/measure/measure-distance';
import { meters, type LonLat } from '../../../geo/units/units';

const centres = [
  { id: 'overleie', team: 'noord', position: [3.26094, 50.8328] as LonLat },
  { id: 'aalbeke', team: null, position: [3.2307, 50.7812] as LonLat },
];
const modes = [
  { id: 'walk', radius: meters(1000) },
  { id: 'bike', radius: meters(3000) },
];

/** Shoelace sign in lon/lat: positive = counter-clockwise. */
const signedArea = (ring: number[][]) => ring.slice(0, -1).reduce((s, p, i) => s + p[0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * p[1]!, 0);

describe('buildCatchmentRings', () => {
  const rings = buildCatchmentRings(centres, modes);

  it('draws one ring per centre and mode, the larger modes first', () => {
    expect(rings.features.map((f) => `${f.properties.mode}:${f.properties.centre}`)).toEqual(['bike:overleie', 'bike:aalbeke', 'walk:overleie', 'walk:aalbeke']);
    expect(rings.features.map((f) => f.properties.dashed)).toEqual([true, true, false, false]);
    expect(rings.features[1]!.properties.team).toBe('');
  });

  it('puts every vertex within 0.5 % of the radius (geodesic, measured with measureDistance)', () => {
    for (const f of rings.features) {
      const centre = centres.find((c) => c.id === f.properties.centre)!.position;
      for (const p of f.geometry.coordinates[0]!) {
        const d = measureDistance(centre, p as unknown as LonLat);
        expect(Math.abs(d - f.properties.radius) / f.properties.radius).toBeLessThan(0.005);
      }
    }
  });

  it('keeps the chords close to the circle too (the midpoint of an edge within 0.5 %)', () => {
    const f = rings.features[0]!;
    const ring = f.geometry.coordinates[0]!;
    const mid = [(ring[0]![0]! + ring[1]![0]!) / 2, (ring[0]![1]! + ring[1]![1]!) / 2] as const;
    expect(Math.abs(measureDistance(centres[0]!.position, mid) - 3000) / 3000).toBeLessThan(0.005);
  });

  it('writes closed, counter-clockwise (RFC 7946) rings with steps + 1 positions', () => {
    for (const f of rings.features) {
      const ring = f.geometry.coordinates[0]!;
      expect(ring).toHaveLength(97);
      expect(ring[0]).toEqual(ring[ring.length - 1]);
      expect(signedArea(ring)).toBeGreaterThan(0);
    }
    expect(buildCatchmentRings(centres, modes, 16).features[0]!.geometry.coordinates[0]).toHaveLength(17);
  });

  it('is empty without centres or modes, and one mode is solid', () => {
    expect(buildCatchmentRings([], modes).features).toEqual([]);
    expect(buildCatchmentRings(centres, []).features).toEqual([]);
    expect(buildCatchmentRings(centres, [modes[1]!]).features.every((f) => !f.properties.dashed)).toBe(true);
  });

  it('checks its inputs', () => {
    expect(() => buildCatchmentRings(centres, [{ id: 'x', radius: meters(0) }])).toThrow(/Radius of x/);
    expect(() => buildCatchmentRings([{ id: 'bad', team: null, position: [3, 95] }], modes)).toThrow(/latitude/);
    expect(() => buildCatchmentRings(centres, modes, 4)).toThrow(/steps/);
    expect(() => buildCatchmentRings(null as never, modes)).toThrow(TypeError);
  });
});
