import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import { classOf } from '../../../geo/classification';
import { classifyValues } from '../../../geo/classification';
import type { LonLat } from '../../../geo/units';
import { formatNumber, type Language } from '../../shared/i18n/i18n';
import { MAP_FONT_BOLD } from '../../map/layers/ids';
import { NO_DATA_COLOR, SUPPRESSED_COLOR, paletteFor } from '../../map/palette';
import type { PlannerTeamRow } from './planner-model';

/**
 * The two maps of the planner's side-by-side comparison: the comparison (baseline or another scenario) on
 * the left, the active scenario on the right. Team territories are coloured by caseload per social-worker
 * FTE on ONE class scale over both sides, so the same colour means the same caseload on both maps.
 */

/** `compare`: the baseline or the other scenario (left map); `scenario`: the active scenario (right map). */
export type CompareSide = 'compare' | 'scenario';

/** What the colouring needs of a planner table row. */
export type CompareRow = Pick<PlannerTeamRow, 'id' | 'name' | 'caseloadCompare' | 'caseloadScenario' | 'fteCompare' | 'fteScenario'>;

export interface CompareOptions {
  readonly language?: Language;
  readonly method?: 'quantile' | 'equal-interval';
  /** Wanted number of classes (fewer come back when the values do not support them). Default 5. */
  readonly classes?: number;
}

/** The class scale shared by both maps: ascending limits `[min, …, max]` and one colour per class. */
export interface CompareScale {
  readonly limits: readonly number[];
  readonly palette: readonly string[];
}

export interface CompareTeamStyle {
  readonly fill: string;
  /** `suppressed`: the dossier count may not be shown; `missing`: no FTE on this side, so no caseload. */
  readonly status: 'shown' | 'suppressed' | 'missing';
  readonly value: number | null;
  /** -1 unless shown. */
  readonly classIndex: number;
  /** "Noord\n13 VTE". */
  readonly label: string;
}

export interface CompareColouring extends CompareScale {
  readonly side: CompareSide;
  /** Per team id. */
  readonly teams: Readonly<Record<string, CompareTeamStyle>>;
}

export const COMPARE_SOURCES = { territories: 'compare-territories', labels: 'compare-labels', centres: 'compare-centres' } as const;
export const COMPARE_LAYERS = { fill: 'compare-fill', casing: 'compare-casing', line: 'compare-line', centre: 'compare-centre', label: 'compare-label' } as const;
/** Centres drawn on one map only (added, moved or closed against the other map) are this colour. */
export const CHANGED_CENTRE_COLOR = '#e76f51';
export const CENTRE_COLOR = '#1d3557';

const caseloadOf = (row: CompareRow, side: CompareSide) => (side === 'compare' ? row.caseloadCompare : row.caseloadScenario);
const fteOf = (row: CompareRow, side: CompareSide) => (side === 'compare' ? row.fteCompare : row.fteScenario);

/**
 * The class scale over the caseload per FTE of BOTH sides together (quantiles by default, or equal
 * intervals), with the sequential "higher is worse" palette.
 *
 * @example
 * buildCompareScale([{ id: 'a', name: 'A', caseloadCompare: 10, caseloadScenario: 20, fteCompare: 4, fteScenario: 2 }], { classes: 2 })
 * // { limits: [10, 15, 20], palette: ['#ffeda0', '#f03b20'] }
 */
export function buildCompareScale(rows: readonly CompareRow[], options: CompareOptions = {}): CompareScale {
  const values = rows.flatMap((r) => [r.caseloadCompare, r.caseloadScenario]).filter((v): v is number => v !== null && Number.isFinite(v));
  const limits = classifyValues(values, { method: options.method ?? 'quantile', classes: options.classes ?? 5 });
  const classes = Math.max(limits.length - 1, 0);
  return { limits, palette: classes === 0 ? [] : paletteFor('higher_worse', classes, 'auto') };
}

/**
 * The label of a team on a compare map: its short name and its FTE on that side, in the UI language.
 *
 * @example
 * compareLabel('Wijkteam Noord', 13, 'nl') // 'Noord\n13 VTE'
 * compareLabel('Wijkteam Zuid', 12.5, 'en') // 'Zuid\n12.5 FTE'
 */
