import { findNearestSites, type NearestSite } from '../accessibility/find-nearest-sites';
import type { CatchmentPairs } from '../accessibility/compute-two-step-floating-catchment';
import { buildDistanceBandNeighbours } from '../spatial-index/build-distance-band-neighbours';
import { indexPointsInGrid, type PointGrid } from '../spatial-index/index-points-in-grid';
import { meters, type LonLat, type Meters } from '../units/units';

/** What the engine's geometry depends on: the area points and teams, and the centres' points and teams. */
export interface GeometryInput {
  readonly areas: readonly { readonly position: LonLat; readonly team: string | null }[];
  readonly centres: readonly { readonly position: LonLat; readonly team: string | null }[];
}

/** The distance-only parts of an analysis: they change when a point or a team changes, not with any value. */
export interface AreaGeometry {
  /** Per area: nearest centre and nearest centre of its own team (`findNearestSites`). */
  readonly nearest: readonly NearestSite[];
  /** Per centre: the areas within the catchment radius (`findCatchmentPairs`). */
  readonly pairs: CatchmentPairs;
  /** Per area: the areas within `band`, itself included (`buildDistanceBandNeighbours`), built on first use. */
  readonly neighboursWithin: (band: Meters) => readonly Int32Array[];
}

interface Entry {
  /** The area points and teams the entry was built from (compared on every call). */
  readonly lon: Float64Array;
  readonly lat: Float64Array;
  readonly teams: readonly (string | null)[];
  centres: { readonly lon: Float64Array; readonly lat: Float64Array; readonly teams: readonly (string | null)[] } | null;
  nearest: readonly NearestSite[] | null;
  /** The areas' grid for catchment queries (cell = radius), and each centre's catchment by its position. */
  catchment: { readonly radius: number; readonly grid: PointGrid; byPosition: Map<string, CatchmentPairs[number]> } | null;
  band: { readonly band: number; readonly neighbours: Int32Array[] } | null;
}

const cache = new WeakMap<GeometryInput['areas'], Entry>();
/** The entry used last, for a new areas array with the same points and teams. */
let last: Entry | null = null;

function sameAreas(entry: Entry, areas: GeometryInput['areas']): boolean {
  if (entry.lon.length !== areas.length) return false;
  for (let i = 0; i < areas.length; i++) {
    const a = areas[i]!;
    if (a.position[0] !== entry.lon[i] || a.position[1] !== entry.lat[i] || a.team !== entry.teams[i]) return false;
  }
  return true;
}

function sameCentres(entry: Entry, centres: GeometryInput['centres']): boolean {
  const c = entry.centres;
  if (c === null || c.lon.length !== centres.length) return false;
  for (let j = 0; j < centres.length; j++) {
    const s = centres[j]!;
    if (s.position[0] !== c.lon[j] || s.position[1] !== c.lat[j] || s.team !== c.teams[j]) return false;
  }
  return true;
}

function snapshot(points: readonly { readonly position: LonLat; readonly team: string | null }[]) {
  const lon = new Float64Array(points.length);
  const lat = new Float64Array(points.length);
  for (let i = 0; i < points.length; i++) {
    lon[i] = points[i]!.position[0];
    lat[i] = points[i]!.position[1];
  }
  return { lon, lat, teams: points.map((p) => p.team) };
}

/** The centres that moved when the list is otherwise the same (same length, same teams), if only a few did. */
function movedCentres(entry: Entry, centres: GeometryInput['centres']): number[] | null {
  const c = entry.centres;
  if (c === null || c.lon.length !== centres.length || centres.length === 0) return null;
  const moved: number[] = [];
  for (let j = 0; j < centres.length; j++) {
    const s = centres[j]!;
    if (s.team !== c.teams[j]) return null;
    if (s.position[0] !== c.lon[j] || s.position[1] !== c.lat[j]) moved.push(j);
  }
  return moved.length <= MAX_MOVED ? moved : null;
}

/** Above this many moved centres at once the nearest centres are simply recomputed. */
const MAX_MOVED = 8;

/**
 * The nearest centres after a few centres moved, equal to `findNearestSites` over all centres: an area
 * whose nearest (or own-team nearest) centre moved is looked up again among all centres; any other area
 * keeps its centre unless a moved centre is now strictly closer (distances from the same haversine
 * arithmetic, so a strictly smaller distance is a strictly smaller haversine term); a tie in distance is
 * looked up again, which settles ties by the lower index as `findNearestSites` does.
 */
