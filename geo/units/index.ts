/**
 * Branded units and identifiers (Meters, Km, AreaCode, …).
 * The public face of geo/units/: import from here, not from the files inside.
 */
export * from './units';
