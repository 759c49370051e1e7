import { classOf } from '../../../geo/classification';
import { classifyQuantiles } from '../../../geo/classification';
import type { CellStatus } from '../../../geo/suppression';
import type { BivariateArea, BivariateColouring } from './map-colouring';

/**
 * The bivariate map of need against reach: each area in a tercile of the need index (rows) and a tercile
 * of reach (columns), 9 cells. An area whose reach is suppressed shows as suppressed; one without need or
 * reach as no data.
 *
 * @example
 * buildBivariateColouring(areas).counts // [[3, 2, 1], [1, 3, 2], [4, 1, 1]]
 */
export function buildBivariateColouring(rows: readonly { code: string; name: string; need: number | null; reach: number | null; reachStatus: CellStatus }[]): BivariateColouring {
  const usable = rows.filter((r) => r.need !== null && r.reach !== null && r.reachStatus === 'shown');
  const needLimits = classifyQuantiles(usable.map((r) => r.need!), 3);
  const reachLimits = classifyQuantiles(usable.map((r) => r.reach!), 3);
  const counts = [0, 1, 2].map(() => [0, 0, 0]);
  const areas: BivariateArea[] = rows.map((r) => {
    const status: CellStatus = r.reachStatus === 'suppressed' ? 'suppressed' : r.need === null || r.reach === null ? 'missing' : 'shown';
    const needClass = status === 'shown' ? Math.min(classOf(r.need!, needLimits), 2) : -1;
    const reachClass = status === 'shown' ? Math.min(classOf(r.reach!, reachLimits), 2) : -1;
    if (needClass >= 0 && reachClass >= 0) counts[needClass]![reachClass]!++;
    return { code: r.code, name: r.name, need: status === 'shown' ? r.need : null, reach: status === 'shown' ? r.reach : null, needClass, reachClass, status };
  });
  return {
    kind: 'bivariate',
    measure: 'bivariate',
    areas,
    needLimits,
    reachLimits,
    counts,
    missingCount: areas.filter((a) => a.status === 'missing').length,
    suppressedCount: areas.filter((a) => a.status === 'suppressed').length,
  };
}