function updateNearest(previous: readonly NearestSite[], areas: GeometryInput['areas'], centres: GeometryInput['centres'], moved: readonly number[]): NearestSite[] {
  const isMoved = new Uint8Array(centres.length);
  for (const j of moved) isMoved[j] = 1;
  const next: NearestSite[] = previous.slice();
  const again: number[] = [];
  const others: number[] = [];
  for (let i = 0; i < areas.length; i++) {
    const p = previous[i]!;
    if ((p.nearest !== null && isMoved[p.nearest] === 1) || (p.nearestOwn !== null && isMoved[p.nearestOwn] === 1)) again.push(i);
    else others.push(i);
  }
  if (moved.length > 0 && others.length > 0) {
    // The moved centres' distances to each area, by the same arithmetic as findNearestSites' grid.
    const grid = indexPointsInGrid(
      moved.map((j) => centres[j]!.position),
      meters(1000),
    );
    for (const i of others) {
      const p = previous[i]!;
      const area = areas[i]!;
      let { nearest, distance, nearestOwn, distanceOwn } = p;
      let tie = false;
      for (let k = 0; k < moved.length; k++) {
        const j = moved[k]!;
        const d = grid.distanceTo(area.position, k);
        // Moved centres in ascending index: a tie among them goes to the lower one, as in findNearestSites.
        if (distance === null || d < distance) [nearest, distance] = [j, d];
        else if (d === distance) tie = true;
        if (area.team !== null && centres[j]!.team === area.team) {
          if (distanceOwn === null || d < distanceOwn) [nearestOwn, distanceOwn] = [j, d];
          else if (d === distanceOwn) tie = true;
        }
      }
      if (tie) again.push(i);
      else if (nearest !== p.nearest || nearestOwn !== p.nearestOwn) next[i] = { nearest, distance, nearestOwn, distanceOwn };
    }
  }
  if (again.length > 0) {
    const fresh = findNearestSites(
      again.map((i) => areas[i]!.position),
      again.map((i) => areas[i]!.team),
      centres.map((c) => c.position),
      centres.map((c) => c.team),
    );
    again.forEach((i, k) => (next[i] = fresh[k]!));
  }
  return next;
}

/**
 * The engine's distance work — nearest centres, catchment pairs, hot-spot neighbour lists — kept between
 * recomputes of the same areas (the same `areas` array, or a new one with the same points and teams as the
 * last call's): a slider move changes only values and reuses all of it; a moved centre updates the nearest
 * centres and recomputes that centre's catchment only; other points or teams (also when changed in place)
 * rebuild everything. The results equal what `findNearestSites`, `findCatchmentPairs` and
 * `buildDistanceBandNeighbours` give for the same inputs (a centre's catchment depends only on its position,
 * the areas and the radius). Treat them as read-only.
 *
 * @example
 * const { nearest, pairs, neighboursWithin } = reuseAreaGeometry(input, meters(3000));
 * const neighbours = neighboursWithin(meters(1500));
 */
export function reuseAreaGeometry(input: GeometryInput, radius: Meters): AreaGeometry {
  const { areas, centres } = input;
  let entry = cache.get(areas);
  if (!entry || !sameAreas(entry, areas)) {
    // A new array of the same points and teams (a rerun copies the areas to change a count) reuses the last entry.
    entry = last !== null && sameAreas(last, areas) ? last : { ...snapshot(areas), centres: null, nearest: null, catchment: null, band: null };
    cache.set(areas, entry);
  }
  last = entry;
  const positions = areas.map((a) => a.position);
  if (entry.nearest === null || !sameCentres(entry, centres)) {
    const moved = entry.nearest === null ? null : movedCentres(entry, centres);
    entry.nearest = moved === null ? findNearestSites(positions, areas.map((a) => a.team), centres.map((c) => c.position), centres.map((c) => c.team)) : updateNearest(entry.nearest!, areas, centres, moved);
    entry.centres = snapshot(centres);
  }
  if (entry.catchment === null || entry.catchment.radius !== radius) {
    if (!(radius > 0)) throw new RangeError(`radius must be > 0 m, got ${radius}`);
    entry.catchment = { radius, grid: indexPointsInGrid(positions, radius), byPosition: new Map() };
  }
  // Only the current centres' catchments are kept, so the map never outgrows the centre list.
  const { grid, byPosition } = entry.catchment;
  const kept = new Map<string, CatchmentPairs[number]>();
  const pairs = centres.map((c) => {
    const key = `${c.position[0]},${c.position[1]}`;
    let list = kept.get(key) ?? byPosition.get(key);
    if (list === undefined) list = grid.within(c.position, radius);
    kept.set(key, list);
    return list;
  });
  entry.catchment.byPosition = kept;
  const built = entry;
  const neighboursWithin = (band: Meters): readonly Int32Array[] => {
    if (built.band === null || built.band.band !== band) built.band = { band, neighbours: buildDistanceBandNeighbours(positions, band) };
    return built.band.neighbours;
  };
  return { nearest: entry.nearest, pairs, neighboursWithin };
}
