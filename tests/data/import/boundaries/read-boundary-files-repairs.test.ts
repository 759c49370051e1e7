import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { describeProblem } from '../../../../data/problems';
import { reprojectPoint } from '../../../../geo/crs/reproject-geometry';
import { writeShapefile } from '../../../fixtures/import/boundaries/write-shapefile';
import { codesOf } from './boundary-expectations';
import { fixtureFiles, read } from './fixture-files';

describe('readBoundaryFiles: shapefiles', () => {
  const loose = read(fixtureFiles('lambert72'));

  describe('geometry checks and repairs', () => {
    it('closes an unclosed ring and removes a repeated vertex, listing both and warning once per kind', () => {
      const result = read(fixtureFiles('unclosed'));
      expect(codesOf(result)).toEqual(['warning:boundary-rings-closed', 'warning:boundary-duplicate-vertices-removed']);
      expect(result.problems[0]!.params).toMatchObject({ features: 1, rings: 1, examples: '"W01"' });
      expect(result.problems[1]!.params).toMatchObject({ features: 1, vertices: 1, examples: '"W02"' });
      const layer = result.layers[0]!;
      expect(layer.repairs).toEqual([
        { feature: 0, kind: 'ring-closed', ring: 0 },
        { feature: 1, kind: 'duplicate-vertex-removed', ring: 0, count: 1 },
      ]);
      for (const feature of layer.features) expect(feature.geometry).toEqual(loose.layers[0]!.features[0]!.geometry);
    });

    it('refuses a ring of 3 positions, keeping the other features', () => {
      const result = read(fixtureFiles('three-point'));
      expect(codesOf(result)).toEqual(['error:boundary-ring-too-few-points@1']);
      expect(result.problems[0]!.params).toMatchObject({ label: 'W02', labelField: 'code', fields: 'code, naam', ring: 0, positions: 3 });
      expect(result.layers[0]!.sourceIndex).toEqual([0]);
    });

    it('refuses a bow-tie and names where it crosses itself in lon/lat', () => {
      const result = read(fixtureFiles('bowtie'));
      expect(codesOf(result)).toEqual(['error:boundary-self-intersection@1']);
      const [lon, lat] = reprojectPoint([73500, 170500], 'EPSG:31370');
      expect(result.problems[0]!.params).toMatchObject({ label: 'W02', lon: lon.toFixed(5), lat: lat.toFixed(5), kind: 'crossing' });
      expect(describeProblem(result.problems[0]!).message).toContain(`longitude ${lon.toFixed(5)}, latitude ${lat.toFixed(5)}`);
      expect(result.layers[0]!.sourceIndex).toEqual([0]);
    });

    it('applies the filter before the checks: a bad feature that is filtered out is not reported', () => {
      const result = read(fixtureFiles('bowtie'), { filter: { field: 'code', prefix: 'W01' } });
      expect(result.lines).toEqual([]);
      expect(result.layers[0]!.sourceIndex).toEqual([0]);
    });

    it('refuses a null shape', () => {
      const result = read(fixtureFiles('null-shape'));
      expect(codesOf(result)).toEqual(['error:boundary-geometry-null@0']);
      expect(result.problems[0]!.params).toMatchObject({ label: 'W00' });
      expect(result.layers[0]!.sourceIndex).toEqual([1]);
    });

    it('refuses every feature of a point layer', () => {
      const result = read(fixtureFiles('points'));
      expect(codesOf(result)).toEqual(['error:boundary-geometry-not-polygon@0', 'error:boundary-geometry-not-polygon@1']);
      expect(result.problems[0]!.params).toMatchObject({ type: 'Point' });
      expect(describeProblem(result.problems[0]!).fix).toMatch(/polygons/);
      expect(result.layers[0]!.features).toEqual([]);
    });
  });

  describe('filter', () => {
    it('keeps features whose field starts with the prefix, numbers compared as text', () => {
      const byCode = read(fixtureFiles('lambert72'), { filter: { field: 'code', prefix: 'W03' } });
      expect(byCode.layers[0]!.sourceIndex).toEqual([2]);
      expect(byCode.layers[0]!.featureCountInFile).toBe(4);
      const byNumber = read(fixtureFiles('lambert72'), { filter: { field: 'inwoners', prefix: '12' } });
      expect(byNumber.layers[0]!.features.map((f) => f.properties.code)).toEqual(['W01']);
    });

    it('reports an unknown field, listing the fields, and a prefix that matches nothing, with examples', () => {
      const unknown = read(fixtureFiles('lambert72'), { filter: { field: 'geoitem', prefix: '34022' } });
      expect(codesOf(unknown)).toEqual(['error:filter-field-missing']);
      expect(describeProblem(unknown.problems[0]!).fix).toContain('code, naam, inwoners');
      const none = read(fixtureFiles('lambert72'), { filter: { field: 'code', prefix: '34022' } });
      expect(codesOf(none)).toEqual(['error:filter-no-match']);
      expect(describeProblem(none.problems[0]!).message).toContain('e.g. W01, W02, W03');
      expect(none.layers).toEqual([]);
    });
  });

  describe('damaged files', () => {
    const square: [number, number][] = [[0, 0], [0, 1], [1, 1], [1, 0], [0, 0]];
    const build = (rows: number, shapes = rows) =>
      writeShapefile({
        shapeType: 5,
        shapes: Array.from({ length: shapes }, () => ({ rings: [square] })),
        fields: [{ name: 'code', type: 'C', length: 4 }],
        rows: Array.from({ length: shapes }, (_, i) => [`A${i}`]),
      });
    const files = (parts: { shp: Uint8Array; shx?: Uint8Array; dbf: Uint8Array }) => [
      { name: 'a.shp', bytes: parts.shp },
      ...(parts.shx ? [{ name: 'a.shx', bytes: parts.shx }] : []),
      { name: 'a.dbf', bytes: parts.dbf },
    ];

    it('refuses one damaged record and reads the rest', () => {
      const parts = build(2);
      // Record 2's point count (at content offset 40) claims far more points than the record holds.
      const second = 100 + 8 + (parts.shp.length - 100) / 2;
      new DataView(parts.shp.buffer).setInt32(second + 40, 1_000_000, true);
      const result = read(files(parts));
      expect(codesOf(result)).toEqual(['error:shapefile-record-corrupt@1', 'warning:crs-assumed-wgs84']);
      expect(result.layers[0]!.sourceIndex).toEqual([0]);
    });

    it('reports a .shp and .dbf with different counts', () => {
      const one = build(1);
      const two = build(2);
      const result = read(files({ shp: one.shp, shx: one.shx, dbf: two.dbf }));
      expect(codesOf(result)).toContain('error:shapefile-count-mismatch');
      expect(result.problems.find((p) => p.code === 'shapefile-count-mismatch')!.params).toEqual({ shapes: 1, records: 2 });
    });

    it('refuses a file that is not a shapefile, and an unreadable .dbf', () => {
      const parts = build(1);
      const notShp = read(files({ ...parts, shp: new TextEncoder().encode('x'.repeat(200)) }));
      expect(codesOf(notShp)).toEqual(['error:shapefile-corrupt']);
      const badDbf = read(files({ ...parts, dbf: parts.dbf.subarray(0, 40) }));
      expect(codesOf(badDbf)).toEqual(['error:dbf-corrupt']);
    });

    it('passes over records marked deleted in the .dbf, saying how many', () => {
      const parts = writeShapefile({
        shapeType: 5,
        shapes: [{ rings: [square] }, { rings: [square] }],
        fields: [{ name: 'code', type: 'C', length: 4 }],
        rows: [['A0'], ['A1']],
        deleted: [0],
      });
      const result = read(files(parts));
      expect(codesOf(result)).toEqual(['warning:dbf-records-deleted', 'warning:crs-assumed-wgs84']);
      expect(result.layers[0]!.sourceIndex).toEqual([1]);
    });

    it('reports unsupported files, unreadable archives and archives without a layer', () => {
      expect(codesOf(read([{ name: 'wijken.kml', bytes: new Uint8Array(1) }]))).toEqual(['error:boundary-file-unsupported']);
      expect(codesOf(read([{ name: 'wijken.zip', bytes: new Uint8Array([1, 2, 3]) }]))).toEqual(['error:zip-unreadable']);
      const readme = zipSync({ 'LEESMIJ.txt': new Uint8Array([65]) });
      const noLayer = read([{ name: 'wijken.zip', bytes: readme }]);
      expect(codesOf(noLayer)).toEqual(['error:zip-no-layer']);
      expect(describeProblem(noLayer.problems[0]!).message).toContain('LEESMIJ.txt');
    });
  });
});

