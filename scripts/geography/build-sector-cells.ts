/**
 * Approximate sector cells where only the Statbel centroids are known: within each wijk (or, where a
 * municipality has no wijk polygons, each deelgemeente, else the municipality), the Voronoi cells of its
 * sectors' centroids clipped to that area, so the cells tile it exactly and sectors nest in their wijk.
 * A MultiPolygon area is cut part by part: each part goes to the sectors whose centroid lies in it, and a
 * part holding no centroid to the sector nearest to it. A centroid outside its area is moved to the area's
 * interior point nudged apart (the cell is approximate anyway).
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { buildVoronoiCells, findInteriorPoint, isPointInRings } from '../../geo/geometry';
import { measureDistance } from '../../geo/measure';

export interface CellSite {
  readonly code: string;
  readonly lon: number;
  readonly lat: number;
}

const partsOf = (geometry: Polygon | MultiPolygon): Polygon[] =>
  geometry.type === 'Polygon' ? [geometry] : geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));

const inside = (part: Polygon, lon: number, lat: number) => isPointInRings([lon, lat], part.coordinates);

/** Merges the polygons given to one sector into its cell. */
function merge(pieces: readonly (Polygon | MultiPolygon)[]): Polygon | MultiPolygon {
  const polygons = pieces.flatMap((p) => (p.type === 'Polygon' ? [p.coordinates] : p.coordinates));
  return polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0]! } : { type: 'MultiPolygon', coordinates: polygons };
}

/** Voronoi cells of `sites` within one Polygon; sites outside it are moved in (nudged apart) first. */
function cellsInPart(part: Polygon, sites: readonly CellSite[]): (Polygon | MultiPolygon | null)[] {
  if (sites.length === 1) return [part];
  const interior = findInteriorPoint(part);
  const seen = new Set<string>();
  const points = sites.map((s, i) => {
    let p: [number, number] = inside(part, s.lon, s.lat) ? [s.lon, s.lat] : [interior[0] + i * 1e-6, interior[1]];
    while (seen.has(`${p[0]},${p[1]}`)) p = [p[0] + 1e-6, p[1] + 1e-6];
    seen.add(`${p[0]},${p[1]}`);
    return p;
  });
  return buildVoronoiCells(points, part);
}

/**
 * The cell of every site within `area`, by site code. Every site gets a cell (a site whose Voronoi cell
 * missed the area gets none only if the area has more sites than it can hold; that is reported by throwing).
 */
export function buildSectorCells(area: Polygon | MultiPolygon, sites: readonly CellSite[], areaCode: string): Map<string, Polygon | MultiPolygon> {
  if (sites.length === 0) return new Map();
  const parts = partsOf(area);
  // Each site to the part holding its centroid, else the nearest part (by interior point).
  const partPoints = parts.map((p) => findInteriorPoint(p));
  const sitesOfPart = parts.map(() => [] as CellSite[]);
  for (const site of sites) {
    let index = parts.findIndex((p) => inside(p, site.lon, site.lat));
    if (index < 0) {
      let best = Infinity;
      parts.forEach((_, i) => {
        const d = measureDistance([site.lon, site.lat], partPoints[i]!);
        if (d < best) [best, index] = [d, i];
      });
    }
    sitesOfPart[index]!.push(site);
  }
  const pieces = new Map<string, (Polygon | MultiPolygon)[]>();
  const give = (code: string, piece: Polygon | MultiPolygon) => pieces.set(code, [...(pieces.get(code) ?? []), piece]);
  parts.forEach((part, i) => {
    const own = sitesOfPart[i]!;
    if (own.length === 0) {
      // A part without a centroid (an island, an exclave) goes to the nearest site.
      let nearest = sites[0]!;
      let best = Infinity;
      for (const s of sites) {
        const d = measureDistance([s.lon, s.lat], partPoints[i]!);
        if (d < best) [best, nearest] = [d, s];
      }
      give(nearest.code, part);
      return;
    }
    cellsInPart(part, own).forEach((cell, k) => {
      if (cell) give(own[k]!.code, cell);
    });
  });
  const cells = new Map<string, Polygon | MultiPolygon>();
  for (const site of sites) {
    const got = pieces.get(site.code);
    if (!got) throw new Error(`sector ${site.code} got no cell in ${areaCode}`);
    cells.set(site.code, merge(got));
  }
  return cells;
}
