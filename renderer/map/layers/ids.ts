/** Source and layer ids, in one place so builders, the controller and the tests agree. */
export const SOURCES = {
  areas: 'areas',
  territories: 'territories',
  territoryLabels: 'territory-labels',
  centres: 'centres',
} as const;

export const LAYERS = {
  background: 'background',
  areaFill: 'area-fill',
  areaSuppressed: 'area-suppressed',
  areaOutline: 'area-outline',
  areaHover: 'area-hover',
  areaEmphasis: 'area-emphasis',
  territoryCasing: 'territory-casing',
  territoryLine: 'territory-line',
  territoryLabel: 'territory-label',
  centreCircle: 'centre-circle',
  centreLabel: 'centre-label',
} as const;

/** The pattern image for suppressed areas (added by the map controller). */
export const SUPPRESSED_PATTERN = 'suppressed-hatch';
/** The bundled font (renderer/fonts.css); MapLibre draws its glyphs locally, no glyph server. */
export const MAP_FONT = ['Noto Sans Regular'];
export const MAP_FONT_BOLD = ['Noto Sans Bold'];
