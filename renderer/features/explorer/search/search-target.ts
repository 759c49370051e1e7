import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { LoadedPackage } from '../../../../data/package';
import type { TravelMode } from '../../../../geo/accessibility';
import { findBoundingBox, findInteriorPoint, type BoundingBox } from '../../../../geo/geometry';
import { findDestinationPoint } from '../../../../geo/measure';
import { meters, type LonLat, type Meters } from '../../../../geo/units';
import { inSlice, type AppState } from '../../../app/app-state';
import { setPanel } from '../../../app/ui-slice';
import { clearSelection, selectArea } from '../state/selection-slice';
import { setLevel } from '../state/view-slice';
import type { Place } from './search-places';

/** Where choosing a search result takes the map, what it writes there and which factsheet it opens. */
export interface SearchTarget {
  /** The box the map fits: the area's bounds, or the walking radius around a location. */
  readonly box: BoundingBox;
  /** The name on the map: the area's name, or "location · team". */
  readonly label: string;
  readonly labelAt: LonLat;
  /** The area's outline (null for a location). */
  readonly outline: Polygon | MultiPolygon | null;
  /** The area whose factsheet (detail panel) opens, at its own level; null for a location. */
  readonly open: { readonly level: string; readonly code: string } | null;
}

/**
 * The box a circle of `radius` around a point fits in (north, east, south and west on the sphere).
 *
 * @example
 * boxAround([3.2649, 50.8279], meters(1000)); // ≈ [3.2507, 50.8189, 3.2791, 50.8369]
 */
export function boxAround(position: LonLat, radius: Meters): BoundingBox {
  const [north, east, south, west] = [0, 90, 180, 270].map((bearing) => findDestinationPoint(position, radius, bearing));
  return [west![0], south![1], east![0], north![1]];
}

/**
 * What choosing a place does: an area fits the map to its bounds, is outlined and named on the map, and
 * its factsheet opens; a location fits its walking radius (`radius`, 1 km by default) and is named with its
 * team ("Buurtwerk Veemarkt · team Centrum").
 *
 * @example
 * searchTargetOf(heule, { teamName: () => null }).open; // { level: 'deelgemeente', code: 'K2' }
 */
export function searchTargetOf(place: Place, options: { readonly teamName: (team: string) => string | null; readonly radius?: Meters; readonly locationLabel?: (name: string, team: string) => string }): SearchTarget {
  if (place.kind === 'area') {
    return { box: place.bbox, label: place.name, labelAt: findInteriorPoint(place.geometry, meters(5)), outline: place.geometry, open: { level: place.level, code: place.id } };
  }
  const team = place.team ? (options.teamName(place.team) ?? place.team) : null;
  const label = team ? (options.locationLabel ?? ((name, t) => `${name} · ${t}`))(place.name, team) : place.name;
  return { box: boxAround(place.position, options.radius ?? meters(1000)), label, labelAt: place.position, outline: null, open: null };
}

/**
 * The radius a location's search result fits: the walking catchment of the analysis settings (`walk`),
 * else the smallest radius of any mode, else 1 km.
 *
 * @example
 * walkingRadius([{ id: 'walk', radius: meters(800) }, { id: 'bike', radius: meters(2500) }]); // 800
 */
export function walkingRadius(modes: readonly Pick<TravelMode, 'id' | 'radius'>[]): Meters {
  const walk = modes.find((m) => m.id === 'walk');
  if (walk && walk.radius > 0) return walk.radius;
  const radii = modes.map((m) => m.radius).filter((r) => r > 0);
  return radii.length > 0 ? meters(Math.min(...radii)) : meters(1000);
}

type SearchResultProperties = { label: string; anchor: 'center' | 'top' };

/**
 * The features of the search result source: the area's outline (for the outline layers) and a point
 * with the label (for the name), both with `label`; the point's `anchor` puts an area's name on its
 * interior point (`center`) and a location's under its dot (`top`).
 *
 * @example
 * searchResultFeatures(target).features.map((f) => f.geometry.type); // ['Polygon', 'Point']
 */
export function searchResultFeatures(target: SearchTarget | null): FeatureCollection<Polygon | MultiPolygon | Point, SearchResultProperties> {
  if (!target) return { type: 'FeatureCollection', features: [] };
  const properties: SearchResultProperties = { label: target.label, anchor: target.outline ? 'center' : 'top' };
  const features: Feature<Polygon | MultiPolygon | Point, SearchResultProperties>[] = [];
  if (target.outline) features.push({ type: 'Feature', properties, geometry: target.outline });
  features.push({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: [target.labelAt[0], target.labelAt[1]] } });
  return { type: 'FeatureCollection', features };
}

/**
 * Opens an area's factsheet: the map goes to the area's level when it shows another (the selection of the
 * old level goes, as with the level control), the area is selected and the *Gebied* tab is shown.
 *
 * @example
 * store.update(openSearchedArea('wijk', 'W03')); // view.level 'wijk', selection.selected 'W03', ui.panel 'detail'
 */
export function openSearchedArea(level: string, code: string) {
  return (state: AppState): AppState => {
    let next = state;
    if (state.view.level !== level) next = inSlice('view', setLevel(level))(inSlice('selection', clearSelection)(next));
    next = inSlice('selection', selectArea(code))(next);
    return inSlice('ui', setPanel('detail'))(next);
  };
}

/**
 * The extent of a package: the box around every area of every level (the whole municipality).
 *
 * @example
 * packageExtent(pkg); // [3.20, 50.77, 3.35, 50.87] for Kortrijk
 */
export function packageExtent(pkg: Pick<LoadedPackage, 'levels'>): BoundingBox | null {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const level of pkg.levels) {
    for (const feature of level.areas.features) {
      const [w, s, e, n] = findBoundingBox(feature.geometry);
      [west, south, east, north] = [Math.min(west, w), Math.min(south, s), Math.max(east, e), Math.max(north, n)];
    }
  }
  if (!Number.isFinite(west)) return null;
  return [west, south, east, north];
}
