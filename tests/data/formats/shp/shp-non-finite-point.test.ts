import { describe, expect, it } from 'vitest';
import { readShp } from '../../../../data/formats/shp/read-shp';
import { readBoundaryFiles } from '../../../../data/import';
import { ProblemList } from '../../../../data/problems';
import { writeShapefile } from '../../../fixtures/import/boundaries/write-shapefile';

/** A one-square shapefile whose first point's x is NaN (or ±Infinity), as fuzz case 2035 (seed 2) made it. */
function shapefileWithX(x: number) {
  const files = writeShapefile({ shapeType: 5, shapes: [{ rings: [[[0, 0], [0, 1], [1, 1], [1, 0], [0, 0]]] }], fields: [{ name: 'code', type: 'C', length: 4 }], rows: [['W01']] });
  new DataView(files.shp.buffer).setFloat64(100 + 8 + 44 + 4, x, true); // point 0 of part 0
  return files;
}

describe('shapefile point that is not a finite number (fuzz: "ring position 0 must be [x, y] with finite numbers" thrown from repairRing)', () => {
  it('readShp reports the record as corrupt, naming the point, in Dutch and English', () => {
    for (const x of [Number.NaN, Number.POSITIVE_INFINITY]) {
      const { shp, shx } = shapefileWithX(x);
      const result = readShp(shp, shx);
      expect(result.ok && result.file.shape(0)).toEqual({ kind: 'corrupt', detail: `point 0 is not a pair of finite numbers (${x}, 0)`, detailNl: `punt 0 is geen paar eindige getallen (${x}, 0)` });
    }
  });

  it('the boundary import gives a located shapefile-record-corrupt on feature 0, not a TypeError', () => {
    const { shp, shx, dbf } = shapefileWithX(Number.NaN);
    const problems = new ProblemList();
    const layers = readBoundaryFiles([{ name: 'wijken.shp', bytes: shp }, { name: 'wijken.shx', bytes: shx }, { name: 'wijken.dbf', bytes: dbf }], { crs: 'EPSG:31370' }, problems);
    expect(problems.items.filter((p) => p.severity === 'error')).toMatchObject([{ code: 'shapefile-record-corrupt', file: 'wijken.shp', feature: 0 }]);
    expect(layers.every((l) => l.features.length === 0)).toBe(true);
  });
});
