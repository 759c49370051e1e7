import type { LoadedPackage } from '../../../../data/package';
import type { ClassMethod } from '../../../../geo/classification';
import type { PaletteChoice } from '../../../map/palette';

/** What the map colours areas by. */
export type Measure = 'count' | 'rate' | 'change' | 'need' | 'reach' | 'gap' | 'staffing' | 'bivariate';
export const MEASURES: readonly Measure[] = ['rate', 'count', 'change', 'need', 'reach', 'gap', 'bivariate', 'staffing'];

/** The team metric of the staffing map. */
export type StaffingMetric = 'fte-per-1000' | 'caseload-per-fte' | 'fte-vs-target';

export interface Classification {
  readonly method: ClassMethod;
  /** 3–9. */
  readonly classes: number;
  /** Inner breaks for `manual`. */
  readonly manualBreaks: readonly number[];
}

/** What the map shows: area level, indicator, period, measure and how values become colours. */
export interface ViewState {
  readonly level: string;
  readonly indicator: string;
  readonly period: number;
  readonly measure: Measure;
  /** The earlier period of a change map. */
  readonly changeFrom: number;
  readonly classification: Classification;
  readonly palette: PaletteChoice;
  readonly staffing: { readonly metric: StaffingMetric; /** FTE profiles counted; empty = the social-worker profile. */ readonly profiles: readonly string[] };
}

export const initialViewState: ViewState = {
  level: '',
  indicator: '',
  period: 0,
  measure: 'rate',
  changeFrom: 0,
  classification: { method: 'quantile', classes: 5, manualBreaks: [] },
  palette: 'auto',
  staffing: { metric: 'caseload-per-fte', profiles: [] },
};

/** Indicators a newcomer understands first, in order of preference. */
const PREFERRED_INDICATORS = ['est_poverty_persons', 'leefloon_persons', 'open_dossiers'];
const PREFERRED_LEVELS = ['wijk', 'sector'];

/**
 * The view for a freshly opened package: keeps the current choice where the new package has it, else
 * wijk level, the estimated poverty rate and the latest period (a change from the first period).
 */
export const viewForPackage = (pkg: LoadedPackage) => (s: ViewState): ViewState => {
  const levels = pkg.levels.map((l) => l.level);
  const indicators = pkg.definitions.map((d) => d.id);
  const level = levels.includes(s.level) ? s.level : (PREFERRED_LEVELS.find((l) => levels.includes(l)) ?? pkg.baseLevel);
  const indicator = indicators.includes(s.indicator)
    ? s.indicator
    : (PREFERRED_INDICATORS.find((i) => indicators.includes(i)) ?? pkg.definitions.find((d) => d.denominator)?.id ?? indicators[0] ?? '');
  const period = pkg.periods.includes(s.period) ? s.period : (pkg.periods[pkg.periods.length - 1] ?? 0);
  const changeFrom = pkg.periods.includes(s.changeFrom) && s.changeFrom < period ? s.changeFrom : (pkg.periods[0] ?? 0);
  const definition = pkg.definitions.find((d) => d.id === indicator);
  const measure = s.measure === 'rate' && definition && !definition.denominator ? 'count' : s.measure;
  return { ...s, level, indicator, period, changeFrom, measure };
};

export const setLevel = (level: string) => (s: ViewState): ViewState => ({ ...s, level, measure: s.measure === 'staffing' && level !== 'team' ? 'rate' : s.measure });
export const setIndicator = (indicator: string) => (s: ViewState): ViewState => ({ ...s, indicator, measure: ['need', 'reach', 'gap', 'bivariate', 'staffing'].includes(s.measure) ? 'rate' : s.measure });
export const setPeriod = (period: number) => (s: ViewState): ViewState => ({ ...s, period });
export const setChangeFrom = (changeFrom: number) => (s: ViewState): ViewState => ({ ...s, changeFrom });
/** The staffing map is about team territories: it switches the level to `team`. */
export const setMeasure = (measure: Measure) => (s: ViewState): ViewState => ({ ...s, measure, level: measure === 'staffing' ? 'team' : s.level });
export const setClassification = (change: Partial<Classification>) => (s: ViewState): ViewState => {
  const next = { ...s.classification, ...change };
  return { ...s, classification: { ...next, classes: Math.min(9, Math.max(3, Math.round(next.classes))) } };
};
export const setPalette = (palette: PaletteChoice) => (s: ViewState): ViewState => ({ ...s, palette });
export const setStaffing = (change: Partial<ViewState['staffing']>) => (s: ViewState): ViewState => ({ ...s, staffing: { ...s.staffing, ...change } });
