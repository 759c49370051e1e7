/**
 * Ring repair and validation: duplicate vertices, closing, RFC 7946 winding, self-intersections (and whether
 * two passes of a boundary through one point cross there).
 * The public face of geo/repair/: import from here, not from the files inside.
 */
export * from './do-passes-cross';
export * from './find-self-intersections';
export * from './orient-rings-rfc7946';
export * from './repair-ring';
