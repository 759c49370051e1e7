import { readFileSync } from 'node:fs';
import path from 'node:path';
import { booleanClockwise } from '@turf/turf';
import { zipSync } from 'fflate';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { BoundaryLayer } from '../../../../data/import/boundaries/read-boundary-files';
import { describeProblem } from '../../../../data/problems';
import { measureDistance } from '../../../../geo/measure/measure-distance';
import { reprojectPoint } from '../../../../geo/crs/reproject-geometry';
import { writeShapefile } from '../../../fixtures/import/boundaries/write-shapefile';
import { FIXTURES, fixtureFiles, read } from './fixture-files';

/** The Kortrijk test square in lon/lat, by PROJ; the fixtures hold it in Lambert 72, Lambert 2008 and Web Mercator. */
const GOLDEN = JSON.parse(readFileSync(path.join(FIXTURES, '..', '..', '..', 'geo', 'fixtures', 'reproject-geometry', 'pyproj-points.json'), 'utf8')) as {
  squares: Record<string, [number, number][]>;
};
const SQUARE = GOLDEN.squares.lonLat!;

function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Every ring in RFC 7946 winding: exterior counter-clockwise, holes clockwise. */
function expectRfc7946(layer: BoundaryLayer): void {
  for (const feature of layer.features) {
    for (const rings of polygonsOf(feature.geometry)) rings.forEach((ring, i) => expect(booleanClockwise(ring)).toBe(i > 0));
  }
}

/** The geometry is the Kortrijk square (some rotation of its corners), each corner within 1 m of PROJ's. */
function expectKortrijkSquare(geometry: Polygon | MultiPolygon): void {
  const [ring] = polygonsOf(geometry)[0]!;
  expect(ring).toHaveLength(5);
  for (const corner of SQUARE.slice(0, 4)) {
    const nearest = Math.min(...ring!.map((p) => measureDistance(p as [number, number], corner)));
    expect(nearest).toBeLessThan(1);
  }
}

const codesOf = (result: ReturnType<typeof read>) => result.problems.map((p) => `${p.severity}:${p.code}${p.feature !== undefined ? `@${p.feature}` : ''}`);

