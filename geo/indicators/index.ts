/**
 * Indicators: rates, standardisation, the need index.
 * The public face of geo/indicators/: import from here, not from the files inside.
 */
export * from './compute-need-index';
export * from './compute-rate';
export * from './standardise-values';
