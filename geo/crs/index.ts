/**
 * Coordinate reference systems: the supported systems, reprojection to WGS84, guessing a system from an extent, local planar projections.
 * The public face of geo/crs/: import from here, not from the files inside.
 */
export * from './create-local-projection';
export * from './guess-crs-from-extent';
export * from './reproject-geometry';
export * from './reprojection-memo';
export * from './supported-crs';
