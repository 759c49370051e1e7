/**
 * SQL queries over a loaded package (values bound as parameters, identifiers quoted by data/db).
 * The public face of data/queries/: import from here, not from the files inside.
 */
export * from './analysis-views';
export * from './area-details';
export * from './area-indicator-values';
export * from './team-fte-summary';
export * from './team-staffing';
