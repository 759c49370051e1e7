import { createContext, useContext } from 'react';
import type { MapController } from './map-controller';

/** The map's controller for components that add to it (overlay layers, search): null until the map exists. */
export const MapControllerContext = createContext<MapController | null>(null);

export function useMapController(): MapController | null {
  return useContext(MapControllerContext);
}
