/**
 * Helpers to synthesise demo geography: seeded random numbers, blob outlines, spaced points, contiguous regions.
 * The public face of geo/synthesis/: import from here, not from the files inside.
 */
export * from './create-blob-polygon';
export * from './create-seeded-random';
export * from './grow-contiguous-regions';
export * from './sample-spaced-points';
