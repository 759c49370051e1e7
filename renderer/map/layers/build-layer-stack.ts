import type { LayerSpecification } from 'maplibre-gl';
import { buildAreaLabelLayers } from './build-area-label-layers';
import { buildAreaLayers } from './build-area-layers';
import { buildCentreLayers } from './build-centre-layers';
import { buildTerritoryLayers } from './build-territory-layers';

/**
 * The map's own layers, bottom to top. MapLibre places the symbols of higher layers first, so the label
 * layers go on top in the order of priority: team names, then area names, then the location names (first).
 */
export function buildLayerStack(): LayerSpecification[] {
  const territory = buildTerritoryLayers();
  const centres = buildCentreLayers();
  const isSymbol = (l: LayerSpecification) => l.type === 'symbol';
  return [
    ...buildAreaLayers(),
    ...territory.filter((l) => !isSymbol(l)),
    ...centres.filter((l) => !isSymbol(l)),
    ...territory.filter(isSymbol),
    ...buildAreaLabelLayers(),
    ...centres.filter(isSymbol),
  ];
}
