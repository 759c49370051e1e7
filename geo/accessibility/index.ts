/**
 * Accessibility: nearest sites, coverage within a radius, (E)2SFCA, catchment rings.
 * The public face of geo/accessibility/: import from here, not from the files inside.
 */
export * from './build-catchment-rings';
export * from './compute-coverage';
export * from './compute-two-step-floating-catchment';
export * from './find-nearest-sites';
