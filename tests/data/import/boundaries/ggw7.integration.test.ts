import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { readBoundaryFiles } from '../../../../data/import/boundaries/read-boundary-files';
import type { InputFile } from '../../../../data/import/input-file';
import { ProblemList, formatProblem } from '../../../../data/problems';
import { createLocalProjection } from '../../../../geo/crs/create-local-projection';
import { measureArea } from '../../../../geo/measure/measure-area';
import type { LonLat } from '../../../../geo/units/units';
import { KORTRIJK_DIR, SHARED_DIR } from '../../../helpers/shared-data';

const RAW = path.join(SHARED_DIR, 'data', 'raw', 'gebiedsniveaus');
const WIJKEN = path.join(KORTRIJK_DIR, 'areas', 'wijken.geojson');
const hasRaw = existsSync(path.join(RAW, 'ggw7.shp'));
const hasWijken = existsSync(WIJKEN);
if (!hasRaw) console.warn(`[wijkzicht tests] ${RAW} is absent: the ggw7 shapefile integration tests are SKIPPED.`);

/** A shapefile layer of ../shared/data/raw/gebiedsniveaus as the importer receives it (read, never copied). */
function layerFiles(name: string): InputFile[] {
  return ['shp', 'shx', 'dbf', 'prj', 'cpg'].map((ext) => ({ name: `${name}.${ext}`, bytes: new Uint8Array(readFileSync(path.join(RAW, `${name}.${ext}`))) }));
}

const lonLat = (p: Position): LonLat => [p[0]!, p[1]!];
const polygonsOf = (g: Polygon | MultiPolygon): Position[][][] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

/** Distance in metres from `point` to the nearest edge of `geometry`, in a local metric plane around the point. */
function distanceToBoundary(point: LonLat, geometry: Polygon | MultiPolygon): number {
  const plane = createLocalProjection(point);
  let best = Infinity;
  for (const rings of polygonsOf(geometry)) {
    for (const ring of rings) {
      for (let i = 0; i < ring.length - 1; i++) {
        const [ax, ay] = plane.toPlane(lonLat(ring[i]!));
        const [bx, by] = plane.toPlane(lonLat(ring[i + 1]!));
        const dx = bx - ax;
        const dy = by - ay;
        const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, (-ax * dx - ay * dy) / (dx * dx + dy * dy)));
        best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
      }
    }
  }
  return best;
}

describe.skipIf(!hasRaw)('readBoundaryFiles on the real Flemish ggw7 wijken (Lambert 72 shapefile)', () => {
  it('reads all 2,767 wijken with no problem at all', () => {
    const problems = new ProblemList();
    const [layer, ...rest] = readBoundaryFiles(layerFiles('ggw7'), {}, problems);
    expect(problems.items.map((p) => formatProblem(p))).toEqual([]);
    expect(rest).toEqual([]);
    expect(layer!.crs).toEqual({ code: 'EPSG:31370', source: 'prj' });
    expect(layer!.features).toHaveLength(2767);
    expect(layer!.featureCountInFile).toBe(2767);
    expect(layer!.fields).toEqual([{ name: 'geoitem', type: 'string' }, { name: 'naam', type: 'string' }]);
    // Everything lands in Flanders and Brussels.
    const extent = [Infinity, Infinity, -Infinity, -Infinity];
    for (const feature of layer!.features) {
      for (const p of polygonsOf(feature.geometry).flat(2)) {
        extent[0] = Math.min(extent[0]!, p[0]!);
        extent[1] = Math.min(extent[1]!, p[1]!);
        extent[2] = Math.max(extent[2]!, p[0]!);
        extent[3] = Math.max(extent[3]!, p[1]!);
      }
    }
    expect(extent[0]).toBeGreaterThan(2.5);
    expect(extent[1]).toBeGreaterThan(50.6);
    expect(extent[2]).toBeLessThan(6);
    expect(extent[3]).toBeLessThan(51.55);
  });

  it('finds no self-intersection in the municipality and deelgemeente layers either (GEOS calls them all valid)', () => {
    for (const name of ['gemeente', 'deelgemeente']) {
      const problems = new ProblemList();
      const [layer] = readBoundaryFiles(layerFiles(name), {}, problems);
      expect(problems.items.map((p) => formatProblem(p))).toEqual([]);
      expect(layer!.features).toHaveLength(name === 'gemeente' ? 304 : 1119);
    }
  });

  describe('filtered to Kortrijk (geoitem 34022…)', () => {
    // Read in the collection phase only when the files exist: a skipped describe still collects its body.
    const problems = new ProblemList();
    const [layer] = hasRaw ? readBoundaryFiles(layerFiles('ggw7'), { filter: { field: 'geoitem', prefix: '34022' } }, problems) : [];

    it('gives exactly the 14 Kortrijk wijken', () => {
      expect(problems.items).toEqual([]);
      expect(layer!.features.map((f) => f.properties.geoitem)).toEqual(Array.from({ length: 14 }, (_, i) => `34022W${String(i + 1).padStart(2, '0')}`));
      expect(layer!.features.map((f) => f.properties.naam)).toContain('Kortrijk Centrum (Kortrijk)');
      expect(layer!.featureCountInFile).toBe(2767);
      expect(layer!.featureCountSelected).toBe(14);
    });

    it.skipIf(!hasWijken)('matches the shared Kortrijk wijken: same codes, areas within 0.5 %, every shared vertex within 1 m of ours', () => {
      const shared = JSON.parse(readFileSync(WIJKEN, 'utf8')) as { features: Feature<Polygon | MultiPolygon, { code: string }>[] };
      const ours = new Map(layer!.features.map((f) => [f.properties.geoitem as string, f]));
      expect([...ours.keys()].sort()).toEqual(shared.features.map((f) => f.properties.code).sort());
      let worst = 0;
      for (const reference of shared.features) {
        const mine = ours.get(reference.properties.code)!;
        const areaRatio = measureArea(mine.geometry) / measureArea(reference.geometry);
        expect(Math.abs(areaRatio - 1)).toBeLessThan(0.005);
        for (const rings of polygonsOf(reference.geometry)) {
          for (const ring of rings) {
            for (const vertex of ring) worst = Math.max(worst, distanceToBoundary(lonLat(vertex), mine.geometry));
          }
        }
      }
      console.info(`[ggw7] largest distance from a shared Kortrijk vertex to the imported boundary: ${worst.toFixed(3)} m`);
      expect(worst).toBeLessThan(1);
    });
  });
});
