/**
 * Colours for maps of regions: CIELAB and the CIEDE2000 colour difference, which regions touch, and a
 * colouring of touching regions (team territories) with clearly different colours (DSATUR).
 * The public face of geo/colouring/: import from here, not from the files inside.
 */
export * from './colour-neighbouring-regions';
export * from './find-touching-regions';
export * from './measure-colour-difference';
