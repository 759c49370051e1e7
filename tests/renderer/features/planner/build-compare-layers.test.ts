import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { NO_DATA_COLOR, SUPPRESSED_COLOR, paletteFor } from '../../../../renderer/map/palette';
import {
  COMPARE_LAYERS,
  boundsOf,
  buildCompareCentres,
  buildCompareColouring,
  buildCompareLabels,
  buildCompareLayers,
  buildCompareLegend,
  buildCompareScale,
  buildCompareTerritories,
  compareLabel,
  type CompareRow,
} from '../../../../renderer/features/planner/build-compare-layers';

/** Seven teams; the scenario moves 2 FTE from Noord to Zuid; Heule's dossiers are suppressed. */
const ROWS: CompareRow[] = [
  { id: 'noord', name: 'Wijkteam Noord', fteCompare: 15, fteScenario: 13, caseloadCompare: 20, caseloadScenario: 300 / 13 },
  { id: 'zuid', name: 'Wijkteam Zuid', fteCompare: 12.5, fteScenario: 14.5, caseloadCompare: 24, caseloadScenario: 300 / 14.5 },
  { id: 'centrum', name: 'Wijkteam Centrum', fteCompare: 14.5, fteScenario: 14.5, caseloadCompare: 30, caseloadScenario: 30 },
  { id: 'marke', name: 'Wijkteam Marke', fteCompare: 7.5, fteScenario: 7.5, caseloadCompare: 12, caseloadScenario: 12 },
  { id: 'bissegem', name: 'Wijkteam Bissegem', fteCompare: 6, fteScenario: 6, caseloadCompare: 16, caseloadScenario: 16 },
  { id: 'zuidelijke-rand', name: 'Wijkteam Zuidelijke Rand', fteCompare: 10.5, fteScenario: 10.5, caseloadCompare: 26, caseloadScenario: 26 },
  { id: 'heule', name: 'Wijkteam Heule', fteCompare: 11, fteScenario: 11, caseloadCompare: null, caseloadScenario: null },
];

const square = (x: number, y: number): Polygon => ({ type: 'Polygon', coordinates: [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]] });

describe('buildCompareColouring', () => {
  it('puts both sides on one scale: the same value has the same colour on both maps', () => {
    const left = buildCompareColouring(ROWS, 'compare');
    const right = buildCompareColouring(ROWS, 'scenario');
    expect(left.limits).toEqual(right.limits);
    expect(left.palette).toEqual(right.palette);
    expect(left.palette).toEqual(paletteFor('higher_worse', left.palette.length, 'auto'));
    for (const id of ['centrum', 'marke', 'bissegem', 'zuidelijke-rand']) expect(left.teams[id]!.fill).toBe(right.teams[id]!.fill);
    // Values equal across sides but on different teams get equal colours too.
    const crossed: CompareRow[] = [
      { id: 'a', name: 'A', fteCompare: 1, fteScenario: 1, caseloadCompare: 10, caseloadScenario: 30 },
      { id: 'b', name: 'B', fteCompare: 1, fteScenario: 1, caseloadCompare: 30, caseloadScenario: 10 },
      { id: 'c', name: 'C', fteCompare: 1, fteScenario: 1, caseloadCompare: 20, caseloadScenario: 20 },
    ];
    const l = buildCompareColouring(crossed, 'compare', { classes: 3 });
    const r = buildCompareColouring(crossed, 'scenario', { classes: 3 });
    expect(l.teams.a!.fill).toBe(r.teams.b!.fill);
    expect(l.teams.b!.fill).toBe(r.teams.a!.fill);
    expect(l.teams.a!.fill).not.toBe(l.teams.b!.fill);
  });

  it('classes the values of both sides together (quantiles or equal intervals), higher caseload darker', () => {
    const scale = buildCompareScale(ROWS, { method: 'equal-interval', classes: 3 });
    expect(scale.limits).toEqual([12, 18, 24, 30]);
    expect(scale.palette).toEqual(paletteFor('higher_worse', 3));
    const right = buildCompareColouring(ROWS, 'scenario', { method: 'equal-interval', classes: 3 });
    expect(right.teams.marke).toMatchObject({ classIndex: 0, fill: scale.palette[0] });
    expect(right.teams.centrum).toMatchObject({ classIndex: 2, fill: scale.palette[2] });
    // The scale spans both sides: the scenario alone never reaches 24, yet the limit is there.
    expect(buildCompareScale(ROWS).limits[0]).toBe(12);
    expect(buildCompareScale(ROWS).limits.at(-1)).toBe(30);
  });

  it('moving FTE changes the colour of the teams whose caseload crosses a class limit', () => {
    const left = buildCompareColouring(ROWS, 'compare', { method: 'equal-interval', classes: 3 });
    const right = buildCompareColouring(ROWS, 'scenario', { method: 'equal-interval', classes: 3 });
    expect(left.teams.noord!.classIndex).toBe(1); // 20
    expect(right.teams.noord!.classIndex).toBe(1); // 23.1
    expect(left.teams.zuid!.classIndex).toBe(2); // 24
    expect(right.teams.zuid!.classIndex).toBe(1); // 20.7
    expect(left.teams.zuid!.fill).not.toBe(right.teams.zuid!.fill);
  });

  it('keeps a suppressed caseload suppressed on both sides, and no FTE is no data', () => {
    for (const side of ['compare', 'scenario'] as const) {
      expect(buildCompareColouring(ROWS, side).teams.heule).toMatchObject({ fill: SUPPRESSED_COLOR, status: 'suppressed', value: null, classIndex: -1 });
    }
    const none: CompareRow[] = [...ROWS.slice(0, 6), { ...ROWS[6]!, fteScenario: 0 }];
    expect(buildCompareColouring(none, 'scenario').teams.heule).toMatchObject({ fill: NO_DATA_COLOR, status: 'missing', label: 'Heule\n0 VTE' });
    // A suppressed value never shapes the classes.
    const hidden = buildCompareScale([{ ...ROWS[0]!, caseloadCompare: null, caseloadScenario: null }]);
    expect(hidden).toEqual({ limits: [], palette: [] });
  });

  it('labels each team with its short name and the FTE of its side, per language', () => {
    const left = buildCompareColouring(ROWS, 'compare');
    const right = buildCompareColouring(ROWS, 'scenario', { language: 'en' });
    expect(left.teams.noord!.label).toBe('Noord\n15 VTE');
    expect(left.teams.zuid!.label).toBe('Zuid\n12,5 VTE');
    expect(right.teams.zuid!.label).toBe('Zuid\n14.5 FTE');
    expect(left.teams['zuidelijke-rand']!.label).toBe('Zuidelijke Rand\n10,5 VTE');
    expect(left.teams.heule!.label).toBe('Heule\n11 VTE');
    expect(compareLabel('Wijkteam Noord', 13, 'nl')).toBe('Noord\n13 VTE');
  });
});

