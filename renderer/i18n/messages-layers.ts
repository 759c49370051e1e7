/** Words of the layer list, the optional layers, the basemap and the search (renderer/explorer/layers, search). */
export const layersNl = {
  tabLayers: 'Lagen',
} as const;

export const layersEn: { [K in keyof typeof layersNl]: string } = {
  tabLayers: 'Layers',
};
