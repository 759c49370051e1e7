import type { IndicatorDefinition, LoadedPackage } from '../../data/package/model';
import type { Choropleth } from '../../geo/build-choropleth';
import { DEFAULT_SUPPRESSION_THRESHOLD } from '../../geo/suppress-small-counts';
import { formatNumber, type Language } from '../i18n/i18n';
import { paletteFor } from '../map/palette';
import type { AppState } from './app-state';

export const selectPackage = (s: AppState): LoadedPackage | null => s.pkg.current;
export const selectView = (s: AppState) => s.view;
export const selectMapData = (s: AppState) => s.mapData;
export const selectHovered = (s: AppState) => s.ui.hovered;

export function selectDefinition(s: AppState): IndicatorDefinition | null {
  return s.pkg.current?.definitions.find((d) => d.id === s.view.indicator) ?? null;
}

/** The class colours of the current choropleth (as many as it has classes). */
export function paletteOf(choropleth: Choropleth | null, definition: IndicatorDefinition | null): string[] {
  if (!choropleth || !definition) return [];
  return paletteFor(definition.polarity, choropleth.classCounts.length);
}

export interface LegendEntry {
  readonly color: string;
  readonly label: string;
  readonly count: number;
}

export interface LegendModel {
  readonly entries: readonly LegendEntry[];
  readonly noDataCount: number;
  readonly suppressedCount: number;
  readonly threshold: number;
}

/**
 * The legend's rows: each class with its colour, range and number of areas (formatted for the
 * language), plus the no-data and suppressed counts. Fed only by the choropleth and its palette.
 *
 * @example
 * buildLegendModel(choropleth, ['#ffffb2', '#bd0026'], 'nl').entries[0] // { color: '#ffffb2', label: '12,3 – 20,1', count: 7 }
 */
export function buildLegendModel(choropleth: Choropleth, palette: readonly string[], language: Language): LegendModel {
  const { limits, classCounts } = choropleth;
  const digits = limits.every((l) => Number.isInteger(l)) ? 0 : limits[limits.length - 1]! < 10 ? 2 : 1;
  const fmt = (x: number) => formatNumber(language, x, digits);
  const entries = classCounts.map((count, i) => ({
    color: palette[i] ?? '#000',
    label: limits.length === 2 && limits[0] === limits[1] ? fmt(limits[0]!) : `${fmt(limits[i]!)} – ${fmt(limits[i + 1]!)}`,
    count,
  }));
  return { entries, noDataCount: choropleth.missingCount, suppressedCount: choropleth.suppressedCount, threshold: DEFAULT_SUPPRESSION_THRESHOLD };
}
