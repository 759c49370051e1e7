import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { measureDistance } from '../../../geo/measure/measure-distance';
import proj4 from 'proj4';
import { reprojectGeometry, reprojectPoint } from '../../../geo/crs/reproject-geometry';
import { ReprojectionMemo } from '../../../geo/crs/reprojection-memo';
import { CRS_DEFINITIONS, type SupportedCrs } from '../../../geo/crs/supported-crs';

interface GoldenPoint {
  readonly crs: SupportedCrs;
  readonly name: string;
  readonly x: number;
  readonly y: number;
  readonly lon: number;
  readonly lat: number;
}
/** Reference values by PROJ (see make-pyproj-points.py beside the JSON). */
const GOLDEN = JSON.parse(
  readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'reproject-geometry', 'pyproj-points.json'), 'utf8'),
) as { proj: string; pyproj: string; operations: Record<string, string>; points: GoldenPoint[]; squares: Record<string, [number, number][]> };

describe('reprojectPoint agrees with PROJ', () => {
  it('was compared with the operations PROJ chooses (the golden file records them)', () => {
    expect(GOLDEN.operations['EPSG:31370']).toBe('Inverse of Belgian Lambert 72 + BD72 to WGS 84 (3) + axis order change (2D)');
    expect(GOLDEN.points.filter((p) => p.crs === 'EPSG:31370').length).toBeGreaterThanOrEqual(20);
    expect(GOLDEN.points.filter((p) => p.crs === 'EPSG:3812').length).toBeGreaterThanOrEqual(3);
  });

  it.each(GOLDEN.points.map((p) => [`${p.crs} ${p.name}`, p] as const))('%s is within 1 m of PROJ', (_label, p) => {
    const ours = reprojectPoint([p.x, p.y], p.crs);
    expect(measureDistance(ours, [p.lon, p.lat])).toBeLessThan(1);
  });

  it('is in fact within a millimetre everywhere, so a regression of centimetres is caught', () => {
    const errors = GOLDEN.points.map((p) => measureDistance(reprojectPoint([p.x, p.y], p.crs), [p.lon, p.lat]));
    console.info(`[reproject-geometry] max distance to PROJ ${GOLDEN.proj} over ${errors.length} points: ${Math.max(...errors).toExponential(2)} m`);
    expect(Math.max(...errors)).toBeLessThan(0.001);
  });

  it('applies the BD72 datum shift: without it Kortrijk would be about 100 m off', () => {
    const kortrijk = GOLDEN.points.find((p) => p.crs === 'EPSG:31370' && p.name === 'Kortrijk')!;
    const ours = reprojectPoint([kortrijk.x, kortrijk.y], 'EPSG:31370');
    // The same projection with the BD72 → WGS84 Helmert shift left out (International 1924 lon/lat taken as WGS84).
    const withoutShift = CRS_DEFINITIONS['EPSG:31370'].proj4.replace(/\+towgs84=\S+ /, '');
    expect(withoutShift).not.toContain('towgs84');
    const unshifted = proj4(withoutShift, '+proj=longlat +ellps=intl +no_defs').forward<[number, number]>([kortrijk.x, kortrijk.y]);
    expect(measureDistance(ours, unshifted)).toBeGreaterThan(80);
    expect(measureDistance(ours, unshifted)).toBeLessThan(150);
  });

  it('is the identity for EPSG:4326', () => {
    expect(reprojectPoint([3.26, 50.82], 'EPSG:4326')).toEqual([3.26, 50.82]);
  });

  it('rejects an unknown system, non-finite input and points that do not land on the globe', () => {
    expect(() => reprojectPoint([1, 2], 'EPSG:32631' as SupportedCrs)).toThrow(TypeError);
    expect(() => reprojectPoint([NaN, 2], 'EPSG:31370')).toThrow(TypeError);
    expect(() => reprojectPoint([1e9, 1e12], 'EPSG:3857')).toThrow(RangeError);
  });
});

