import { describe, expect, it } from 'vitest';
import type { LayerSpecification } from 'maplibre-gl';
import { buildAreaLayers } from '../../../renderer/map/layers/build-area-layers';
import { buildCatchmentRingsLayers, RING_DASH } from '../../../renderer/map/layers/build-catchment-rings-layers';
import { buildAreaLabelLayers } from '../../../renderer/map/layers/build-area-label-layers';
import { buildCentreLayers } from '../../../renderer/map/layers/build-centre-layers';
import { buildGapHatchImage, buildGapLayers } from '../../../renderer/map/layers/build-gap-layers';
import { ALWAYS_ON_TOP, buildLayerDrawingOrder, LABEL_ORDER, labelDrawingOrder, LAYER_GROUPS, mapLayerIdsOf, SEARCH_LABEL } from '../../../renderer/map/layers/build-layer-groups';
import { buildSearchResultLayers } from '../../../renderer/map/layers/build-search-result-layers';
import { buildTerritoryLayers } from '../../../renderer/map/layers/build-territory-layers';
import { GAP_PATTERN, LAYERS, SOURCES } from '../../../renderer/map/layers/ids';
import { buildTeamColourMatch } from '../../../renderer/map/team-colours';
import { DEFAULT_LAYER_ORDER } from '../../../renderer/features/explorer/state/layers-slice';

const paintOf = (l: LayerSpecification) => (l as { paint?: Record<string, unknown> }).paint ?? {};

describe('catchment ring layers', () => {
  const layers = buildCatchmentRingsLayers();
  it('draws a light fill and the rings from the rings source, the fill first', () => {
    expect(layers.map((l) => l.id)).toEqual([LAYERS.ringFill, LAYERS.ringLineDashed, LAYERS.ringLine]);
    expect(layers.every((l) => 'source' in l && l.source === SOURCES.rings)).toBe(true);
    expect(paintOf(layers[0]!)['fill-opacity']).toBeLessThanOrEqual(0.1);
  });
  it('dashes only the larger modes, and colours rings by their team colour', () => {
    const [, dashed, solid] = layers;
    expect(paintOf(dashed!)['line-dasharray']).toEqual([...RING_DASH]);
    expect(paintOf(solid!)['line-dasharray']).toBeUndefined();
    expect(JSON.stringify((dashed as { filter: unknown }).filter)).toContain('"dashed"],true');
    expect(JSON.stringify((solid as { filter: unknown }).filter)).toContain('"dashed"],false');
    expect(JSON.stringify(paintOf(solid!)['line-color'])).toContain('colour');
  });
});

describe('gap layers', () => {
  const layers = buildGapLayers();
  it('hatches, outlines on a casing and numbers the gaps', () => {
    expect(layers.map((l) => l.id)).toEqual([LAYERS.gapFill, LAYERS.gapCasing, LAYERS.gapOutline, LAYERS.gapBadge, LAYERS.gapLabel]);
    expect(paintOf(layers[0]!)['fill-pattern']).toBe(GAP_PATTERN);
    expect(Number(JSON.stringify(paintOf(layers[2]!)['line-width']).match(/\d+(\.\d+)?/g)!.at(-1))).toBeGreaterThanOrEqual(3);
    const label = layers[4] as { source: string; layout: Record<string, unknown> };
    expect(label.source).toBe(SOURCES.gapLabels);
    expect(label.layout['text-field']).toEqual(['to-string', ['get', 'rank']]);
    expect(JSON.stringify(label.layout['text-font'])).toContain('Noto Sans');
  });
  it('draws a hatch image the other way from the suppressed hatch', () => {
    const image = buildGapHatchImage();
    expect(image).toMatchObject({ width: 10, height: 10 });
    expect(image.data).toHaveLength(400);
    const purple = (x: number, y: number) => image.data[(y * 10 + x) * 4] === 0x4a && image.data[(y * 10 + x) * 4 + 3]! > 0;
    const white = (x: number, y: number) => image.data[(y * 10 + x) * 4] === 255;
    // Top-left to bottom-right: (0,0), (1,1), (5,5)… are purple, the pixel to their right white.
    expect([purple(0, 0), purple(1, 1), purple(5, 5), purple(9, 0), purple(0, 9)]).toEqual([true, true, true, false, true]);
    expect([white(2, 0), white(7, 5), white(3, 0)]).toEqual([true, true, false]);
    expect(() => buildGapHatchImage(2)).toThrow(RangeError);
  });
});

