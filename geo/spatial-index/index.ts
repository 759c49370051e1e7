/**
 * Spatial indexes and neighbourhoods: a uniform grid over points, distance-band neighbours.
 * The public face of geo/spatial-index/: import from here, not from the files inside.
 */
export * from './build-distance-band-neighbours';
export * from './index-points-in-grid';
