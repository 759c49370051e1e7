/**
 * A municipality's organisation of social work — teams, their territories, locations, FTE and the analysis
 * roles — read from a package or from tables (Belgian-Excel CSV/XLSX), checked, and written into a package.
 * The public face of data/organisation/: import from here, not from the files inside.
 */
export * from './organisation';
export * from './organisation-of-package';
export * from './find-columns';
export * from './read-territory-table';
export * from './read-centres-table';
export * from './read-fte-table';
export * from './write-organisation-files';
