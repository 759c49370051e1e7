import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { describeProblem } from '../../../../data/problems';
import { codesOf, expectKortrijkSquare, expectRfc7946 } from './boundary-expectations';
import { fixtureFiles, read } from './fixture-files';

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

});
