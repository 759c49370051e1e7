/**
 * Data packages: the descriptor, the model, reading and validating a package from any file source, its roles and area hierarchy, and its summary.
 * The public face of data/package/: import from here, not from the files inside.
 * The Node folder source is imported by path: `data/package/sources/node-folder-source`.
 */
export * from './analysis-roles';
export * from './build-area-hierarchy';
export * from './descriptor';
export * from './file-source';
export * from './find-implausible-counts';
export * from './package-text';
export * from './interpret-roles';
export * from './model';
export * from './read-areas-resource';
export * from './read-csv-resource';
export * from './read-package';
export * from './read-package-files';
export * from './sources/http-source';
export * from './sources/memory-source';
export * from './sources/zip-source';
export * from './suggest-analysis-roles';
export * from './summarise-package';
export * from './type-table';
