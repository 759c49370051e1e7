import type { IndicatorDefinition, LoadedPackage } from '../../../../data/package';
import { DEFAULT_SUPPRESSION_THRESHOLD } from '../../../../geo/suppression';
import type { Language } from '../../../shared/i18n/i18n';
import { describeClassRanges } from '../../../../geo/classification';
import { formatClassRange, formatValue } from '../../../map/colouring/format-value';
import type { ClassColouring } from '../../../map/colouring/map-colouring';
import type { AppState } from '../../../app/app-state';

export const selectPackage = (s: AppState): LoadedPackage | null => s.pkg.current;
export const selectView = (s: AppState) => s.view;
export const selectMapData = (s: AppState) => s.mapData;
export const selectSelection = (s: AppState) => s.selection;
export const selectHovered = (s: AppState) => s.selection.hovered;
export const selectAnalysis = (s: AppState) => s.analysis;
export const selectLayers = (s: AppState) => s.layers;

export function selectDefinition(s: AppState): IndicatorDefinition | null {
  return s.pkg.current?.definitions.find((d) => d.id === s.view.indicator) ?? null;
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
 * The legend's rows for a classed map: each class with its colour, its range written for the language and
 * the value's kind, and its number of areas, plus the no-data and suppressed counts. Diverging maps list
 * their classes from the low end too.
 *
 * @example
 * buildLegendModel(colouring, 'nl').entries[0] // { color: '#ffffb2', label: '12,3 – 20,1', count: 7 }
 */
export function buildLegendModel(colouring: ClassColouring, language: Language): LegendModel {
  const { limits, classCounts, palette, format } = colouring;
  const integers = limits.every((l) => Number.isInteger(l)) && format.kind === 'count';
  const span = limits.length > 1 ? Math.abs(limits[limits.length - 1]! - limits[0]!) : 0;
  const digits = integers ? 0 : format.kind === 'share' ? 1 : span < 10 ? 2 : 1;
  const fmt = (x: number) => formatValue(x, format, language, digits);
  const ranges = describeClassRanges(limits);
  const entries = classCounts.map((count, i) => ({
    color: palette[i] ?? '#000',
    label: formatClassRange(ranges[i]!, fmt),
    count,
  }));
  return { entries, noDataCount: colouring.missingCount, suppressedCount: colouring.suppressedCount, threshold: DEFAULT_SUPPRESSION_THRESHOLD };
}
