import type { CellStatus } from '../../../geo/suppression';
import type { Measure } from '../../features/explorer/state/view-slice';

/** How the values of a map are written in legends and tooltips. */
export type ValueFormat =
  | { readonly kind: 'rate'; readonly per: number; readonly denominator: string | null }
  | { readonly kind: 'count' }
  | { readonly kind: 'index' }
  | { readonly kind: 'share' }
  | { readonly kind: 'fte-per-1000' }
  | { readonly kind: 'caseload' }
  | { readonly kind: 'fte-difference' };

export interface ColouredArea {
  readonly code: string;
  readonly name: string;
  readonly value: number | null;
  readonly status: CellStatus;
  /** 0-based class, −1 without a value. */
  readonly classIndex: number;
  /** For rates: the shown count and its denominator (tooltips say "12 of 2,000"). */
  readonly count?: number | null;
  readonly denominator?: number | null;
}

/** A classed map: sequential (levels) or diverging (changes, indices around 0). */
export interface ClassColouring {
  readonly kind: 'classes';
  readonly measure: Measure;
  readonly format: ValueFormat;
  readonly diverging: boolean;
  readonly areas: readonly ColouredArea[];
  readonly limits: readonly number[];
  readonly classCounts: readonly number[];
  readonly palette: readonly string[];
  readonly missingCount: number;
  readonly suppressedCount: number;
  /** Staffing map: the label of each team territory (its FTE). */
  readonly territoryLabels?: Readonly<Record<string, string>>;
}

export interface BivariateArea {
  readonly code: string;
  readonly name: string;
  readonly need: number | null;
  readonly reach: number | null;
  /** 0–2 (tercile), −1 without a value. */
  readonly needClass: number;
  readonly reachClass: number;
  readonly status: CellStatus;
}

/** The 3×3 map of need against reach. */
export interface BivariateColouring {
  readonly kind: 'bivariate';
  readonly measure: 'bivariate';
  readonly areas: readonly BivariateArea[];
  /** Tercile limits `[min, t1, t2, max]` of need and of reach. */
  readonly needLimits: readonly number[];
  readonly reachLimits: readonly number[];
  /** counts[need][reach]. */
  readonly counts: readonly (readonly number[])[];
  readonly missingCount: number;
  readonly suppressedCount: number;
}

export type MapColouring = ClassColouring | BivariateColouring;
