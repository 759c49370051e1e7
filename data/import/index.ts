/**
 * Importing boundary files and tables into a data package: read, map, match codes, assemble, report.
 * The public face of data/import/: import from here, not from the files inside.
 * Writing to disk is Node-only and imported by path: `data/import/write-package-to-disk`.
 */
export * from './boundaries/boundary-layer';
export * from './boundaries/build-boundary-layer';
export * from './boundaries/find-duplicate-values';
export * from './boundaries/group-boundary-files';
export * from './boundaries/identify-geojson-crs';
export * from './boundaries/open-geojson-layer';
export * from './boundaries/open-shapefile-layer';
export * from './boundaries/read-boundary-files';
export * from './boundaries/resolve-layer-crs';
export * from './assemble-package-files';
export * from './boundary-areas';
export * from './build-import';
export * from './build-import-onto-municipality';
export * from './classify-input-files';
export * from './collect-table-rows';
export * from './import-types';
export * from './indicator-terms';
export * from './input-file';
export * from './match-area-codes';
export * from './match-rows-to-areas';
export * from './municipality-package-files';
export * from './package-files-to-zip';
export * from './read-import-inputs';
export * from './read-organisation-files';
export * from './run-import';
export * from './slug';
export * from './suggest-definitions';
export * from './tables/guess-table-mapping';
export * from './tables/read-table-file';
export * from './tables/suggest-indicator-definition';
export * from './tables/to-long-indicators';
export * from './read-budget';