export function compareLabel(name: string, fte: number, language: Language): string {
  const unit = language === 'nl' ? 'VTE' : 'FTE';
  return `${name.replace(/^Wijkteam\s+/i, '')}\n${formatNumber(language, fte, Number.isInteger(fte) ? 0 : 1)} ${unit}`;
}

/**
 * Per team of one side: its fill colour on the scale shared with the other side (so equal caseloads get
 * equal colours on both maps), its status and its label. A caseload of null is suppressed (grey), unless
 * the side has no FTE for the team (no caseload can exist: no data).
 *
 * @example
 * const rows = [{ id: 'noord', name: 'Wijkteam Noord', caseloadCompare: 10, caseloadScenario: 20, fteCompare: 15, fteScenario: 13 }];
 * buildCompareColouring(rows, 'scenario', { classes: 2 }).teams.noord // { fill: '#f03b20', status: 'shown', value: 20, classIndex: 1, label: 'Noord\n13 VTE' }
 */
export function buildCompareColouring(rows: readonly CompareRow[], side: CompareSide, options: CompareOptions = {}): CompareColouring {
  const scale = buildCompareScale(rows, options);
  const language = options.language ?? 'nl';
  const teams: Record<string, CompareTeamStyle> = {};
  for (const row of rows) {
    const value = caseloadOf(row, side);
    const fte = fteOf(row, side);
    const label = compareLabel(row.name, fte, language);
    if (value === null || !Number.isFinite(value)) {
      const missing = !(fte > 0);
      teams[row.id] = { fill: missing ? NO_DATA_COLOR : SUPPRESSED_COLOR, status: missing ? 'missing' : 'suppressed', value: null, classIndex: -1, label };
      continue;
    }
    const classIndex = classOf(value, scale.limits);
    teams[row.id] = { fill: scale.palette[classIndex] ?? NO_DATA_COLOR, status: 'shown', value, classIndex, label };
  }
  return { side, ...scale, teams };
}

export interface CompareLegendModel {
  readonly classes: readonly { readonly colour: string; readonly from: number; readonly to: number; readonly compare: number; readonly scenario: number }[];
  readonly suppressed: boolean;
  readonly missing: boolean;
}

/**
 * The shared legend: each class with its range and how many teams fall in it on each map, and whether
 * "suppressed" and "no data" occur.
 *
 * @example
 * const rows = [{ id: 'noord', name: 'Wijkteam Noord', caseloadCompare: 10, caseloadScenario: 20, fteCompare: 15, fteScenario: 13 }];
 * buildCompareLegend(buildCompareColouring(rows, 'compare', { classes: 2 }), buildCompareColouring(rows, 'scenario', { classes: 2 })).classes[0]
 * // { colour: '#ffeda0', from: 10, to: 15, compare: 1, scenario: 0 }
 */
export function buildCompareLegend(compare: CompareColouring, scenario: CompareColouring): CompareLegendModel {
  const count = (c: CompareColouring, i: number) => Object.values(c.teams).filter((t) => t.classIndex === i).length;
  const all = [...Object.values(compare.teams), ...Object.values(scenario.teams)];
  return {
    classes: compare.palette.map((colour, i) => ({ colour, from: compare.limits[i]!, to: compare.limits[i + 1]!, compare: count(compare, i), scenario: count(scenario, i) })),
    suppressed: all.some((t) => t.status === 'suppressed'),
    missing: all.some((t) => t.status === 'missing'),
  };
}

type TerritoryCollection = FeatureCollection<Polygon | MultiPolygon, { readonly code: string }>;

/** The team territories with each team's `fill` and `status` of one side (teams without a style: no data). */
export function buildCompareTerritories(territories: TerritoryCollection, colouring: CompareColouring): FeatureCollection<Polygon | MultiPolygon, { code: string; fill: string; status: string }> {
  return {
    type: 'FeatureCollection',
    features: territories.features.map((f) => {
      const style = colouring.teams[f.properties.code];
      return { type: 'Feature', geometry: f.geometry, properties: { code: f.properties.code, fill: style?.fill ?? NO_DATA_COLOR, status: style?.status ?? 'missing' } };
    }),
  };
}

