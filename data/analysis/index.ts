/**
 * The analysis run over a package: inputs from the database, the suppression plan, the run and its rerun for scenarios, and the report.
 * The public face of data/analysis/: import from here, not from the files inside.
 */
export * from './analysis-report';
export * from './build-analysis-input';
export * from './build-suppression-plan';
export * from './rerun-analysis';
export * from './run-analysis';
export * from './build-territory-input';
