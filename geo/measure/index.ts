/**
 * Measurement on the sphere: distances, areas, distance matrices, destination points.
 * The public face of geo/measure/: import from here, not from the files inside.
 */
export * from './build-distance-matrix';
export * from './find-destination-point';
export * from './measure-area';
export * from './measure-distance';
