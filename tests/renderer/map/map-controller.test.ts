import type { FeatureCollection, Point } from 'geojson';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AreaCollection, Centre } from '../../../data/package';
import type { AreaFeatureState } from '../../../renderer/map/build-area-feature-states';
import { BASEMAP_PREFIX, CENTRE_SPACE, LAYERS, SOURCES, SUPPRESSED_PATTERN } from '../../../renderer/map/layers/ids';
import { MapController, type MapContent, type MapControllerEvents } from '../../../renderer/map/map-controller';
import { FakeMap, fakeMaplibreModule, type FakeLayer } from './fake-maplibre';

vi.mock('maplibre-gl', async () => (await import('./fake-maplibre')).fakeMaplibreModule);
vi.mock('maplibre-gl/dist/maplibre-gl-worker.mjs?url', () => ({ default: '/assets/maplibre-gl-worker.mjs' }));

const square = (code: string, lon: number, lat: number): AreaCollection['features'][number] => ({
  type: 'Feature',
  properties: { code, name: `Wijk ${code}`, level: 'wijk' },
  geometry: { type: 'Polygon', coordinates: [[[lon, lat], [lon + 0.01, lat], [lon + 0.01, lat + 0.01], [lon, lat + 0.01], [lon, lat]]] },
});
const AREAS: AreaCollection = { type: 'FeatureCollection', features: [square('A', 3.2, 50.8), square('B', 3.25, 50.82), square('C', 3.3, 50.85)] };
const LABELS: FeatureCollection<Point, { code: string; name: string }> = {
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: { code: 'T1', name: 'Team 1' }, geometry: { type: 'Point', coordinates: [3.25, 50.82] } }],
};
const centre = (id: string, lon: number, lat: number): Centre => ({ id, name: `Centrum ${id}`, teamId: 'T1', address: null, lon, lat, locationQuality: null });
const CONTENT: MapContent = { areas: AREAS, territories: null, territoryLabels: LABELS, centres: [centre('c1', 3.21, 50.81)] };
const shown = (fill: string): AreaFeatureState => ({ fill, status: 'shown' });
const suppressed: AreaFeatureState = { fill: '#bdbdbd', status: 'suppressed' };

function events() {
  return {
    onHover: vi.fn<MapControllerEvents['onHover']>(),
    onIdle: vi.fn<MapControllerEvents['onIdle']>(),
    onRender: vi.fn<() => void>(),
    onClick: vi.fn<(code: string | null) => void>(),
    onError: vi.fn<(error: unknown) => void>(),
  } satisfies MapControllerEvents;
}

/** A controller on a fresh fake map, the style loaded (unless `load` is false). */
function setUp(load = true) {
  const on = events();
  const controller = new MapController({} as HTMLElement, on);
  const map = FakeMap.instances.at(-1)!;
  if (load) map.fireLoad();
  return { controller, map, on };
}

/** Lets the promises of setData settle (their rejections reach onError). */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  FakeMap.instances.length = 0;
});

