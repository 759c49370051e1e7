import type { Position } from 'geojson';

/** A feature's geometry as read, before checks: what the layer builder needs to decide and repair. */
export type RawGeometry =
  | { readonly kind: 'null' }
  | { readonly kind: 'empty'; readonly type: string }
  | { readonly kind: 'not-polygon'; readonly type: string }
  /** Malformed coordinates (GeoJSON) or a damaged record (shapefile). */
  | { readonly kind: 'invalid'; readonly detail: string; readonly detailNl: string; readonly corruptRecord?: boolean }
  /** A shapefile polygon's rings in file order, to be assembled by the ESRI rule. */
  | { readonly kind: 'esri-rings'; readonly rings: Position[][] }
  /** GeoJSON polygons (x, y only), not yet repaired. */
  | { readonly kind: 'polygons'; readonly type: 'Polygon' | 'MultiPolygon'; readonly polygons: Position[][][] };
