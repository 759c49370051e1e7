import { classOf } from './classify-quantiles';
import { classifyValues, type ClassificationOptions } from './classify-values';
import { computeRate } from '../indicators/compute-rate';
import { suppressSmallCount, type CellStatus } from '../suppression/suppress-small-counts';

export interface ChoroplethInputRow {
  readonly code: string;
  readonly name: string;
  readonly count: number | null;
  readonly denominator: number | null;
  /** Parts of this area whose value the source suppressed: the area's total is then unknown. */
  readonly suppressedParts?: number;
  /**
   * Hidden by the package-wide suppression plan (primary or secondary, see suppress-hierarchy.ts). When any
   * row carries it, it replaces the per-cell primary rule, so the map never shows a cell the plan hides.
   */
  readonly hidden?: boolean;
}

export interface ChoroplethOptions {
  /** Whether small counts of this indicator must be suppressed. */
  readonly sensitive: boolean;
  /** Map the rate per `per` units of the denominator (when there is a denominator). Default 1,000. */
  readonly per?: number;
  /** Whether a denominator exists; if not, the count is mapped. */
  readonly hasDenominator: boolean;
  readonly classes?: number;
  readonly threshold?: number;
  /** How to class the mapped values (default: quantiles with `classes` classes). */
  readonly classification?: ClassificationOptions;
}

export interface ChoroplethArea {
  readonly code: string;
  readonly name: string;
  /** The shown count, or null when missing or suppressed. */
  readonly count: number | null;
  /** The denominator summed over the same base areas, or null. */
  readonly denominator: number | null;
  /** The shown rate per `per`, or null. */
  readonly rate: number | null;
  /** The mapped value (rate or count), or null. */
  readonly value: number | null;
  readonly status: CellStatus;
  /** 0-based class, -1 when there is no value. */
  readonly classIndex: number;
}

export interface Choropleth {
  readonly measure: 'rate' | 'count';
  readonly per: number;
  readonly areas: readonly ChoroplethArea[];
  /** Ascending class limits `[min, …, max]`; empty when nothing can be mapped. */
  readonly limits: readonly number[];
  /** Number of areas in each class. */
  readonly classCounts: readonly number[];
  readonly missingCount: number;
  readonly suppressedCount: number;
}

/**
 * Turns per-area counts (and denominators) into what a choropleth shows: areas the source suppressed
 * (in whole or in part) stay suppressed, small sensitive counts are suppressed (and the rates derived
 * from them), then a rate per `per` where there is a
 * denominator, then quantile classes over the values that remain.
 *
 * @example
 * buildChoropleth(rows, { sensitive: true, hasDenominator: true, classes: 5 }).classCounts // [3, 3, 3, 3, 2]
 */
export function buildChoropleth(rows: readonly ChoroplethInputRow[], options: ChoroplethOptions): Choropleth {
  const per = options.per ?? 1000;
  const classes = options.classes ?? 5;
  if (!Number.isInteger(classes) || classes < 1 || classes > 12) throw new RangeError(`classes must be 1–12, got ${classes}`);
  const measure = options.hasDenominator ? 'rate' : 'count';
  const staged = rows.map((row) => {
    if ((row.suppressedParts ?? 0) > 0) {
      return { code: row.code, name: row.name, count: null, denominator: null, rate: null, value: null, status: 'suppressed' as const };
    }
    const shown =
      row.hidden !== undefined
        ? row.hidden
          ? { value: null, status: 'suppressed' as const }
          : suppressSmallCount(row.count, { sensitive: false })
        : suppressSmallCount(row.count, { sensitive: options.sensitive, ...(options.threshold !== undefined ? { threshold: options.threshold } : {}) });
    const rate = shown.status === 'shown' && options.hasDenominator ? computeRate(shown.value, row.denominator, per) : null;
    const value = measure === 'rate' ? rate : shown.value;
    const status: CellStatus = shown.status === 'shown' && value === null ? 'missing' : shown.status;
    return { code: row.code, name: row.name, count: shown.value, denominator: options.hasDenominator ? row.denominator : null, rate, value, status };
  });
  const limits = classifyValues(staged.flatMap((s) => (s.value === null ? [] : [s.value])), options.classification ?? { method: 'quantile', classes });
  const classCounts = new Array<number>(Math.max(limits.length - 1, 0)).fill(0);
  const areas = staged.map((s) => {
    const classIndex = s.value === null ? -1 : classOf(s.value, limits);
    if (classIndex >= 0) classCounts[classIndex]!++;
    return { ...s, classIndex };
  });
  return {
    measure,
    per,
    areas,
    limits,
    classCounts,
    missingCount: areas.filter((a) => a.status === 'missing').length,
    suppressedCount: areas.filter((a) => a.status === 'suppressed').length,
  };
}
