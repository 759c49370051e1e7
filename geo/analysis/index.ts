/**
 * The whole analysis of a level (need, reach, access, gaps, hot spots, FTE targets) and its statistics.
 * The public face of geo/analysis/: import from here, not from the files inside.
 */
export * from './analyse-areas';
export * from './compute-gap-scores';
export * from './compute-getis-ord-gi-star';
export * from './compute-normal-two-sided-p';
