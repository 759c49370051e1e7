import type { LoadedPackage } from '../../data/package/model';

/** What the map shows: an area level, an indicator and a period. */
export interface ViewState {
  readonly level: string;
  readonly indicator: string;
  readonly period: number;
  readonly classes: number;
}

export const initialViewState: ViewState = { level: '', indicator: '', period: 0, classes: 5 };

/** Indicators a newcomer understands first, in order of preference. */
const PREFERRED_INDICATORS = ['est_poverty_persons', 'leefloon_persons', 'open_dossiers'];
const PREFERRED_LEVELS = ['wijk', 'sector'];

/**
 * The view for a freshly opened package: keeps the current choice where the new package has it, else
 * wijk level, the estimated poverty rate and the latest period.
 */
export const viewForPackage = (pkg: LoadedPackage) => (s: ViewState): ViewState => {
  const levels = pkg.levels.map((l) => l.level);
  const indicators = pkg.definitions.map((d) => d.id);
  const level = levels.includes(s.level) ? s.level : (PREFERRED_LEVELS.find((l) => levels.includes(l)) ?? pkg.baseLevel);
  const indicator = indicators.includes(s.indicator)
    ? s.indicator
    : (PREFERRED_INDICATORS.find((i) => indicators.includes(i)) ?? pkg.definitions.find((d) => d.denominator)?.id ?? indicators[0] ?? '');
  const period = pkg.periods.includes(s.period) ? s.period : (pkg.periods[pkg.periods.length - 1] ?? 0);
  return { ...s, level, indicator, period };
};

export const setLevel = (level: string) => (s: ViewState): ViewState => ({ ...s, level });
export const setIndicator = (indicator: string) => (s: ViewState): ViewState => ({ ...s, indicator });
export const setPeriod = (period: number) => (s: ViewState): ViewState => ({ ...s, period });
