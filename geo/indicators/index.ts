/**
 * Indicators: rates, standardisation, the need index, the band (low, average, high) of a composite score.
 * The public face of geo/indicators/: import from here, not from the files inside.
 */
export * from './compute-need-index';
export * from './compute-need-index-values';
export * from './compute-rate';
export * from './score-band';
export * from './standardise-to-z-scores';
export * from './standardise-values';
