import type { LoadedPackage } from '../../data/package';

/**
 * Up to how many polygons the map draws a package's areas before DuckDB holds it. Above it, tiling them
 * early competes with DuckDB's start and the package load for the two cores and delays the coloured map
 * (measured on the 19,790 Belgian sectors: 7.8 → 13.2 s), so a big package waits for its colours.
 */
export const EARLY_GEOMETRY_MAX_AREAS = 2000;

/**
 * The level whose areas the map may draw in a neutral fill as soon as a package is read, before its colours
 * (issue 16.1, "map first, numbers next"): the level of its first view when it has at most `maxAreas`
 * areas (only they are drawn early: no labels, centres or territories); null when the package is too big
 * for that (or has no such level).
 *
 * @example
 * earlyGeometryLevel(kortrijk, 'wijk')          // 'wijk' (its wijken)
 * earlyGeometryLevel(belgium, 'sector')         // null (19,790 sectors)
 * earlyGeometryLevel(kortrijk, 'wijk', 10)      // null
 */
export function earlyGeometryLevel(pkg: LoadedPackage, level: string, maxAreas: number = EARLY_GEOMETRY_MAX_AREAS): string | null {
  if (!Number.isFinite(maxAreas) || maxAreas < 0) throw new RangeError(`maxAreas must be a number ≥ 0, got ${maxAreas}`);
  const shown = pkg.levels.find((l) => l.level === level);
  if (!shown) return null;
  return shown.areas.features.length <= maxAreas ? level : null;
}