describe('readBoundaryFiles: shapefiles', () => {
  const loose = read(fixtureFiles('lambert72'));

  it('reads loose .shp/.shx/.dbf/.prj/.cpg in Lambert 72 with no problem', () => {
    expect(loose.lines).toEqual([]);
    expect(loose.layers).toHaveLength(1);
    const layer = loose.layers[0]!;
    expect(layer.file).toBe('wijken.shp');
    expect(layer.crs).toEqual({ code: 'EPSG:31370', source: 'prj' });
    expect(layer.featureCountInFile).toBe(4);
    expect(layer.sourceIndex).toEqual([0, 1, 2, 3]);
    expect(layer.repairs).toEqual([]); // ESRI ring order is a format, not a repair
  });

  it('types the DBF fields C, N (integer and decimal), F, L and D and decodes UTF-8 text', () => {
    const layer = loose.layers[0]!;
    expect(layer.fields).toEqual([
      { name: 'code', type: 'string' },
      { name: 'naam', type: 'string' },
      { name: 'inwoners', type: 'integer' },
      { name: 'opp_km2', type: 'number' },
      { name: 'dichtheid', type: 'number' },
      { name: 'actief', type: 'boolean' },
      { name: 'sinds', type: 'date' },
    ]);
    expect(layer.features.map((f) => f.properties)).toEqual([
      { code: 'W01', naam: 'Centrum – Grote Markt', inwoners: 1234, opp_km2: 0.785, dichtheid: 1571.8, actief: true, sinds: '2024-01-01' },
      { code: 'W02', naam: 'Overleie', inwoners: 5678, opp_km2: 1, dichtheid: -3.5, actief: false, sinds: null },
      { code: 'W03', naam: 'Hééle', inwoners: null, opp_km2: 12.5, dichtheid: 0, actief: null, sinds: '2023-12-31' },
      { code: 'W04', naam: 'Kooigem ë', inwoners: 0, opp_km2: null, dichtheid: null, actief: true, sinds: '2000-02-29' },
    ]);
  });

  it('reprojects to WGS84 with the BD72 datum shift (within 1 m of PROJ) in RFC 7946 winding', () => {
    const layer = loose.layers[0]!;
    expectKortrijkSquare(layer.features[0]!.geometry);
    expectRfc7946(layer);
  });

  it('assembles rings by the ESRI rule: holes go to the smallest exterior that contains them', () => {
    const [, withHole, nested, twoParts] = loose.layers[0]!.features;
    expect(withHole!.geometry.type).toBe('Polygon');
    expect((withHole!.geometry as Polygon).coordinates).toHaveLength(2);
    expect(nested!.geometry.type).toBe('MultiPolygon');
    const [island, outer] = (nested!.geometry as MultiPolygon).coordinates;
    // Exteriors in file order: the island B (ring 1) with the small hole H2, then A with the lake H1.
    expect(island!.map((r) => r.length)).toEqual([5, 5]);
    const span = (ring: Position[]) => Math.max(...ring.map((p) => p[0]!)) - Math.min(...ring.map((p) => p[0]!));
    expect(span(island![1]!)).toBeLessThan(span(outer![1]!));
    expect(span(island![0]!)).toBeLessThan(span(outer![0]!));
    expect((twoParts!.geometry as MultiPolygon).coordinates.map((p) => p.length)).toEqual([1, 1]);
  });

  it('reads a .zip of the same files (in a folder, beside a readme) identically', () => {
    const zipped = read(fixtureFiles('lambert72.zip'));
    expect(zipped.lines).toEqual([]);
    expect(zipped.layers[0]!.file).toBe('lambert72.zip/export/wijken.shp');
    expect(zipped.layers[0]!.features).toEqual(loose.layers[0]!.features);
  });

  it('groups siblings by name case-insensitively and ignores companions such as .shp.xml and .sbn', () => {
    const files = fixtureFiles('lambert72').map((f) => (f.name.endsWith('.shp') ? { ...f, name: 'WIJKEN.SHP' } : f));
    files.push({ name: 'wijken.shp.xml', bytes: new Uint8Array([60]) }, { name: 'wijken.sbn', bytes: new Uint8Array(4) });
    const result = read(files);
    expect(result.lines).toEqual([]);
    expect(result.layers[0]!.file).toBe('WIJKEN.SHP');
    expect(result.layers[0]!.features).toHaveLength(4);
  });

  it('reads PolygonZ and PolygonM (x and y) like a plain polygon', () => {
    for (const folder of ['polygonz', 'polygonm']) {
      const result = read(fixtureFiles(folder));
      expect(result.lines).toEqual([]);
      expect(result.layers[0]!.features[0]!.geometry).toEqual(loose.layers[0]!.features[0]!.geometry);
    }
  });

  it('refuses the layer when the .dbf is missing, naming it', () => {
    const result = read(fixtureFiles('no-dbf'));
    expect(result.layers).toEqual([]);
    expect(codesOf(result)).toEqual(['error:shapefile-dbf-missing']);
    expect(result.problems[0]!.file).toBe('wijken.shp');
    expect(describeProblem(result.problems[0]!).message).toContain('wijken.dbf');
    expect(describeProblem(result.problems[0]!, 'nl').fix).toContain('wijken.dbf');
  });

  it('reads without the .shx, warning and naming it', () => {
    const result = read(fixtureFiles('no-shx'));
    expect(codesOf(result)).toEqual(['warning:shapefile-shx-missing']);
    expect(describeProblem(result.problems[0]!).message).toContain('wijken.shx');
    expect(result.layers[0]!.features[0]!.geometry).toEqual(loose.layers[0]!.features[0]!.geometry);
  });

  it('reports a .dbf chosen without its .shp', () => {
    const result = read(fixtureFiles('lambert72').filter((f) => !f.name.endsWith('.shp')));
    expect(codesOf(result)).toEqual(['error:shapefile-shp-missing']);
    expect(describeProblem(result.problems[0]!).fix).toContain('wijken.shp');
  });

  describe('coordinate systems', () => {
    it('proposes Lambert 72 when there is no .prj and the coordinates fall in its Belgian extent', () => {
      const result = read(fixtureFiles('no-prj-lambert72'));
      expect(result.layers).toEqual([]);
      expect(codesOf(result)).toEqual(['error:crs-missing']);
      expect(result.problems[0]!.params).toMatchObject({ proposal: 'EPSG:31370', format: 'shapefile' });
      const { message, fix } = describeProblem(result.problems[0]!);
      expect(message).toMatch(/projected.*Belgian Lambert 72 \(EPSG:31370\)/);
      expect(fix).toContain('--crs EPSG:31370');
      expect(describeProblem(result.problems[0]!, 'nl').message).toContain('Belgian Lambert 72');
    });

    it('proposes Lambert 2008 instead when the coordinates fit that extent', () => {
      const result = read(fixtureFiles('no-prj-lambert2008'));
      expect(codesOf(result)).toEqual(['error:crs-missing']);
      expect(result.problems[0]!.params).toMatchObject({ proposal: 'EPSG:3812' });
    });

    it('reads the layer once the system is chosen, in the wizard or with --crs', () => {
      const result = read(fixtureFiles('no-prj-lambert72'), { crs: 'EPSG:31370' });
      expect(result.lines).toEqual([]);
      expect(result.layers[0]!.crs).toEqual({ code: 'EPSG:31370', source: 'user' });
      expectKortrijkSquare(result.layers[0]!.features[0]!.geometry);
      const lambert2008 = read(fixtureFiles('no-prj-lambert2008'), { crs: 'EPSG:3812' });
      expectKortrijkSquare(lambert2008.layers[0]!.features[0]!.geometry);
    });

    it('assumes WGS84, with a warning, when there is no .prj and the values are longitude/latitude', () => {
      const result = read(fixtureFiles('no-prj-wgs84'));
      expect(codesOf(result)).toEqual(['warning:crs-assumed-wgs84']);
      expect(result.layers[0]!.crs).toEqual({ code: 'EPSG:4326', source: 'guessed' });
      expectKortrijkSquare(result.layers[0]!.features[0]!.geometry);
    });

    it('refuses an unknown .prj, naming the system and the fix', () => {
      const result = read(fixtureFiles('unknown-prj'));
      expect(result.layers).toEqual([]);
      expect(codesOf(result)).toEqual(['error:crs-unknown-prj']);
      expect(result.problems[0]!.file).toBe('wijken.prj');
      const { message, fix } = describeProblem(result.problems[0]!);
      expect(message).toContain('WGS_1984_UTM_Zone_31N');
      expect(fix).toContain('--crs EPSG:');
      // The user can override it.
      expect(read(fixtureFiles('unknown-prj'), { crs: 'EPSG:31370' }).layers[0]!.crs).toEqual({ code: 'EPSG:31370', source: 'user' });
    });

    it('warns when the chosen system differs from the .prj, and refuses coordinates that do not fit it', () => {
      const same = read(fixtureFiles('lambert72'), { crs: 'EPSG:31370' });
      expect(same.lines).toEqual([]);
      const other = read(fixtureFiles('lambert72'), { crs: 'EPSG:4326' });
      expect(codesOf(other)).toEqual(['warning:crs-override-differs', 'error:crs-contradicts-coordinates']);
      expect(other.problems[1]!.params).toMatchObject({ declared: 'EPSG:4326', proposal: 'EPSG:31370' });
      expect(other.layers).toEqual([]);
      const lambert2008 = read(fixtureFiles('lambert72'), { crs: 'EPSG:3812' });
      expect(lambert2008.problems[1]!.params).toMatchObject({ declared: 'EPSG:3812', proposal: 'EPSG:31370' });
    });

    it('refuses longitude/latitude values in a layer said to be projected', () => {
      const result = read(fixtureFiles('no-prj-wgs84'), { crs: 'EPSG:31370' });
      expect(codesOf(result)).toEqual(['error:crs-contradicts-coordinates']);
      expect(result.problems[0]!.params).toMatchObject({ proposal: 'EPSG:4326' });
    });
  });

  describe('text encodings', () => {
    const names = ['Café Één – ë', 'Prijs € 5'];
    const namesOf = (folder: string) => read(fixtureFiles(folder));

    it('decodes Windows-1252 declared by a .cpg "1252", with é, ë, – and € right', () => {
      const result = namesOf('cp1252-cpg');
      expect(result.lines).toEqual([]);
      expect(result.layers[0]!.features.map((f) => f.properties.naam)).toEqual(names);
    });

    it('decodes Windows-1252 declared only by the DBF language driver byte', () => {
      const result = namesOf('cp1252-ldid');
      expect(result.lines).toEqual([]);
      expect(result.layers[0]!.features.map((f) => f.properties.naam)).toEqual(names);
    });

    it('tries UTF-8 when nothing is declared and falls back to Windows-1252 with a warning', () => {
      const undeclared = namesOf('cp1252-undeclared');
      expect(codesOf(undeclared)).toEqual(['warning:dbf-encoding-fallback']);
      expect(undeclared.problems[0]!.file).toBe('wijken.dbf');
      expect(undeclared.layers[0]!.features.map((f) => f.properties.naam)).toEqual(names);
      const utf8 = namesOf('utf8-undeclared');
      expect(utf8.lines).toEqual([]);
      expect(utf8.layers[0]!.features.map((f) => f.properties.naam)).toEqual(names);
    });

    it('falls back to Windows-1252, saying so, when a .cpg claims UTF-8 but the text is not', () => {
      const result = namesOf('utf8-cpg-but-1252');
      expect(codesOf(result)).toEqual(['warning:dbf-encoding-fallback']);
      expect(describeProblem(result.problems[0]!).message).toContain('wijken.cpg');
      expect(result.layers[0]!.features.map((f) => f.properties.naam)).toEqual(names);
    });
  });

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
