import { describe, expect, it } from 'vitest';
import { readShp } from '../../../../data/formats/shp/read-shp';
import { writeShapefile } from '../../../fixtures/import/boundaries/write-shapefile';
import { fixtureFiles } from '../../import/boundaries/fixture-files';

const bytesOf = (folder: string, ext: string) => fixtureFiles(folder).find((f) => f.name.endsWith(`.${ext}`))!.bytes;

describe('readShp', () => {
  it('reads the same records with the .shx index and by walking the .shp', () => {
    const shp = bytesOf('lambert72', 'shp');
    const indexed = readShp(shp, bytesOf('lambert72', 'shx'));
    const walked = readShp(shp, undefined);
    if (!indexed.ok || !walked.ok) throw new Error('not read');
    expect([indexed.file.indexedBy, walked.file.indexedBy]).toEqual(['shx', 'scan']);
    expect(indexed.file.recordCount).toBe(4);
    expect(indexed.file.shapeType).toBe('Polygon');
    for (let i = 0; i < 4; i++) expect(walked.file.shape(i)).toEqual(indexed.file.shape(i));
    const nested = indexed.file.shape(2);
    expect(nested.kind === 'rings' && nested.rings.map((r) => r.length)).toEqual([5, 5, 5, 5]);
  });

  it('reads the x and y of PolygonZ records and tells null shapes and points apart', () => {
    const z = readShp(bytesOf('polygonz', 'shp'), bytesOf('polygonz', 'shx'));
    const plain = readShp(bytesOf('lambert72', 'shp'), undefined);
    if (!z.ok || !plain.ok) throw new Error('not read');
    expect(z.file.shapeType).toBe('PolygonZ');
    expect(z.file.shape(0)).toEqual(plain.file.shape(0));
    const nullShape = readShp(bytesOf('null-shape', 'shp'), undefined);
    expect(nullShape.ok && nullShape.file.shape(0)).toEqual({ kind: 'null' });
    const points = readShp(bytesOf('points', 'shp'), undefined);
    expect(points.ok && points.file.shape(1)).toEqual({ kind: 'other', type: 'Point' });
  });

  it('reports a record whose parts point outside it as corrupt', () => {
    const { shp, shx } = writeShapefile({ shapeType: 5, shapes: [{ rings: [[[0, 0], [0, 1], [1, 1], [0, 0]]] }], fields: [{ name: 'a', type: 'C', length: 1 }], rows: [['x']] });
    new DataView(shp.buffer).setInt32(100 + 8 + 44, 9, true); // part 0 starts at point 9 of 4
    const result = readShp(shp, shx);
    expect(result.ok && result.file.shape(0)).toMatchObject({ kind: 'corrupt', detail: expect.stringContaining('part 0') });
  });

  it('refuses a file that is not a shapefile', () => {
    expect(readShp(new Uint8Array(50), undefined)).toMatchObject({ ok: false });
    expect(readShp(new Uint8Array(120), undefined)).toMatchObject({ ok: false, detail: expect.stringContaining('file code 0') });
  });
});
