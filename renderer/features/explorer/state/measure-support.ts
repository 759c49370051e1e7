import { analysisRolesOf, type LoadedPackage } from '../../../../data/package';
import type { Measure } from './view-slice';

/** The analysis measures: coloured from an analysis run, not from the chosen indicator. */
export const ANALYSIS_MEASURES: readonly Measure[] = ['need', 'reach', 'gap', 'bivariate', 'staffing'];

/**
 * Whether a package has what a measure is coloured from, for the chosen indicator: a rate needs the
 * indicator's denominator, a change two periods; the need index and the gap score an analysis run (a
 * persons-in-need indicator and locations); reach and need against reach also known clients; the staffing
 * map teams with FTE. A measure the package lacks would colour every area grey ("no data").
 *
 * @example
 * measureSupported(builtInMunicipality, 'population', 'bivariate') // false: no clients, no locations
 * measureSupported(kortrijk, 'est_poverty_persons', 'rate')         // true
 */
export function measureSupported(pkg: LoadedPackage, indicator: string, measure: Measure): boolean {
  const ids = new Set(pkg.definitions.map((d) => d.id));
  const roles = analysisRolesOf(pkg);
  const analysable = pkg.centres.length > 0 && ids.has(roles.need);
  switch (measure) {
    case 'count':
      return ids.has(indicator);
    case 'rate':
      return !!pkg.definitions.find((d) => d.id === indicator)?.denominator;
    case 'change':
      return ids.has(indicator) && pkg.periods.length > 1;
    case 'need':
    case 'gap':
      return analysable;
    case 'reach':
    case 'bivariate':
      return analysable && ids.has(roles.clients);
    case 'staffing':
      return pkg.teams.length > 0 && pkg.teamFte.length > 0;
  }
}

/** The measure to fall back to, nearest first, when a package lacks one. */
const FALLBACK: Readonly<Record<Measure, readonly Measure[]>> = {
  bivariate: ['need', 'rate', 'count'],
  reach: ['need', 'rate', 'count'],
  gap: ['need', 'rate', 'count'],
  need: ['rate', 'count'],
  staffing: ['rate', 'count'],
  change: ['rate', 'count'],
  rate: ['count'],
  count: ['rate'],
};

/**
 * The measure to show for a package and indicator: the wanted one when the package supports it, else the
 * nearest it does support (bivariate → need index → rate → count).
 *
 * @example
 * supportedMeasure(packageWithoutClients, 'leefloon_persons', 'bivariate') // 'need' (or 'rate' without locations)
 */
export function supportedMeasure(pkg: LoadedPackage, indicator: string, wanted: Measure): Measure {
  if (measureSupported(pkg, indicator, wanted)) return wanted;
  return FALLBACK[wanted].find((m) => measureSupported(pkg, indicator, m)) ?? 'count';
}
