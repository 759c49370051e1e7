/** Optional map layers (catchment rings, coverage gaps, basemap), drawn through the map controller. */
export function MapOverlays() {
  return null;
}
