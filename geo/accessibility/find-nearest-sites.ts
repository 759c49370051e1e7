import { indexPointsInGrid } from '../spatial-index/index-points-in-grid';
import { meters, type LonLat, type Meters } from '../units/units';

export interface NearestSite {
  /** Index of the nearest site overall, and its distance. */
  readonly nearest: number | null;
  readonly distance: Meters | null;
  /** Index of the nearest site of the area's own group (its team), and its distance; null without one. */
  readonly nearestOwn: number | null;
  readonly distanceOwn: Meters | null;
}

/** About the mean distance between neighbouring sites (√(extent area ÷ sites)), at least 500 m: a grid cell size for which most nearest sites are one ring away. */
function typicalSpacing(sites: readonly LonLat[]): Meters {
  let minLon = Infinity, minLat = Infinity, maxLon = -Infinity, maxLat = -Infinity;
  for (const [lon, lat] of sites) {
    minLon = Math.min(minLon, lon);
    maxLon = Math.max(maxLon, lon);
    minLat = Math.min(minLat, lat);
    maxLat = Math.max(maxLat, lat);
  }
  const height = (maxLat - minLat) * 111_195;
  const width = (maxLon - minLon) * 111_195 * Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  return meters(Math.max(500, Math.sqrt((width * height) / Math.max(sites.length, 1))));
}

/**
 * For each area point: the nearest site, and the nearest site of the area's own group (e.g. a sector and
 * its wijkteam's centres). Great-circle distances; a grid index keeps it near-linear for 20,000 areas.
 *
 * @example
 * findNearestSites([[3.27, 50.83]], ['centrum'], [[3.266, 50.827]], ['centrum'])[0].distance // ≈ 460 m
 */
export function findNearestSites(
  areas: readonly LonLat[],
  areaGroups: readonly (string | null)[],
  sites: readonly LonLat[],
  siteGroups: readonly (string | null)[],
  cellSize?: Meters,
): NearestSite[] {
  if (areaGroups.length !== areas.length) throw new RangeError('One group per area is needed');
  if (siteGroups.length !== sites.length) throw new RangeError('One group per site is needed');
  if (sites.length === 0) return areas.map(() => ({ nearest: null, distance: null, nearestOwn: null, distanceOwn: null }));
  const grid = indexPointsInGrid(sites, cellSize ?? typicalSpacing(sites));
  return areas.map((point, i) => {
    const any = grid.nearest(point);
    const group = areaGroups[i];
    const own = group === null || group === undefined ? null : siteGroups[any!.index] === group ? any : grid.nearest(point, (s) => siteGroups[s] === group);
    return { nearest: any?.index ?? null, distance: any?.distance ?? null, nearestOwn: own?.index ?? null, distanceOwn: own?.distance ?? null };
  });
}