describe('compare legend and features', () => {
  it('lists each class with its range and the teams in it on each map', () => {
    const left = buildCompareColouring(ROWS, 'compare', { method: 'equal-interval', classes: 3 });
    const right = buildCompareColouring(ROWS, 'scenario', { method: 'equal-interval', classes: 3 });
    const legend = buildCompareLegend(left, right);
    expect(legend.classes.map((c) => [c.from, c.to, c.compare, c.scenario])).toEqual([
      [12, 18, 2, 2],
      [18, 24, 1, 2],
      [24, 30, 3, 2],
    ]);
    expect(legend.suppressed).toBe(true);
    expect(legend.missing).toBe(false);
  });

  it('gives territories their fill and label points their text', () => {
    const territories: FeatureCollection<Polygon, { code: string }> = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { code: 'noord' }, geometry: square(3, 50) },
        { type: 'Feature', properties: { code: 'heule' }, geometry: square(4, 51) },
        { type: 'Feature', properties: { code: 'elsewhere' }, geometry: square(2, 49) },
      ],
    };
    const right = buildCompareColouring(ROWS, 'scenario');
    const filled = buildCompareTerritories(territories, right);
    expect(filled.features.map((f) => f.properties)).toEqual([
      { code: 'noord', fill: right.teams.noord!.fill, status: 'shown' },
      { code: 'heule', fill: SUPPRESSED_COLOR, status: 'suppressed' },
      { code: 'elsewhere', fill: NO_DATA_COLOR, status: 'missing' },
    ]);
    expect(filled.features[0]!.geometry).toBe(territories.features[0]!.geometry);
    const points: FeatureCollection<Point, { code: string; name: string }> = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { code: 'noord', name: 'Noord' }, geometry: { type: 'Point', coordinates: [3.5, 50.5] } }],
    };
    expect(buildCompareLabels(points, right).features[0]!.properties).toEqual({ code: 'noord', label: 'Noord\n13 VTE' });
    expect(boundsOf(territories)).toEqual([2, 49, 5, 52]);
    expect(boundsOf({ type: 'FeatureCollection', features: [] })).toBeNull();
  });

  it('marks the centres that are not at the same place on the other map', () => {
    const base = [
      { id: 'a', name: 'A', position: [3.2, 50.8] as [number, number] },
      { id: 'b', name: 'B', position: [3.3, 50.8] as [number, number] },
      { id: 'c', name: 'C', position: [3.4, 50.8] as [number, number] },
    ];
    const scenario = [base[0]!, { ...base[1]!, position: [3.31, 50.81] as [number, number] }, { id: 'new-1', name: 'Nieuw', position: [3.25, 50.79] as [number, number] }];
    const changed = (fc: ReturnType<typeof buildCompareCentres>) => fc.features.filter((f) => f.properties.changed).map((f) => f.properties.id);
    expect(changed(buildCompareCentres(scenario, base))).toEqual(['b', 'new-1']);
    expect(changed(buildCompareCentres(base, scenario))).toEqual(['b', 'c']);
  });

  it('builds valid layers with the bundled font and colours from the features', () => {
    const layers = buildCompareLayers();
    expect(layers.map((l) => l.id)).toEqual([COMPARE_LAYERS.fill, COMPARE_LAYERS.casing, COMPARE_LAYERS.line, COMPARE_LAYERS.centre, COMPARE_LAYERS.label]);
    const empty = { type: 'geojson' as const, data: { type: 'FeatureCollection' as const, features: [] } };
    const style = { version: 8 as const, sources: { 'compare-territories': empty, 'compare-labels': empty, 'compare-centres': empty }, layers };
    expect(validateStyleMin(style)).toEqual([]);
    const label = layers.find((l) => l.id === COMPARE_LAYERS.label)!;
    expect(JSON.stringify(label.layout)).toContain('Noto Sans');
    expect(JSON.stringify(layers)).not.toMatch(/https?:/);
  });
});
