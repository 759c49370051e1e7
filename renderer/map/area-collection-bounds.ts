import type { AreaCollection } from '../../data/package';

/**
 * The bounding box `[west, south, east, north]` (degrees) of the outer rings of a collection's polygons, what
 * the map fits its view to; null when it has no coordinates.
 *
 * @example
 * areaCollectionBounds(kortrijkWijken) // [3.19…, 50.76…, 3.36…, 50.87…]
 * areaCollectionBounds({ type: 'FeatureCollection', features: [] }) // null
 */
export function areaCollectionBounds(areas: AreaCollection): readonly [number, number, number, number] | null {
  let west = Infinity, south = Infinity, east = -Infinity, north = -Infinity;
  for (const f of areas.features) {
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const polygon of polygons) for (const [lon, lat] of polygon[0] ?? []) {
      west = Math.min(west, lon!);
      east = Math.max(east, lon!);
      south = Math.min(south, lat!);
      north = Math.max(north, lat!);
    }
  }
  return Number.isFinite(west) ? [west, south, east, north] : null;
}
