import { describe, expect, it } from 'vitest';
import { buildAreaFeatureStates } from '../../../renderer/map/build-area-feature-states';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { buildAreaLayers, buildSuppressedFilter } from '../../../renderer/map/layers/build-area-layers';
import { buildBaseStyle } from '../../../renderer/map/layers/build-base-style';
import { buildCentreLayers } from '../../../renderer/map/layers/build-centre-layers';
import { buildTerritoryLayers } from '../../../renderer/map/layers/build-territory-layers';
import { BIVARIATE, NO_DATA_COLOR, SUPPRESSED_COLOR, divergingPalette, paletteFor } from '../../../renderer/map/palette';
import { buildBivariateColouring } from '../../../renderer/map/colouring/build-bivariate-colouring';
import { buildClassColouring } from '../../../renderer/map/colouring/build-class-colouring';
import { buildLegendModel } from '../../../renderer/features/explorer/state/selectors';

describe('map style and layers', () => {
  it('has no remote source, sprite or glyphs URL (offline)', () => {
    const style = buildBaseStyle();
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify(style)).not.toMatch(/https?:/);
  });
  it('colours areas from feature-state so recolouring never reloads the source', () => {
    const [fill] = buildAreaLayers();
    expect(JSON.stringify(fill!.paint)).toContain('feature-state');
    expect(buildAreaLayers().map((l) => l.id)).toEqual(['area-fill', 'area-suppressed', 'area-outline', 'area-hover', 'area-emphasis']);
  });
  it('hatches suppressed areas by a filter on codes, so a new map sends codes rather than geometry', () => {
    const hatch = buildAreaLayers().find((l) => l.id === 'area-suppressed') as { filter?: unknown; source?: string };
    expect(hatch.source).toBe('area-suppressed');
    expect(hatch.filter).toEqual(['boolean', false]);
    expect(buildSuppressedFilter(['b', 'a', 'b'])).toEqual(['match', ['get', 'code'], ['b', 'a'], true, false]);
    // MapLibre accepts it as a filter expression (the controller skips validation at run time for speed).
    // Regression: `['==', 1, 0]` read as a legacy filter was refused ("string expected") and broke the map.
    for (const codes of [['x', 'y'], []]) {
      const style = { version: 8 as const, sources: { s: { type: 'geojson' as const, data: { type: 'FeatureCollection' as const, features: [] } } }, layers: [{ id: 'h', type: 'fill' as const, source: 's', filter: buildSuppressedFilter(codes) }] };
      expect(validateStyleMin(style)).toEqual([]);
    }
  });
  it('labels centres and territories with the bundled font', () => {
    const labels = [...buildCentreLayers(), ...buildTerritoryLayers()].filter((l) => l.type === 'symbol' && 'text-field' in (l.layout ?? {}));
    expect(labels).toHaveLength(2);
    for (const l of labels) expect(JSON.stringify(l.layout)).toContain('Noto Sans');
  });
});

describe('palette, feature states and legend', () => {
  it('uses ColorBrewer schemes by polarity, and diverging ones with red for worse', () => {
    expect(paletteFor('higher_worse', 5)).toEqual(['#ffffb2', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026']);
    expect(paletteFor('higher_better', 3)).toHaveLength(3);
    expect(paletteFor('neutral', 2)).toHaveLength(2);
    expect(paletteFor('neutral', 4, 'Greens')).toEqual(['#edf8e9', '#bae4b3', '#74c476', '#238b45']);
    const worseHigh = divergingPalette(5, true);
    expect(worseHigh[4]).toBe('#ca0020');
    expect(divergingPalette(5, false)[0]).toBe('#ca0020');
  });
  const colouring = buildClassColouring(
    [
      { code: 'a', name: 'A', value: 100, status: 'shown' },
      { code: 'b', name: 'B', value: null, status: 'suppressed' },
      { code: 'c', name: 'C', value: 300, status: 'shown' },
      { code: 'd', name: 'D', value: null, status: 'missing' },
    ],
    { measure: 'rate', format: { kind: 'rate', per: 1000, denominator: 'population' }, classification: { method: 'quantile', classes: 2 }, palette: () => ['#111111', '#222222'] },
  );
  it('maps classes to colours, suppressed to grey, missing to none', () => {
    const states = buildAreaFeatureStates(colouring);
    expect(states.get('a')).toEqual({ fill: '#111111', status: 'shown' });
    expect(states.get('c')).toEqual({ fill: '#222222', status: 'shown' });
    expect(states.get('b')).toEqual({ fill: SUPPRESSED_COLOR, status: 'suppressed' });
    expect(states.get('d')).toEqual({ fill: null, status: 'missing' });
    expect(NO_DATA_COLOR).not.toBe(SUPPRESSED_COLOR);
  });
  it('formats legend ranges for the locale and counts areas per class', () => {
    const nl = buildLegendModel(colouring, 'nl');
    expect(nl.entries.map((e) => e.label)).toEqual(['100,0 – 200,0', '200,0 – 300,0']);
    expect(nl.entries.map((e) => e.count)).toEqual([1, 1]);
    expect(nl).toMatchObject({ noDataCount: 1, suppressedCount: 1 });
  });
  it('colours the bivariate map from need and reach terciles, the gap corner pink', () => {
    const rows = Array.from({ length: 9 }, (_, i) => ({ code: `x${i}`, name: `X${i}`, need: i, reach: 8 - i, reachStatus: 'shown' as const }));
    const bivariate = buildBivariateColouring([...rows, { code: 'h', name: 'H', need: 1, reach: null, reachStatus: 'suppressed' }]);
    expect(bivariate.counts.flat().reduce((a, b) => a + b, 0)).toBe(9);
    const states = buildAreaFeatureStates(bivariate);
    expect(states.get('x8')!.fill).toBe(BIVARIATE[2]![0]); // highest need, lowest reach
    expect(states.get('h')!.status).toBe('suppressed');
  });
});

describe('legends of sensitive counts', () => {
  it('never show a class limit that reads as a count of 1–4, and no area changes class', () => {
    const rows = [0, 0, 5, 6, 9, 12, 15, 20].map((value, i) => ({ code: `a${i}`, name: `A${i}`, value, status: 'shown' as const }));
    const plain = buildClassColouring(rows, { measure: 'count', format: { kind: 'count' }, classification: { method: 'equal-interval', classes: 5 }, palette: (k) => paletteFor('neutral', k) });
    expect(plain.limits.some((l) => l > 0 && l <= 4)).toBe(true);
    const safe = buildClassColouring(rows, { measure: 'count', format: { kind: 'count' }, classification: { method: 'equal-interval', classes: 5 }, palette: (k) => paletteFor('neutral', k), sensitiveCountThreshold: 4 });
    expect(safe.limits.some((l) => l > 0 && l <= 4)).toBe(false);
    for (let i = 1; i < safe.limits.length; i++) expect(safe.limits[i]!).toBeGreaterThan(safe.limits[i - 1]!);
    expect(safe.limits).toEqual([0, 5, 8, 12, 16, 20]);
    expect(safe.classCounts.reduce((a, b) => a + b, 0)).toBe(rows.length);
  });
});