/** The label points (one interior point per territory) with the side's label text. */
export function buildCompareLabels(points: FeatureCollection<Point, { readonly code: string; readonly name: string }>, colouring: CompareColouring): FeatureCollection<Point, { code: string; label: string }> {
  return {
    type: 'FeatureCollection',
    features: points.features.map((f) => ({ type: 'Feature', geometry: f.geometry, properties: { code: f.properties.code, label: colouring.teams[f.properties.code]?.label ?? f.properties.name } })),
  };
}

type CentreLike = { readonly id: string; readonly name: string; readonly position: LonLat };

/**
 * The centres of one side as points; `changed` where the other side has no centre with that id at that
 * position (added, moved, or — seen from the other map — closed).
 *
 * @example
 * buildCompareCentres([{ id: 'a', name: 'A', position: [3.2, 50.8] }], []).features[0]!.properties.changed // true
 */
export function buildCompareCentres(centres: readonly CentreLike[], other: readonly CentreLike[]): FeatureCollection<Point, { id: string; name: string; changed: boolean }> {
  const at = new Map(other.map((c) => [c.id, c.position] as const));
  return {
    type: 'FeatureCollection',
    features: centres.map((c) => {
      const there = at.get(c.id);
      const changed = !there || there[0] !== c.position[0] || there[1] !== c.position[1];
      return { type: 'Feature', geometry: { type: 'Point', coordinates: [c.position[0], c.position[1]] }, properties: { id: c.id, name: c.name, changed } };
    }),
  };
}

/**
 * The layers of a compare map, bottom first: territory fill (colour from the feature's `fill`), a white
 * casing and a dark outline, the centres (orange and larger where they differ from the other map), the labels.
 */
export function buildCompareLayers(): LayerSpecification[] {
  return [
    { id: COMPARE_LAYERS.fill, type: 'fill', source: COMPARE_SOURCES.territories, paint: { 'fill-color': ['get', 'fill'], 'fill-opacity': 0.9 } },
    { id: COMPARE_LAYERS.casing, type: 'line', source: COMPARE_SOURCES.territories, layout: { 'line-join': 'round' }, paint: { 'line-color': '#ffffff', 'line-width': 3.5, 'line-opacity': 0.9 } },
    { id: COMPARE_LAYERS.line, type: 'line', source: COMPARE_SOURCES.territories, layout: { 'line-join': 'round' }, paint: { 'line-color': '#2b2d42', 'line-width': 1.4 } },
    {
      id: COMPARE_LAYERS.centre,
      type: 'circle',
      source: COMPARE_SOURCES.centres,
      paint: {
        // A changed centre is drawn larger, so it stands out at the city-wide zoom.
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, ['case', ['get', 'changed'], 6, 4], 15, ['case', ['get', 'changed'], 10, 8]],
        'circle-color': ['case', ['get', 'changed'], CHANGED_CENTRE_COLOR, CENTRE_COLOR],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.5,
      },
    },
    {
      id: COMPARE_LAYERS.label,
      type: 'symbol',
      source: COMPARE_SOURCES.labels,
      // Each label carries the team's FTE on this side: it is the map's figure, so none may be dropped by collision.
      layout: { 'text-field': ['get', 'label'], 'text-font': MAP_FONT_BOLD, 'text-size': 11.5, 'text-max-width': 10, 'text-padding': 1, 'text-allow-overlap': true },
      paint: { 'text-color': '#1f2933', 'text-halo-color': 'rgba(255,255,255,0.92)', 'text-halo-width': 1.6 },
    },
  ];
}

/** The bounding box [west, south, east, north] of polygons, or null without coordinates. */
export function boundsOf(collection: TerritoryCollection): [number, number, number, number] | null {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  for (const f of collection.features) {
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const polygon of polygons) {
      for (const [lon, lat] of polygon[0] ?? []) {
        w = Math.min(w, lon!);
        e = Math.max(e, lon!);
        s = Math.min(s, lat!);
        n = Math.max(n, lat!);
      }
    }
  }
  return Number.isFinite(w) ? [w, s, e, n] : null;
}
