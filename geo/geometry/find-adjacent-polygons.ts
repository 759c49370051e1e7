import type { MultiPolygon, Polygon, Position } from 'geojson';
import { checkPolygonGeometry } from './check-polygon-geometry';

/**
 * Which polygons of a clean tiling share a boundary: for each input index, the sorted indices of the
 * polygons that have at least one boundary segment in common with it (same two end positions, in either
 * direction). Touching at a single corner does not count. Built for topologically clean tilings whose
 * neighbours share vertices exactly — Voronoi cells, rounded generator output, dissolves of those — and runs
 * in time linear in the number of segments. It will miss neighbours in data where shared borders are
 * digitised twice with different vertices.
 *
 * @example
 * const left: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] };
 * const right: Polygon = { type: 'Polygon', coordinates: [[[1, 0], [2, 0], [2, 1], [1, 1], [1, 0]]] };
 * findAdjacentPolygons([left, right]); // [[1], [0]]
 */
export function findAdjacentPolygons(geometries: readonly (Polygon | MultiPolygon)[]): number[][] {
  if (!Array.isArray(geometries)) throw new TypeError('geometries must be an array of Polygon or MultiPolygon');
  geometries.forEach((g, i) => checkPolygonGeometry(g, `geometries[${i}]`));
  const owners = new Map<string, number[]>();
  geometries.forEach((geometry, index) => {
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    for (const rings of polygons) {
      for (const ring of rings) {
        for (let i = 0; i < ring.length - 1; i++) {
          const key = segmentKey(ring[i] as Position, ring[i + 1] as Position);
          const list = owners.get(key);
          if (list === undefined) owners.set(key, [index]);
          else if (list[list.length - 1] !== index) list.push(index);
        }
      }
    }
  });
  const neighbours = geometries.map(() => new Set<number>());
  for (const list of owners.values()) {
    for (const a of list) for (const b of list) if (a !== b) neighbours[a]!.add(b);
  }
  return neighbours.map((set) => [...set].sort((a, b) => a - b));
}

function segmentKey(a: Position, b: Position): string {
  const ka = `${a[0]},${a[1]}`;
  const kb = `${b[0]},${b[1]}`;
  return ka < kb ? `${ka};${kb}` : `${kb};${ka}`;
}
