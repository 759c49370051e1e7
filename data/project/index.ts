/**
 * The .wijkzicht project file, the package content hash, and CSV exports.
 * The public face of data/project/: import from here, not from the files inside.
 */
export * from './csv-export';
export * from './hash-package-files';
export * from './project-file';
export * from './project-types';
export * from './serialize-project';
