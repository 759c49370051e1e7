/**
 * Territories: contiguous, balanced team territories that keep every location (region growing + local search).
 * The public face of geo/territories/: import from here, not from the files inside.
 */
export * from './build-territory-units';
export * from './choose-territory-teams';
export * from './grow-territories';
export * from './improve-territories';
export * from './kick-territories';
export * from './propose-territories';
export * from './summarise-territories';
export * from './territory-problem';
