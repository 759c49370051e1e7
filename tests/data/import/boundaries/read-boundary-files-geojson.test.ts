import { describe, expect, it } from 'vitest';
import { describeProblem } from '../../../../data/problems';
import { SQUARE, codesOf, expectKortrijkSquare, expectRfc7946 } from './boundary-expectations';
import { fixtureFiles, read } from './fixture-files';

describe('readBoundaryFiles: GeoJSON', () => {
  const geojson = (name: string, options = {}) => read(fixtureFiles(`geojson/${name}`), options);

  it.each([
    ['legacy-crs-31370.geojson', 'EPSG:31370'],
    ['epsg-31370-short.geojson', 'EPSG:31370'],
    ['web-mercator-3857.geojson', 'EPSG:3857'],
    ['lambert2008-3812.geojson', 'EPSG:3812'],
    ['crs84.geojson', 'EPSG:4326'],
  ])('reads %s by its crs member (%s) and lands on the Kortrijk square', (name, code) => {
    const result = geojson(name);
    expect(result.lines).toEqual([]);
    expect(result.layers[0]!.crs).toEqual({ code, source: 'geojson-crs' });
    expectKortrijkSquare(result.layers[0]!.features[0]!.geometry);
    expectRfc7946(result.layers[0]!);
  });

  it('reads a single Feature and a bare geometry as RFC 7946 WGS84', () => {
    const feature = geojson('single-feature.geojson');
    expect(feature.lines).toEqual([]);
    expect(feature.layers[0]!.crs).toEqual({ code: 'EPSG:4326', source: 'rfc7946-default' });
    expect(feature.layers[0]!.features[0]!.properties).toEqual({ code: 'W01', naam: 'Wijk W01' });
    const bare = geojson('bare-geometry.geojson');
    expect(bare.lines).toEqual([]);
    expect(bare.layers[0]!.fields).toEqual([]);
    expect(bare.layers[0]!.features[0]!.geometry.type).toBe('MultiPolygon');
  });

  it('refuses projected coordinates without a crs member, proposing Lambert 72', () => {
    const result = geojson('projected-no-crs.geojson');
    expect(codesOf(result)).toEqual(['error:crs-missing']);
    expect(result.problems[0]!.params).toMatchObject({ proposal: 'EPSG:31370', format: 'geojson' });
    expect(describeProblem(result.problems[0]!).message).not.toContain('.prj');
  });

  it('refuses an unknown crs member, naming it', () => {
    const result = geojson('unknown-crs.geojson');
    expect(codesOf(result)).toEqual(['error:crs-unknown-geojson']);
    expect(describeProblem(result.problems[0]!).message).toContain('urn:ogc:def:crs:EPSG::32631');
  });

  it('rewinds, closes and de-duplicates, listing each repair per feature and warning once per kind', () => {
    const result = geojson('clockwise-unclosed.geojson');
    expect(codesOf(result)).toEqual(['warning:boundary-rings-closed', 'warning:boundary-duplicate-vertices-removed', 'warning:boundary-rings-rewound']);
    const layer = result.layers[0]!;
    expect(layer.repairs).toEqual([
      { feature: 0, kind: 'rewound', ring: 0 },
      { feature: 1, kind: 'ring-closed', ring: 0 },
      { feature: 2, kind: 'duplicate-vertex-removed', ring: 0, count: 1 },
    ]);
    expectRfc7946(layer);
    for (const feature of layer.features) expectKortrijkSquare(feature.geometry);
  });

  it('refuses each bad feature with its own code, index and label, keeping the good one', () => {
    const result = geojson('bad-features.geojson');
    expect(codesOf(result)).toEqual([
      'error:boundary-geometry-null@1',
      'error:boundary-geometry-not-polygon@2',
      'error:boundary-geometry-not-polygon@3',
      'error:boundary-geometry-empty@4',
      'error:boundary-geometry-empty@5',
      'error:boundary-geometry-invalid@6',
      'error:boundary-ring-too-few-points@8',
      'error:boundary-geometry-null@9',
      'error:boundary-self-intersection@7',
    ]);
    const at = (feature: number) => result.problems.find((p) => p.feature === feature)!.params;
    expect(at(1)).toMatchObject({ label: 'W01', labelField: 'code' });
    expect(at(2)).toMatchObject({ type: 'LineString' });
    expect(at(4)).toMatchObject({ type: 'GeometryCollection' });
    expect(at(7)).toMatchObject({ lon: '3.26500', lat: '50.82500' });
    expect(at(9)).toMatchObject({ label: 'zonder code', labelField: 'naam' });
    expect(result.layers[0]!.sourceIndex).toEqual([0]);
  });

  it('reports a JSON file that is not GeoJSON and a file that is not JSON', () => {
    expect(codesOf(geojson('not-geojson.json'))).toEqual(['error:geojson-not-geojson']);
    expect(codesOf(geojson('invalid.json'))).toEqual(['error:geojson-invalid-json']);
  });

  it('infers field types over all features and reads Windows-1252 bytes with a warning', () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { code: 'A', n: 1, x: 1, ok: true, mixed: 1, nested: { a: 1 } }, geometry: { type: 'Polygon', coordinates: [SQUARE] } },
        { type: 'Feature', properties: { code: 'B', n: 2, x: 2.5, ok: null, mixed: 'x' }, geometry: { type: 'Polygon', coordinates: [SQUARE] } },
      ],
    }).replace('"A"', '"Café"');
    const bytes = new Uint8Array([...text].map((c) => c.charCodeAt(0))); // é as the single byte 0xE9
    const result = read([{ name: 'a.geojson', bytes }]);
    expect(codesOf(result)).toEqual(['warning:geojson-not-utf8']);
    const layer = result.layers[0]!;
    expect(layer.fields).toEqual([
      { name: 'code', type: 'string' },
      { name: 'n', type: 'integer' },
      { name: 'x', type: 'number' },
      { name: 'ok', type: 'boolean' },
      { name: 'mixed', type: 'string' },
      { name: 'nested', type: 'string' },
    ]);
    expect(layer.features.map((f) => f.properties)).toEqual([
      { code: 'Café', n: 1, x: 1, ok: true, mixed: '1', nested: '{"a":1}' },
      { code: 'B', n: 2, x: 2.5, ok: null, mixed: 'x', nested: null },
    ]);
  });
});