describe('centre layers in team colours', () => {
  it('takes a match expression as the circle colour', () => {
    const match = buildTeamColourMatch(new Map([['noord', '#0072b2']]));
    expect(paintOf(buildCentreLayers(match)[0]!)['circle-color']).toEqual(match);
    expect(paintOf(buildCentreLayers()[0]!)['circle-color']).toBe('#1d3557');
  });
});

describe('search result outline', () => {
  it('is a dark line on a white casing and a bold name from the search result source', () => {
    const layers = buildSearchResultLayers();
    expect(layers.map((l) => l.id)).toEqual([...ALWAYS_ON_TOP, ...SEARCH_LABEL]);
    expect(layers.every((l) => 'source' in l && l.source === SOURCES.searchResult)).toBe(true);
    const label = layers.find((l) => l.id === 'search-result-label')!;
    expect(label.type).toBe('symbol');
    // Always placed: the name of what was searched does not yield to an area or team name.
    expect((label.layout as Record<string, unknown>)['text-allow-overlap']).toBe(true);
    expect((label.layout as Record<string, unknown>)['text-field']).toEqual(['get', 'label']);
    expect((label as { filter?: unknown }).filter).toEqual(['==', ['geometry-type'], 'Point']);
    // The outline is drawn for polygons only, the name for the point only.
    for (const line of layers.filter((l) => l.type === 'line')) expect(JSON.stringify((line as { filter?: unknown }).filter)).toContain('Polygon');
  });
});

describe('layer groups and drawing order', () => {
  it('covers every built layer exactly once', () => {
    const built = [...buildAreaLayers(), ...buildAreaLabelLayers(), ...buildTerritoryLayers(), ...buildCentreLayers(), ...buildCatchmentRingsLayers(), ...buildGapLayers()].map((l) => l.id).sort();
    const grouped = Object.values(LAYER_GROUPS).flatMap((g) => [...g.layers, ...g.marks, ...g.labels]).sort();
    expect(grouped).toEqual(built);
    expect([...LABEL_ORDER].sort()).toEqual(Object.values(LAYER_GROUPS).flatMap((g) => g.labels).sort());
  });
  it('maps list entries to their MapLibre layers, the basemap to what is loaded', () => {
    expect(mapLayerIdsOf('centres', [])).toEqual(['centre-circle', 'centre-label', 'centre-space']);
    expect(mapLayerIdsOf('basemap', ['basemap-raster'])).toEqual(['basemap-raster']);
    expect(() => mapLayerIdsOf('nope' as never, [])).toThrow(RangeError);
  });
  it('puts the search name on top, then the labels, then the search outline, then the area marks, then the list order', () => {
    const groups = buildLayerDrawingOrder(DEFAULT_LAYER_ORDER, ['basemap-background', 'basemap-roads']);
    expect(groups[0]).toEqual(['search-result-label']);
    expect(groups[1]).toEqual(['territory-label', 'area-label', 'centre-label', 'centre-space', 'gap-badge', 'gap-label']);
    expect(groups.slice(0, 2)).toEqual(labelDrawingOrder());
    expect(groups[2]).toEqual(ALWAYS_ON_TOP);
    // Regression (the chart highlight of a team hid under the territory outlines): area marks above every group.
    expect(groups[3]).toEqual(LAYER_GROUPS.areas.marks);
    expect(groups[4]).toEqual(['centre-circle']);
    expect(groups.at(-1)).toEqual(['basemap-background', 'basemap-roads']);
    expect(groups.at(-2)).toEqual(LAYER_GROUPS.areas.layers);
    // No basemap: no empty group.
    expect(buildLayerDrawingOrder(DEFAULT_LAYER_ORDER, []).every((g) => g.length > 0)).toBe(true);
  });
  it('follows a reordered list and refuses duplicates', () => {
    const groups = buildLayerDrawingOrder(['areas', 'centres', 'territories', 'rings', 'gaps', 'basemap'], []);
    expect(groups[4]).toEqual(LAYER_GROUPS.areas.layers);
    expect(() => buildLayerDrawingOrder(['areas', 'areas'], [])).toThrow(/duplicates/);
  });
});