describe('reprojectGeometry', () => {
  it('takes the Kortrijk test square from Lambert 72, Lambert 2008 and Web Mercator to its lon/lat corners', () => {
    for (const crs of ['EPSG:31370', 'EPSG:3812', 'EPSG:3857'] as const) {
      const square: Polygon = { type: 'Polygon', coordinates: [GOLDEN.squares[crs]!] };
      const out = reprojectGeometry(square, crs);
      out.coordinates[0]!.forEach((p, i) => expect(measureDistance(p as [number, number], GOLDEN.squares.lonLat![i]!)).toBeLessThan(0.01));
    }
  });

  it('keeps the type, copies, and leaves the input untouched', () => {
    const multi: MultiPolygon = { type: 'MultiPolygon', coordinates: [[GOLDEN.squares['EPSG:31370']!]] };
    const before = structuredClone(multi);
    const out = reprojectGeometry(multi, 'EPSG:31370');
    expect(out.type).toBe('MultiPolygon');
    expect(multi).toEqual(before);
    expect(out.coordinates[0]![0]![0]).not.toBe(multi.coordinates[0]![0]![0]);
  });

  it('rejects open rings and non-polygons', () => {
    expect(() => reprojectGeometry({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1]]] }, 'EPSG:31370')).toThrow(/not closed/);
    expect(() => reprojectGeometry({ type: 'Point', coordinates: [0, 0] } as unknown as Polygon, 'EPSG:31370')).toThrow(TypeError);
  });
});

describe('reprojectPoint calls proj4.transform directly', () => {
  it('gives, to the bit, what proj4(from, WGS84).forward([x, y]) gives, over and beyond each system’s Belgian extent', () => {
    for (const crs of ['EPSG:31370', 'EPSG:3812', 'EPSG:3857'] as const) {
      const forward = proj4(CRS_DEFINITIONS[crs].proj4, CRS_DEFINITIONS['EPSG:4326'].proj4);
      const [minX, minY, maxX, maxY] = CRS_DEFINITIONS[crs].belgianExtent;
      let seed = 7;
      const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
      let compared = 0;
      for (let i = 0; i < 5000; i++) {
        // A quarter of the points outside the extent, some far outside, where proj4 may give NaN or throw.
        const spread = i % 4 === 0 ? 40 : 1;
        const x = minX + (random() - 0.5) * spread * (maxX - minX) + (maxX - minX) / 2;
        const y = minY + (random() - 0.5) * spread * (maxY - minY) + (maxY - minY) / 2;
        const expected = (() => {
          try {
            const [lon, lat] = forward.forward<[number, number]>([x, y]);
            return Math.abs(lon) <= 180 && Math.abs(lat) <= 90 ? [lon, lat] : 'throws';
          } catch {
            return 'throws';
          }
        })();
        if (expected === 'throws') {
          expect(() => reprojectPoint([x, y], crs)).toThrow();
        } else {
          const got = reprojectPoint([x, y], crs);
          expect(Object.is(got[0], expected[0]) && Object.is(got[1], expected[1]), `${crs} ${x}, ${y}: ${got.join(', ')} vs ${expected.join(', ')}`).toBe(true);
          compared++;
        }
      }
      expect(compared).toBeGreaterThan(3500);
    }
  });
});

describe('reprojectGeometry with a memo', () => {
  it('gives the same positions as without, each in an array of its own, for neighbours sharing vertices', () => {
    const left: Polygon = { type: 'Polygon', coordinates: [[[72000, 170000], [72100, 170000], [72100, 170100], [72000, 170100], [72000, 170000]]] };
    const right: Polygon = { type: 'Polygon', coordinates: [[[72100, 170000], [72200, 170000], [72200, 170100], [72100, 170100], [72100, 170000]]] };
    const memo = new ReprojectionMemo();
    const a = reprojectGeometry(left, 'EPSG:31370', memo);
    const b = reprojectGeometry(right, 'EPSG:31370', memo);
    expect(memo.size).toBe(6);
    expect(a).toEqual(reprojectGeometry(left, 'EPSG:31370'));
    expect(b).toEqual(reprojectGeometry(right, 'EPSG:31370'));
    expect(b.coordinates[0]![0]).toEqual(a.coordinates[0]![1]);
    expect(b.coordinates[0]![0]).not.toBe(a.coordinates[0]![1]);
  });

  it('still throws for a position that does not land on the globe, and refuses what is not a memo', () => {
    const memo = new ReprojectionMemo();
    const far: Polygon = { type: 'Polygon', coordinates: [[[1e12, 1e12], [1e12 + 1, 1e12], [1e12, 1e12 + 1], [1e12, 1e12]]] };
    expect(() => reprojectGeometry(far, 'EPSG:3857', memo)).toThrow(RangeError);
    expect(() => reprojectGeometry(far, 'EPSG:3857', memo)).toThrow(RangeError);
    expect(() => reprojectGeometry(far, 'EPSG:31370', new Map() as unknown as ReprojectionMemo)).toThrow(TypeError);
  });
});
