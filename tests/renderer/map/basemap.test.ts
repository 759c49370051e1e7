import { describe, expect, it } from 'vitest';
import { PMTiles, type Source } from 'pmtiles';
import { areaFillOpacity, AREA_FILL_OPACITY_WITH_BASEMAP, buildPmtilesBasemap } from '../../../renderer/map/layers/build-basemap-layers';
import { buildStyleUrlBasemap, checkStyleUrl } from '../../../renderer/map/layers/build-style-url-basemap';
import { BASEMAP_PREFIX } from '../../../renderer/map/layers/ids';
import { readPmtilesHeader } from '../../../renderer/map/layers/read-pmtiles-header';
import { encodeMvt, writePmtiles } from './fixtures/pmtiles-writer';

const PNG_1X1 = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC', 'base64'));
const BOUNDS: [number, number, number, number] = [3.16, 50.76, 3.38, 50.89];

function rasterArchive() {
  return writePmtiles({ tileType: 'png', bounds: BOUNDS, tiles: [{ z: 0, x: 0, y: 0, data: PNG_1X1 }, { z: 1, x: 1, y: 0, data: PNG_1X1 }, { z: 2, x: 2, y: 1, data: PNG_1X1 }], metadata: { attribution: 'test' } });
}

function vectorArchive(tileCompression: 'none' | 'brotli' = 'none') {
  const tile = encodeMvt({ water: [{ geometry: { type: 'Polygon', rings: [[[3.2, 50.8], [3.3, 50.8], [3.3, 50.85], [3.2, 50.8]]] }, properties: { kind: 'river' } }] }, 3, 4, 2);
  return writePmtiles({ tileType: 'mvt', bounds: BOUNDS, tiles: [{ z: 3, x: 4, y: 2, data: tile }], tileCompression, metadata: { vector_layers: [{ id: 'water' }] } });
}

describe('PMTiles header detection', () => {
  it('reads a raster archive: type, zooms, bounds', () => {
    const info = readPmtilesHeader(rasterArchive());
    expect(info).toMatchObject({ specVersion: 3, tileType: 'png', kind: 'raster', problem: null, minZoom: 0, maxZoom: 2, internalCompression: 'none' });
    info.bounds.forEach((v, i) => expect(v).toBeCloseTo(BOUNDS[i]!, 6));
    expect(info.metadata.length).toBeGreaterThan(0);
  });
  it('reads a vector archive and reads from an ArrayBuffer as well', () => {
    const bytes = vectorArchive();
    const info = readPmtilesHeader(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + 127) as ArrayBuffer);
    expect(info).toMatchObject({ tileType: 'mvt', kind: 'vector', minZoom: 3, maxZoom: 3 });
  });
  it('marks archives it cannot decode', () => {
    expect(readPmtilesHeader(vectorArchive('brotli'))).toMatchObject({ kind: 'unsupported', problem: 'compression', tileCompression: 'brotli' });
    const unknown = rasterArchive();
    unknown[99] = 0;
    expect(readPmtilesHeader(unknown)).toMatchObject({ kind: 'unsupported', problem: 'unknown-tile-type' });
  });
  it('refuses what is not a PMTiles v3 header', () => {
    expect(() => readPmtilesHeader(new Uint8Array(10))).toThrow(/127 bytes/);
    expect(() => readPmtilesHeader(new TextEncoder().encode('x'.repeat(200)))).toThrow(/Not a PMTiles/);
    const v2 = rasterArchive();
    v2[7] = 2;
    expect(() => readPmtilesHeader(v2)).toThrow(/version 3/);
    expect(() => readPmtilesHeader('PMTiles' as never)).toThrow(TypeError);
  });
  it('writes archives the pmtiles library reads (the test fixture writer is valid)', async () => {
    const bytes = rasterArchive();
    const source: Source = { getKey: () => 'mem', getBytes: async (offset, length) => ({ data: bytes.slice(offset, offset + length).buffer }) };
    const archive = new PMTiles(source);
    expect((await archive.getHeader()).tileType).toBe(2);
    const tile = await archive.getZxy(2, 2, 1);
    expect(new Uint8Array(tile!.data)).toEqual(PNG_1X1);
    expect(await archive.getZxy(2, 0, 0)).toBeUndefined();
    expect(await archive.getMetadata()).toEqual({ attribution: 'test' });
  });
});

