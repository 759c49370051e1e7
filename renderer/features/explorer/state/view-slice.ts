import type { LoadedPackage } from '../../../../data/package';
import type { ClassMethod } from '../../../../geo/classification';
import type { PaletteChoice } from '../../../map/palette';
import { ANALYSIS_MEASURES, supportedMeasure } from './measure-support';

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
  /** On the staffing map (always at the team level): the level the user had before, given back after it. */
  readonly levelBeforeStaffing?: string | null;
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

const initialClassification = initialViewState.classification;

/** The level a view falls back to in a package: wijk, else sector, else the base level. */
const defaultLevelOf = (pkg: LoadedPackage, levels: readonly string[]) => PREFERRED_LEVELS.find((l) => levels.includes(l)) ?? pkg.baseLevel;

/** The indicator a view falls back to: the estimated poverty, else another newcomer's first, else one with a rate. */
const defaultIndicatorOf = (pkg: LoadedPackage, ids: readonly string[]) =>
  PREFERRED_INDICATORS.find((i) => ids.includes(i)) ?? pkg.definitions.find((d) => d.denominator)?.id ?? ids[0] ?? '';

/**
 * The view for a freshly opened package: every choice the new package supports is kept (the same level
 * name, indicator, period, measure, staffing profiles), the rest is reset — the wijk level, the estimated
 * poverty rate, the latest period (a change from the first), and a measure the package has data for (a
 * need-against-reach map of a package without clients becomes its need index, or its rate), so that the
 * map never opens grey for want of data. Manual class breaks belong to the package they were set on:
 * another package starts from quantiles (the number of classes stays).
 *
 * @example
 * viewForPackage(builtInMunicipality, kortrijk)({ ...view, measure: 'bivariate', level: 'wijk' })
 * // → { measure: 'count', indicator: 'population', level: 'wijk', … }
 */
export const viewForPackage = (pkg: LoadedPackage, previous: LoadedPackage | null = null) => (s: ViewState): ViewState => {
  const levels = pkg.levels.map((l) => l.level);
  const indicators = pkg.definitions.map((d) => d.id);
  const has = (level: string | null | undefined): level is string => !!level && levels.includes(level);
  const indicator = indicators.includes(s.indicator) ? s.indicator : defaultIndicatorOf(pkg, indicators);
  const wanted = supportedMeasure(pkg, indicator, s.measure);
  const measure = wanted === 'staffing' && !has('team') ? supportedMeasure(pkg, indicator, 'rate') : wanted;
  // The level the user chose: before the staffing map, when it was on.
  const chosenLevel = s.measure === 'staffing' ? (s.levelBeforeStaffing ?? s.level) : s.level;
  const userLevel = has(chosenLevel) ? chosenLevel : defaultLevelOf(pkg, levels);
  const period = pkg.periods.includes(s.period) ? s.period : (pkg.periods[pkg.periods.length - 1] ?? 0);
  const changeFrom = pkg.periods.includes(s.changeFrom) && s.changeFrom < period ? s.changeFrom : (pkg.periods[0] ?? 0);
  const samePackage = previous !== null && previous.descriptor.name === pkg.descriptor.name;
  const classification = s.classification.method === 'manual' && !samePackage ? { ...initialClassification, classes: s.classification.classes } : s.classification;
  const profiles = new Set(pkg.teamFte.map((r) => r.profile));
  const staffing = { ...s.staffing, profiles: s.staffing.profiles.filter((p) => profiles.has(p)) };
  return {
    ...s,
    indicator,
    measure,
    level: measure === 'staffing' ? 'team' : userLevel,
    levelBeforeStaffing: measure === 'staffing' ? userLevel : null,
    period,
    changeFrom,
    classification,
    staffing,
  };
};

/** Leaving the staffing map for `measure`: the level the user had before it comes back. */
const leavingStaffing = (s: ViewState, measure: Measure): ViewState =>
  s.measure === 'staffing' ? { ...s, measure, level: s.levelBeforeStaffing ?? s.level, levelBeforeStaffing: null } : { ...s, measure };

/** A level other than the teams' ends the staffing map (it is drawn on team territories only). */
export const setLevel = (level: string) => (s: ViewState): ViewState =>
  s.measure === 'staffing' && level !== 'team' ? { ...s, level, measure: 'rate', levelBeforeStaffing: null } : { ...s, level };
/** Choosing an indicator leaves an analysis measure for its rate (and the staffing map's level for the one before). */
export const setIndicator = (indicator: string) => (s: ViewState): ViewState => ({ ...(ANALYSIS_MEASURES.includes(s.measure) ? leavingStaffing(s, 'rate') : s), indicator });
export const setPeriod = (period: number) => (s: ViewState): ViewState => ({ ...s, period });
export const setChangeFrom = (changeFrom: number) => (s: ViewState): ViewState => ({ ...s, changeFrom });
/**
 * The staffing map is about team territories: it switches the level to `team` and remembers the level
 * the user had; any other measure afterwards gives that level back.
 *
 * @example
 * const staffing = setMeasure('staffing')({ ...view, level: 'wijk' }); // level 'team'
 * setMeasure('rate')(staffing).level                                 // 'wijk'
 */
export const setMeasure = (measure: Measure) => (s: ViewState): ViewState => {
  if (measure !== 'staffing') return leavingStaffing(s, measure);
  return s.measure === 'staffing' ? s : { ...s, measure, level: 'team', levelBeforeStaffing: s.level };
};
export const setClassification = (change: Partial<Classification>) => (s: ViewState): ViewState => {
  const next = { ...s.classification, ...change };
  return { ...s, classification: { ...next, classes: Math.min(9, Math.max(3, Math.round(next.classes))) } };
};
export const setPalette = (palette: PaletteChoice) => (s: ViewState): ViewState => ({ ...s, palette });
export const setStaffing = (change: Partial<ViewState['staffing']>) => (s: ViewState): ViewState => ({ ...s, staffing: { ...s.staffing, ...change } });
