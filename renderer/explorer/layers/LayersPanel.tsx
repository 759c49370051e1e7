/** The layer list: show, hide and reorder map layers; the optional basemap. */
export function LayersPanel() {
  return null;
}
