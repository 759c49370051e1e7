/**
 * Polygon and point geometry in WGS84: checks, bounding boxes, interior points, point-in-polygon, dissolving, adjacency, Voronoi cells.
 * The public face of geo/geometry/: import from here, not from the files inside.
 */
export * from './assemble-esri-rings';
export * from './assign-points-to-polygons';
export * from './build-voronoi-cells';
export * from './check-lon-lat';
export * from './check-polygon-geometry';
export * from './compute-population-weighted-point';
export * from './dissolve-polygons-by-key';
export * from './find-adjacent-polygons';
export * from './find-bounding-box';
export * from './find-interior-point';
export * from './is-point-in-rings';
export * from './round-polygon-coordinates';
