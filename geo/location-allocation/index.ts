/**
 * Location-allocation: MCLP and p-median problems, greedy/GRASP starts, Teitz–Bart interchange, exact search.
 * The public face of geo/location-allocation/: import from here, not from the files inside.
 */
export * from './choose-sites-greedily';
export * from './improve-sites-by-interchange';
export * from './locate-facilities-exactly';
export * from './locate-facilities';
export * from './location-problem';
export * from './prepare-location-problem';
export * from './summarise-location-solution';
