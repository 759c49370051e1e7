import type { FeatureCollection, Point } from 'geojson';
import type { AreaCollection } from '../../../data/package';
import { findBoundingBox, findInteriorPoint } from '../../../geo/geometry';
import { meters } from '../../../geo/units';

/** A label point of an area: its code, name and `rank` (0 for the largest area; MapLibre's symbol-sort-key). */
export interface AreaLabelProperties {
  readonly code: string;
  readonly name: string;
  readonly rank: number;
}

const cache = new WeakMap<AreaCollection, FeatureCollection<Point, AreaLabelProperties>>();

/**
 * One label point per area, at its interior point (`findInteriorPoint`, 10 m precision: never outside a
 * concave or holed area), ranked by size so that where names collide the larger area keeps its name
 * (rank 0 = largest bounding box, the lowest symbol-sort-key). Areas without a name or without an interior
 * get no label. Computed once per collection.
 *
 * @example
 * buildAreaLabelPoints(kortrijk.levels[0].areas).features[0].properties; // { code: '…', name: 'Heule', rank: 0 }
 */
export function buildAreaLabelPoints(areas: AreaCollection): FeatureCollection<Point, AreaLabelProperties> {
  const cached = cache.get(areas);
  if (cached) return cached;
  const points = areas.features.flatMap((f) => {
    const name = f.properties.name?.trim() ?? '';
    if (name === '') return [];
    try {
      const [west, south, east, north] = findBoundingBox(f.geometry);
      return [{ code: f.properties.code, name, size: (east - west) * (north - south), at: findInteriorPoint(f.geometry, meters(10)) }];
    } catch {
      return [];
    }
  });
  const ranked = [...points].sort((a, b) => b.size - a.size || a.code.localeCompare(b.code));
  const rankOf = new Map(ranked.map((p, i) => [p.code, i] as const));
  const labels: FeatureCollection<Point, AreaLabelProperties> = {
    type: 'FeatureCollection',
    features: points.map((p) => ({
      type: 'Feature',
      properties: { code: p.code, name: p.name, rank: rankOf.get(p.code)! },
      geometry: { type: 'Point', coordinates: [p.at[0], p.at[1]] },
    })),
  };
  cache.set(areas, labels);
  return labels;
}
