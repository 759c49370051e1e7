/**
 * geo/: pure geospatial and analytical functions over plain arrays and GeoJSON (no I/O, no DOM, nothing of
 * the rest of Wijkzicht). One concept per folder, each with its own index.ts.
 */
export * from './geometry';
export * from './repair';
export * from './crs';
export * from './spatial-index';
export * from './measure';
export * from './classification';
export * from './colouring';
export * from './indicators';
export * from './accessibility';
export * from './location-allocation';
export * from './apportionment';
export * from './suppression';
export * from './analysis';
export * from './synthesis';
export * from './territories';
export * from './units';