describe('MapController on a fake MapLibre map', () => {
  it('builds the map from the pure builders once the style has loaded: sources, layers, the hatch image', () => {
    const { map, controller } = setUp(false);
    expect(fakeMaplibreModule.workerUrl).toBe('/assets/maplibre-gl-worker.mjs');
    expect(map.options).toMatchObject({ attributionControl: false, maxPitch: 0, dragRotate: false });
    expect(map.controls).toHaveLength(2);
    expect(map.layerIds()).toEqual([LAYERS.background]);
    expect(controller.hasRenderedAreas()).toBe(false);
    map.fireLoad();
    for (const id of [SOURCES.areas, SOURCES.areaSuppressed, SOURCES.areaMarks, SOURCES.territories, SOURCES.territoryLabels, SOURCES.areaLabels, SOURCES.centres]) expect(map.geojson(id).features()).toEqual([]);
    expect(map.geojson(SOURCES.areas).spec.promoteId).toBe('code');
    expect(map.images.has(SUPPRESSED_PATTERN)).toBe(true);
    expect(map.images.has(CENTRE_SPACE)).toBe(true);
    const ids = map.layerIds();
    for (const id of [LAYERS.areaFill, LAYERS.areaSuppressed, LAYERS.areaOutline, LAYERS.areaHover, LAYERS.areaEmphasis, LAYERS.territoryLine, LAYERS.territoryLabel, LAYERS.areaLabel, LAYERS.centreCircle, LAYERS.centreLabel]) expect(ids).toContain(id);
    // Areas at the bottom; the centre labels on top (placed first), then the area names, then the team names.
    expect(ids.indexOf(LAYERS.areaFill)).toBeLessThan(ids.indexOf(LAYERS.territoryLine));
    expect(ids.indexOf(LAYERS.centreLabel)).toBeGreaterThan(ids.indexOf(LAYERS.areaLabel));
    expect(ids.indexOf(LAYERS.areaLabel)).toBeGreaterThan(ids.indexOf(LAYERS.territoryLabel));
    expect(map.errors).toEqual([]);
  });

  it('queues calls made before the style loaded and runs them in order after it', () => {
    const { map, controller } = setUp(false);
    controller.setContent(CONTENT, false);
    controller.applyFeatureStates(new Map([['A', shown('#ff0000')]]));
    controller.setSelected('B');
    expect(map.sources.size).toBe(0); // nothing touched the style yet (MapLibre would throw)
    map.fireLoad();
    expect(map.geojson(SOURCES.areas).features().map((f) => f.properties?.code)).toEqual(['A', 'B', 'C']);
    expect(map.featureStates.get(SOURCES.areas)?.get('A')).toEqual({ fill: '#ff0000', status: 'shown' });
    expect(map.geojson(SOURCES.areaMarks).features().map((f) => f.properties)).toEqual([{ code: 'B', mark: 'selected' }]);
    expect(map.errors).toEqual([]);
  });

  it('places the staffing map’s FTE labels before location and area names, and plain team names after them', () => {
    const { map, controller } = setUp();
    const below = (id: string) => map.layerIds()[map.layerIds().indexOf(id) - 1];
    controller.setTerritoryLabels(LABELS, true);
    expect(below(LAYERS.centreSpace)).toBe(LAYERS.territoryLabel);
    expect(map.getLayer(LAYERS.territoryLabel)!.layout['text-allow-overlap']).toBe(true);
    controller.setTerritoryLabels(LABELS, false);
    expect(below(LAYERS.areaLabel)).toBe(LAYERS.territoryLabel);
    expect(map.getLayer(LAYERS.territoryLabel)!.layout['text-allow-overlap']).toBe(false);
  });

  it('draws the names of a country-sized level only from zoom 11 (19,790 sector names kept the map busy for minutes)', () => {
    const { map, controller } = setUp();
    controller.setContent(CONTENT, false);
    expect(map.getLayer(LAYERS.areaLabel)!.minzoom).toBe(0);
    const many: AreaCollection = { type: 'FeatureCollection', features: Array.from({ length: 1_001 }, (_, i) => square(`S${i}`, 2.5 + (i % 40) * 0.011, 50 + Math.floor(i / 40) * 0.011)) };
    controller.setContent({ ...CONTENT, areas: many }, false);
    expect(map.getLayer(LAYERS.areaLabel)!.minzoom).toBe(11);
    controller.setContent(CONTENT, false);
    expect(map.getLayer(LAYERS.areaLabel)!.minzoom).toBe(0);
  });

  it('setContent swaps every source, empties the marks and the hatch, and fits the view only when asked', () => {
    const { map, controller } = setUp();
    controller.setContent({ ...CONTENT, territories: AREAS }, false);
    expect(map.cameraCalls).toEqual([]);
    expect(map.geojson(SOURCES.territories).features()).toHaveLength(3);
    expect(map.geojson(SOURCES.territoryLabels).data).toBe(LABELS);
    // The areas are the territories (the team level): no area names, the team labels say them.
    expect(map.geojson(SOURCES.areaLabels).features()).toEqual([]);
    expect(map.geojson(SOURCES.centres).features()).toEqual([
      { type: 'Feature', id: 'c1', properties: { id: 'c1', name: 'Centrum c1', team: 'T1' }, geometry: { type: 'Point', coordinates: [3.21, 50.81] } },
    ]);
    expect(map.getLayer(LAYERS.areaSuppressed)?.filter).toEqual(['boolean', false]);

    controller.applyFeatureStates(new Map([['A', shown('#ff0000')]]));
    controller.setHovered('A');
    controller.setContent(CONTENT, true);
    expect(map.featureStates.get(SOURCES.areas)).toBeUndefined(); // all states of the old content removed
    expect(map.geojson(SOURCES.areaMarks).features()).toEqual([]);
    expect(map.geojson(SOURCES.territories).features()).toEqual([]); // no territories: empty, not the old ones
    expect(map.geojson(SOURCES.areaLabels).features()).toHaveLength(AREAS.features.length); // a name per area
    expect(map.cameraCalls).toEqual([{ method: 'fitBounds', args: [[3.2, 50.8, 3.3 + 0.01, 50.85 + 0.01], { padding: 40, animate: false }] }]);
    expect(map.errors).toEqual([]);
  });

  it('draws early areas alone and fitted, and does not send the same areas again when the content follows', () => {
    const { map, controller } = setUp();
    controller.setEarlyAreas(AREAS);
    expect(map.geojson(SOURCES.areas).calls).toEqual([AREAS]);
    for (const id of [SOURCES.areaLabels, SOURCES.centres, SOURCES.territories, SOURCES.territoryLabels]) expect(map.geojson(id).features()).toEqual([]);
    expect(map.cameraCalls).toEqual([{ method: 'fitBounds', args: [[3.2, 50.8, 3.3 + 0.01, 50.85 + 0.01], { padding: 40, animate: false }] }]);
    controller.setContent(CONTENT, false);
    expect(map.geojson(SOURCES.areas).calls).toEqual([AREAS]); // parsed and tiled once
    expect(map.geojson(SOURCES.areaLabels).features()).toHaveLength(AREAS.features.length);
    expect(map.geojson(SOURCES.centres).features()).toHaveLength(1);
    const other: AreaCollection = { type: 'FeatureCollection', features: [square('D', 3.4, 50.9)] };
    controller.setContent({ ...CONTENT, areas: other }, false);
    expect(map.geojson(SOURCES.areas).calls).toEqual([AREAS, other]);
    expect(map.errors).toEqual([]);
  });

  it('writes only the feature states that changed and removes those of areas no longer coloured', () => {
    const { map, controller } = setUp();
    controller.setContent(CONTENT, false);
    const spy = vi.spyOn(map, 'setFeatureState');
    const remove = vi.spyOn(map, 'removeFeatureState');
    controller.applyFeatureStates(new Map([['A', shown('#ff0000')], ['B', shown('#00ff00')], ['C', shown('#0000ff')]]));
    expect(spy).toHaveBeenCalledTimes(3);
    spy.mockClear();
    controller.applyFeatureStates(new Map([['A', shown('#ff0000')], ['B', shown('#123456')]]));
    expect(spy.mock.calls).toEqual([[{ source: SOURCES.areas, id: 'B' }, { fill: '#123456', status: 'shown' }]]);
    expect(remove.mock.calls).toEqual([[{ source: SOURCES.areas, id: 'C' }]]);
    expect([...map.featureStates.get(SOURCES.areas)!.keys()].sort()).toEqual(['A', 'B']);
    expect(map.errors).toEqual([]);
  });

  it('hatches suppressed areas through the filter; the hatch source gets the geometry once, when first needed', () => {
    const { map, controller } = setUp();
    controller.setContent(CONTENT, false);
    const hatch = map.geojson(SOURCES.areaSuppressed);
    const callsAfterContent = hatch.calls.length;
    controller.applyFeatureStates(new Map([['A', shown('#ff0000')]]));
    expect(hatch.calls).toHaveLength(callsAfterContent); // nothing suppressed: no geometry loaded
    controller.applyFeatureStates(new Map([['A', suppressed], ['B', suppressed]]));
    expect(hatch.calls).toHaveLength(callsAfterContent + 1);
    expect(hatch.data).toBe(AREAS);
    expect(map.getLayer(LAYERS.areaSuppressed)?.filter).toEqual(['match', ['get', 'code'], ['A', 'B'], true, false]);
    const setFilter = vi.spyOn(map, 'setFilter');
    controller.applyFeatureStates(new Map([['A', suppressed], ['B', suppressed], ['C', shown('#000000')]]));
    expect(setFilter).not.toHaveBeenCalled(); // same suppressed set: the filter stays
    controller.applyFeatureStates(new Map([['C', suppressed]]));
    expect(hatch.calls).toHaveLength(callsAfterContent + 1); // loaded once
    expect(map.getLayer(LAYERS.areaSuppressed)?.filter).toEqual(['match', ['get', 'code'], ['C'], true, false]);
    expect(map.errors).toEqual([]);
  });

  it('draws hover, selection and chart highlights from the small marks source; unknown codes and repeats are skipped', () => {
    const { map, controller } = setUp();
    controller.setContent(CONTENT, false);
    const marks = map.geojson(SOURCES.areaMarks);
    controller.setHighlighted(['A', 'Z']);
    controller.setSelected('B');
    controller.setHovered('C');
    expect(marks.features().map((f) => f.properties)).toEqual([
      { code: 'A', mark: 'highlight' },
      { code: 'B', mark: 'selected' },
      { code: 'C', mark: 'hover' },
    ]);
    expect(marks.features()[0]!.geometry).toEqual(AREAS.features[0]!.geometry);
    const calls = marks.calls.length;
    controller.setHighlighted(['A', 'Z']);
    controller.setSelected('B');
    controller.setHovered('C');
    expect(marks.calls).toHaveLength(calls);
    controller.setHovered(null);
    expect(marks.features().map((f) => f.properties?.mark)).toEqual(['highlight', 'selected']);
  });

  it('reports a refused setData through onError and keeps updating the other sources', async () => {
    const { map, controller, on } = setUp();
    const refusal = new Error('worker could not parse the GeoJSON');
    map.geojson(SOURCES.areas).refuseNext(refusal);
    controller.setContent(CONTENT, false);
    await settle();
    expect(on.onError).toHaveBeenCalledTimes(1);
    expect(on.onError).toHaveBeenCalledWith(refusal);
    expect(map.geojson(SOURCES.areas).features()).toEqual([]); // the map keeps what it showed
    expect(map.geojson(SOURCES.territoryLabels).data).toBe(LABELS);
    expect(map.geojson(SOURCES.centres).features()).toHaveLength(1);
    map.geojson(SOURCES.territoryLabels).refuseNext('not an Error');
    controller.setTerritoryLabels(LABELS);
    await settle();
    expect(on.onError).toHaveBeenCalledTimes(2);
    expect(on.onError.mock.calls[1]![0]).toBeInstanceOf(Error);
  });

  it('passes pointer events on: hover and leave over the areas, clicks on an area or on empty map, idle and render', () => {
    const { map, on } = setUp();
    map.fire('mousemove', { features: [{ id: 'B' }], point: { x: 10, y: 20 } }, LAYERS.areaFill);
    expect(on.onHover).toHaveBeenLastCalledWith('B', { x: 10, y: 20 });
    map.fire('mousemove', { features: [], point: { x: 1, y: 2 } }, LAYERS.areaFill);
    expect(on.onHover).toHaveBeenLastCalledWith(null, { x: 1, y: 2 });
    map.fire('mouseleave', {}, LAYERS.areaFill);
    expect(on.onHover).toHaveBeenLastCalledWith(null, null);
    map.fire('mouseenter', {}, LAYERS.areaFill);
    expect(map.canvas.style.cursor).toBe('pointer');
    map.rendered = [{ layer: LAYERS.areaFill, feature: { id: 'C' } }];
    map.fire('click', { point: { x: 5, y: 5 }, lngLat: { lng: 3.3, lat: 50.85 } });
    expect(on.onClick).toHaveBeenLastCalledWith('C');
    map.rendered = [];
    map.fire('click', { point: { x: 5, y: 5 }, lngLat: { lng: 3.3, lat: 50.85 } });
    expect(on.onClick).toHaveBeenLastCalledWith(null);
    map.fire('idle', {});
    map.fire('render', {});
    expect(on.onIdle).toHaveBeenCalledTimes(1);
    expect(on.onRender).toHaveBeenCalledTimes(1);
    expect(map.errors).toEqual([]);
  });

  it('edits centres: a click adds one (and is no area click), a drag moves one live and reports it once on release', () => {
    const { map, controller, on } = setUp();
    controller.setContent(CONTENT, false);
    const onAdd = vi.fn();
    const onMove = vi.fn();
    controller.setCentreEditing({ adding: true, onAdd, onMove });
    expect(map.canvas.style.cursor).toBe('crosshair');
    map.fire('click', { point: { x: 1, y: 1 }, lngLat: { lng: 3.22, lat: 50.83 } });
    expect(onAdd).toHaveBeenCalledWith(3.22, 50.83);
    expect(on.onClick).not.toHaveBeenCalled();

    controller.setCentreEditing({ adding: false, onAdd, onMove });
    map.fire('mousedown', { features: [{ properties: { id: 'c1' } }] }, LAYERS.centreCircle);
    expect(map.canvas.style.cursor).toBe('grabbing');
    map.fire('mousemove', { lngLat: { lng: 3.24, lat: 50.84 } });
    map.fire('mousemove', { lngLat: { lng: 3.25, lat: 50.845 } });
    expect(map.geojson(SOURCES.centres).features()[0]!.geometry).toEqual({ type: 'Point', coordinates: [3.25, 50.845] });
    expect(onMove).not.toHaveBeenCalled();
    map.fire('mouseup', { lngLat: { lng: 3.25, lat: 50.845 } });
    expect(onMove.mock.calls).toEqual([['c1', 3.25, 50.845]]);
    expect(map.canvas.style.cursor).toBe('');
    // Without editing, a mousedown on a centre starts no drag.
    controller.setCentreEditing(null);
    map.fire('mousedown', { features: [{ properties: { id: 'c1' } }] }, LAYERS.centreCircle);
    map.fire('mouseup', { lngLat: { lng: 0, lat: 0 } });
    expect(onMove).toHaveBeenCalledTimes(1);
  });

  it('puts a basemap under the areas and replaces or removes it without MapLibre refusing anything', () => {
    const { map, controller } = setUp();
    const style = (name: string) => ({
      sources: { [`${BASEMAP_PREFIX}${name}`]: { type: 'raster', tiles: ['pmtiles://x/{z}/{x}/{y}'] } },
      layers: [{ id: `${BASEMAP_PREFIX}${name}-layer`, type: 'raster', source: `${BASEMAP_PREFIX}${name}` }],
    });
    controller.setBasemap(style('one') as never);
    const ids = map.layerIds();
    expect(ids.indexOf('basemap-one-layer')).toBe(ids.indexOf(LAYERS.areaFill) - 1);
    expect(controller.basemapLayerIds).toEqual(['basemap-one-layer']);
    controller.setBasemap(style('two') as never);
    expect(map.layerIds().filter((id) => id.startsWith(BASEMAP_PREFIX))).toEqual(['basemap-two-layer']);
    expect(map.sources.has('basemap-one')).toBe(false);
    controller.setBasemap(null);
    expect(map.layerIds().filter((id) => id.startsWith(BASEMAP_PREFIX))).toEqual([]);
    expect([...map.sources.keys()].filter((id) => id.startsWith(BASEMAP_PREFIX))).toEqual([]);
    expect(controller.basemapLayerIds).toEqual([]);
    expect(map.errors).toEqual([]);
  });

  it('adds an overlay once and then only swaps its data; shows, hides and orders layers; adds an image once', () => {
    const { map, controller } = setUp();
    const ring: FakeLayer = { id: LAYERS.ringLine, type: 'line', source: SOURCES.rings, layout: {}, paint: {} };
    const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
    controller.setOverlay(SOURCES.rings, empty, [ring as never], LAYERS.centreCircle);
    const ids = map.layerIds();
    expect(ids.indexOf(LAYERS.ringLine)).toBe(ids.indexOf(LAYERS.centreCircle) - 1);
    controller.setOverlay(SOURCES.rings, LABELS, [ring as never], LAYERS.centreCircle);
    expect(map.geojson(SOURCES.rings).data).toBe(LABELS);
    controller.setOverlay('gaps-without-anchor', empty, [{ id: 'gap-x', type: 'line', source: 'gaps-without-anchor' } as never], 'no-such-layer');
    expect(map.layerIds().at(-1)).toBe('gap-x'); // a missing anchor: on top, not refused

    controller.setLayersVisible([LAYERS.territoryLine, 'no-such-layer'], false);
    expect(map.getLayer(LAYERS.territoryLine)?.layout.visibility).toBe('none');
    controller.setLayersVisible([LAYERS.territoryLine], true);
    expect(map.getLayer(LAYERS.territoryLine)?.layout.visibility).toBe('visible');

    controller.orderLayerGroups([[LAYERS.territoryLine], [LAYERS.centreCircle, LAYERS.centreLabel], ['no-such-layer']]);
    expect(map.layerIds().slice(-3)).toEqual([LAYERS.centreCircle, LAYERS.centreLabel, LAYERS.territoryLine]);

    controller.setPaintProperty(LAYERS.centreCircle, 'circle-color', '#123456');
    controller.setPaintProperty('no-such-layer', 'circle-color', '#123456');
    expect(map.getLayer(LAYERS.centreCircle)?.paint['circle-color']).toBe('#123456');
    const image = { width: 1, height: 1, data: new Uint8Array(4) };
    controller.addImageOnce('gap-hatch', image);
    controller.addImageOnce('gap-hatch', image);
    expect(map.errors).toEqual([]);
  });

  it('flies to search results, fits boxes, and removes the map on destroy', () => {
    const { map, controller } = setUp();
    controller.flyTo([3.26, 50.82]);
    controller.fitBox([3.2, 50.8, 3.3, 50.9]);
    expect(map.cameraCalls).toEqual([
      { method: 'flyTo', args: [{ center: [3.26, 50.82], zoom: 14, essential: true }] },
      { method: 'fitBounds', args: [[3.2, 50.8, 3.3, 50.9], { padding: 60, maxZoom: 15 }] },
    ]);
    map.rendered = [{ layer: LAYERS.areaFill, feature: { id: 'A' } }];
    expect(controller.hasRenderedAreas()).toBe(true);
    controller.destroy();
    expect(map.removed).toBe(true);
  });
});
