import { describe, expect, it } from 'vitest';
import { buildChoropleth } from '../../../geo/build-choropleth';
import { buildAreaFeatureStates } from '../../../renderer/map/build-area-feature-states';
import { buildAreaLayers } from '../../../renderer/map/layers/build-area-layers';
import { buildBaseStyle } from '../../../renderer/map/layers/build-base-style';
import { buildCentreLayers } from '../../../renderer/map/layers/build-centre-layers';
import { buildTerritoryLayers } from '../../../renderer/map/layers/build-territory-layers';
import { NO_DATA_COLOR, SUPPRESSED_COLOR, paletteFor } from '../../../renderer/map/palette';
import { buildLegendModel } from '../../../renderer/state/selectors';

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
    expect(buildAreaLayers().map((l) => l.id)).toEqual(['area-fill', 'area-suppressed', 'area-outline', 'area-hover']);
  });
  it('labels centres and territories with the bundled font', () => {
    const labels = [...buildCentreLayers(), ...buildTerritoryLayers()].filter((l) => l.type === 'symbol');
    expect(labels).toHaveLength(2);
    for (const l of labels) expect(JSON.stringify(l.layout)).toContain('Noto Sans');
  });
});

describe('palette, feature states and legend', () => {
  it('uses ColorBrewer schemes by polarity', () => {
    expect(paletteFor('higher_worse', 5)).toEqual(['#ffffb2', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026']);
    expect(paletteFor('higher_better', 3)).toHaveLength(3);
    expect(paletteFor('neutral', 2)).toHaveLength(2);
  });
  const choropleth = buildChoropleth(
    [
      { code: 'a', name: 'A', count: 10, denominator: 100 },
      { code: 'b', name: 'B', count: 2, denominator: 100 },
      { code: 'c', name: 'C', count: 30, denominator: 100 },
      { code: 'd', name: 'D', count: null, denominator: 100 },
    ],
    { sensitive: true, hasDenominator: true, classes: 2 },
  );
  it('maps classes to colours, suppressed to grey, missing to none', () => {
    const states = buildAreaFeatureStates(choropleth, ['#111111', '#222222']);
    expect(states.get('a')).toEqual({ fill: '#111111', status: 'shown' });
    expect(states.get('c')).toEqual({ fill: '#222222', status: 'shown' });
    expect(states.get('b')).toEqual({ fill: SUPPRESSED_COLOR, status: 'suppressed' });
    expect(states.get('d')).toEqual({ fill: null, status: 'missing' });
    expect(NO_DATA_COLOR).not.toBe(SUPPRESSED_COLOR);
  });
  it('formats legend ranges for the locale and counts areas per class', () => {
    const nl = buildLegendModel(choropleth, ['#111111', '#222222'], 'nl');
    expect(nl.entries.map((e) => e.label)).toEqual(['100 – 200', '200 – 300']);
    expect(nl.entries.map((e) => e.count)).toEqual([1, 1]);
    expect(nl).toMatchObject({ noDataCount: 1, suppressedCount: 1 });
  });
});