describe('PMTiles basemap style', () => {
  it('draws a raster archive as one raster layer from the pmtiles:// protocol', () => {
    const style = buildPmtilesBasemap(readPmtilesHeader(rasterArchive()), 'basemap-1', [], ['© test']);
    expect(style.layers.map((l) => l.id)).toEqual(['basemap-raster']);
    const source = style.sources['basemap-pmtiles'] as { type: string; tiles: string[]; minzoom: number; maxzoom: number; bounds: number[] };
    expect(source).toMatchObject({ type: 'raster', tiles: ['pmtiles://basemap-1/{z}/{x}/{y}'], minzoom: 0, maxzoom: 2 });
    expect(style.attribution).toEqual(['© test']);
    expect(JSON.stringify(style)).not.toMatch(/https?:/);
  });
  it('styles a Protomaps vector archive by its layers, without labels', () => {
    const info = readPmtilesHeader(vectorArchive());
    const style = buildPmtilesBasemap(info, 'basemap-2', ['earth', 'water', 'roads', 'landuse', 'places', 'pois']);
    const ids = style.layers.map((l) => l.id);
    expect(ids).toEqual(['basemap-background', 'basemap-earth', 'basemap-landuse', 'basemap-water', 'basemap-water-line', 'basemap-roads-casing', 'basemap-roads-minor', 'basemap-roads']);
    expect(style.layers.some((l) => l.type === 'symbol')).toBe(false);
    expect(style.sources['basemap-pmtiles']).toMatchObject({ type: 'vector' });
    expect(ids.every((id) => id.startsWith(BASEMAP_PREFIX))).toBe(true);
  });
  it('draws any other vector archive as plain fills and lines per source layer', () => {
    const style = buildPmtilesBasemap(readPmtilesHeader(vectorArchive()), 'basemap-3', ['gebouwen', 'wegen en paden']);
    expect(style.layers.map((l) => l.id)).toEqual(['basemap-gebouwen-fill', 'basemap-gebouwen-line', 'basemap-wegen_en_paden-fill', 'basemap-wegen_en_paden-line']);
    expect(style.layers.map((l) => (l as { 'source-layer'?: string })['source-layer'])).toEqual(['gebouwen', 'gebouwen', 'wegen en paden', 'wegen en paden']);
  });
  it('refuses archives it cannot show and unsafe keys', () => {
    expect(() => buildPmtilesBasemap(readPmtilesHeader(vectorArchive('brotli')), 'k', [])).toThrow(/cannot be shown/);
    expect(() => buildPmtilesBasemap(readPmtilesHeader(rasterArchive()), 'a/b c', [])).toThrow(/key/);
  });
  it('makes the areas semi-transparent over a shown basemap only', () => {
    expect(areaFillOpacity(true)).toBe(AREA_FILL_OPACITY_WITH_BASEMAP);
    expect(AREA_FILL_OPACITY_WITH_BASEMAP).toBeLessThan(1);
    expect(areaFillOpacity(false)).toBe(1);
  });
});

describe('style URL basemap', () => {
  const style = {
    version: 8,
    glyphs: 'https://tiles.example.org/fonts/{fontstack}/{range}.pbf',
    sprite: 'https://tiles.example.org/sprite',
    sources: {
      osm: { type: 'vector', url: 'tiles.json', attribution: '<a href="https://osm.org">&copy; OpenStreetMap</a>' },
      sat: { type: 'raster', tiles: ['/raster/{z}/{x}/{y}.png'], tileSize: 256 },
    },
    layers: [
      { id: 'bg', type: 'background', paint: { 'background-color': '#eee' } },
      { id: 'water', type: 'fill', source: 'osm', 'source-layer': 'water', paint: { 'fill-color': '#acd' } },
      { id: 'park-pattern', type: 'fill', source: 'osm', 'source-layer': 'park', paint: { 'fill-pattern': 'park' } },
      { id: 'roads', type: 'line', source: 'osm', 'source-layer': 'roads' },
      { id: 'labels', type: 'symbol', source: 'osm', 'source-layer': 'place', layout: { 'text-field': '{name}' } },
      { id: 'photo', type: 'raster', source: 'sat' },
      { id: 'orphan', type: 'line', source: 'missing' },
    ],
  };
  it('prefixes ids, resolves relative URLs and keeps geometry and imagery only', () => {
    const { basemap, dropped } = buildStyleUrlBasemap(style, 'https://tiles.example.org/styles/light/style.json');
    expect(Object.keys(basemap.sources)).toEqual(['basemap-osm', 'basemap-sat']);
    expect(basemap.sources['basemap-osm']).toMatchObject({ url: 'https://tiles.example.org/styles/light/tiles.json' });
    expect(basemap.sources['basemap-sat']).toMatchObject({ tiles: ['https://tiles.example.org/raster/{z}/{x}/{y}.png'] });
    expect(basemap.layers.map((l) => l.id)).toEqual(['basemap-bg', 'basemap-water', 'basemap-roads', 'basemap-photo']);
    expect(basemap.layers.map((l) => (l as { source?: string }).source)).toEqual([undefined, 'basemap-osm', 'basemap-osm', 'basemap-sat']);
    expect(dropped).toEqual(['park-pattern', 'labels', 'orphan']);
    expect(basemap.attribution).toEqual(['© OpenStreetMap']);
    expect(JSON.stringify(basemap)).not.toContain('sprite');
  });
  it('refuses what is not a usable style', () => {
    const url = 'https://tiles.example.org/style.json';
    expect(() => buildStyleUrlBasemap({ version: 7, sources: {}, layers: [] }, url)).toThrow(/version 8/);
    expect(() => buildStyleUrlBasemap({ version: 8 }, url)).toThrow(/no sources/);
    expect(() => buildStyleUrlBasemap('x', url)).toThrow(TypeError);
    expect(() => buildStyleUrlBasemap({ version: 8, sources: { a: { type: 'vector', url: 'mapbox://mapbox.streets' } }, layers: [] }, url)).toThrow(/mapbox/);
  });
  it('accepts https (and http only on the loopback)', () => {
    expect(checkStyleUrl(' https://tiles.example.org/style.json ').host).toBe('tiles.example.org');
    expect(checkStyleUrl('http://127.0.0.1:8080/style.json').port).toBe('8080');
    expect(() => checkStyleUrl('http://tiles.example.org/style.json')).toThrow(/https/);
    expect(() => checkStyleUrl('file:///etc/passwd')).toThrow(/https/);
    expect(() => checkStyleUrl('style.json')).toThrow(/Not a URL/);
    expect(() => checkStyleUrl('')).toThrow(TypeError);
  });
});
