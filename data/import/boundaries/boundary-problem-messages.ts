import type { MessageCatalog } from '../../package/problems';

/** Problem codes of the boundary importers (shapefile, GeoJSON, coordinate systems, geometry checks). */
export type BoundaryProblemCode = never;

export const BOUNDARY_MESSAGES: MessageCatalog<BoundaryProblemCode> = {};
