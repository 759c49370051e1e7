import type { MapColouring } from './colouring/map-colouring';
import { BIVARIATE, SUPPRESSED_COLOR } from './palette';

export interface AreaFeatureState {
  readonly fill: string | null;
  readonly status: 'shown' | 'suppressed' | 'missing';
}

/**
 * The feature-state of every area for a colouring: its class colour (or the bivariate cell), the
 * suppressed grey (with the hatch layer keyed on `status`), or null for no data.
 *
 * @example
 * buildAreaFeatureStates(colouring).get('34022W08') // { fill: '#bd0026', status: 'shown' }
 */
export function buildAreaFeatureStates(colouring: MapColouring): Map<string, AreaFeatureState> {
  const states = new Map<string, AreaFeatureState>();
  if (colouring.kind === 'bivariate') {
    for (const a of colouring.areas) {
      if (a.status === 'suppressed') states.set(a.code, { fill: SUPPRESSED_COLOR, status: 'suppressed' });
      else if (a.needClass < 0 || a.reachClass < 0) states.set(a.code, { fill: null, status: 'missing' });
      else states.set(a.code, { fill: BIVARIATE[a.needClass]![a.reachClass]!, status: 'shown' });
    }
    return states;
  }
  for (const area of colouring.areas) {
    if (area.status === 'suppressed') states.set(area.code, { fill: SUPPRESSED_COLOR, status: 'suppressed' });
    else if (area.classIndex < 0) states.set(area.code, { fill: null, status: 'missing' });
    else states.set(area.code, { fill: colouring.palette[area.classIndex] ?? null, status: 'shown' });
  }
  return states;
}
