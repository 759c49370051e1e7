import type { Choropleth } from '../../geo/build-choropleth';
import { SUPPRESSED_COLOR } from './palette';

export interface AreaFeatureState {
  readonly fill: string | null;
  readonly status: 'shown' | 'suppressed' | 'missing';
}

/**
 * The feature-state of every area for a choropleth: the class colour, or the suppressed grey (with the
 * hatch layer keyed on `status`), or null for no data.
 *
 * @example
 * buildAreaFeatureStates(choropleth, ['#fee', '#f00']).get('34022W08') // { fill: '#f00', status: 'shown' }
 */
export function buildAreaFeatureStates(choropleth: Choropleth, palette: readonly string[]): Map<string, AreaFeatureState> {
  const states = new Map<string, AreaFeatureState>();
  for (const area of choropleth.areas) {
    if (area.status === 'suppressed') states.set(area.code, { fill: SUPPRESSED_COLOR, status: 'suppressed' });
    else if (area.classIndex < 0) states.set(area.code, { fill: null, status: 'missing' });
    else states.set(area.code, { fill: palette[area.classIndex] ?? null, status: 'shown' });
  }
  return states;
}
