/**
 * The built-in geography of Flanders and Brussels: its compact format, decoding a municipality's record,
 * and turning it into a data package with real geography and 2024 population.
 * The public face of data/geography/: import from here, not from the files inside.
 */
export * from './geography-format';
export * from './decode-municipality';
export * from './build-municipality-package';
export * from './find-municipality';
