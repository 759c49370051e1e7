/** Source and layer ids, in one place so builders, the controller and the tests agree. */
export const SOURCES = {
  areas: 'areas',
  /** Only the suppressed areas of the current map (for the hatch): a few features, not all of them. */
  areaSuppressed: 'area-suppressed',
  /** Only the hovered, selected and highlighted areas, each with its `mark`: the interaction outlines. */
  areaMarks: 'area-marks',
  /** One label point per area of the level on the map (its name). */
  areaLabels: 'area-labels',
  territories: 'territories',
  territoryLabels: 'territory-labels',
  centres: 'centres',
  /** Catchment rings around the centres (and their dissolved fill per travel mode). */
  rings: 'catchment-rings',
  /** The top-N coverage-gap areas, and one label point per gap. */
  gaps: 'coverage-gaps',
  gapLabels: 'coverage-gap-labels',
  /** The place last picked in the search box: the area's outline, and a point with its name. */
  searchResult: 'search-result',
} as const;

export const LAYERS = {
  background: 'background',
  areaFill: 'area-fill',
  areaSuppressed: 'area-suppressed',
  areaOutline: 'area-outline',
  areaHover: 'area-hover',
  areaEmphasis: 'area-emphasis',
  areaLabel: 'area-label',
  territoryCasing: 'territory-casing',
  territoryLine: 'territory-line',
  territoryLabel: 'territory-label',
  centreCircle: 'centre-circle',
  centreLabel: 'centre-label',
  centreSpace: 'centre-space',
  ringFill: 'ring-fill',
  ringLine: 'ring-line',
  ringLineDashed: 'ring-line-dashed',
  gapFill: 'gap-fill',
  gapCasing: 'gap-casing',
  gapOutline: 'gap-outline',
  gapBadge: 'gap-badge',
  gapLabel: 'gap-label',
  searchResultCasing: 'search-result-casing',
  searchResultLine: 'search-result-line',
  searchResultLabel: 'search-result-label',
} as const;

/** Every source and layer of the optional basemap starts with this (`basemap-raster`, `basemap-water`, …). */
export const BASEMAP_PREFIX = 'basemap-';
/** The hatch of the coverage-gap layer (added once by the overlays). */
export const GAP_PATTERN = 'gap-hatch';

/**
 * A transparent square under each location's name (added by the map controller): it makes the dot take part
 * in MapLibre's symbol collision, so no area, team or other location name is drawn over a location's dot.
 */
export const CENTRE_SPACE = 'centre-space';
/** Its side in pixels. */
export const CENTRE_SPACE_SIZE = 20;

/** The pattern image for suppressed areas (added by the map controller). */
export const SUPPRESSED_PATTERN = 'suppressed-hatch';
/** The bundled font (renderer/fonts.css); MapLibre draws its glyphs locally, no glyph server. */
export const MAP_FONT = ['Noto Sans Regular'];
export const MAP_FONT_BOLD = ['Noto Sans Bold'];
