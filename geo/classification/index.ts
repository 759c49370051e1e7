/**
 * Map classification: quantiles, equal intervals, natural breaks (exact Ckmeans), manual breaks, and the choropleth builder.
 * The public face of geo/classification/: import from here, not from the files inside.
 */
export * from './build-choropleth';
export * from './classify-equal-interval';
export * from './classify-natural-breaks';
export * from './classify-quantiles';
export * from './classify-values';
export * from './cluster-ckmeans';
export * from './tidy-class-limits';
