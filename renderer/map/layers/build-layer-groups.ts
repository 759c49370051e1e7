import type { LayerId } from '../../features/explorer/state/layers-slice';
import { LAYERS } from './ids';

/**
 * The MapLibre layers behind each entry of the layer list. Labels (and the gap rank badges) are drawn apart,
 * always on top; so are `marks`, the hover, selection and chart-highlight outlines of the areas, which
 * must not disappear under the territory outlines that follow the same boundaries.
 */
export const LAYER_GROUPS: Readonly<
  Record<Exclude<LayerId, 'basemap'>, { readonly layers: readonly string[]; readonly marks: readonly string[]; readonly labels: readonly string[] }>
> = {
  areas: { layers: [LAYERS.areaFill, LAYERS.areaSuppressed, LAYERS.areaOutline], marks: [LAYERS.areaHover, LAYERS.areaEmphasis], labels: [LAYERS.areaLabel] },
  gaps: { layers: [LAYERS.gapFill, LAYERS.gapCasing, LAYERS.gapOutline], marks: [], labels: [LAYERS.gapBadge, LAYERS.gapLabel] },
  rings: { layers: [LAYERS.ringFill, LAYERS.ringLineDashed, LAYERS.ringLine], marks: [], labels: [] },
  territories: { layers: [LAYERS.territoryCasing, LAYERS.territoryLine], marks: [], labels: [LAYERS.territoryLabel] },
  centres: { layers: [LAYERS.centreCircle], marks: [], labels: [LAYERS.centreLabel, LAYERS.centreSpace] },
};

/**
 * Labels from top to bottom, whatever the order of the list: symbols of higher layers are placed first,
 * so gap ranks (on their badges) always show, then the room of the location dots, then the location names, then the area names, and the team
 * names yield to all of them (issue 14.3: locations first, then areas, then teams).
 */
export const LABEL_ORDER: readonly string[] = [LAYERS.gapLabel, LAYERS.gapBadge, LAYERS.centreSpace, LAYERS.centreLabel, LAYERS.areaLabel, LAYERS.territoryLabel];

/** Drawn above every entry of the list, under the labels: the outline of the area picked in the search. */
export const ALWAYS_ON_TOP: readonly string[] = [LAYERS.searchResultCasing, LAYERS.searchResultLine];

/** Above every other label (placed first, so the others yield to it): the name of the place picked in the search. */
export const SEARCH_LABEL: readonly string[] = [LAYERS.searchResultLabel];

/**
 * The label groups for `MapController.orderLayerGroups`, top first: the search result's name, then the
 * labels in `LABEL_ORDER` (bottom first within the group).
 *
 * @example
 * labelDrawingOrder()[0]; // ['search-result-label']
 */
export function labelDrawingOrder(): string[][] {
  return [[...SEARCH_LABEL], [...LABEL_ORDER].reverse()];
}

/**
 * The MapLibre layer ids of an entry of the layer list (in drawing order, bottom first); the basemap's
 * are whatever basemap is loaded.
 *
 * @example
 * mapLayerIdsOf('centres', []); // ['centre-circle', 'centre-label', 'centre-space']
 */
export function mapLayerIdsOf(id: LayerId, basemapLayerIds: readonly string[]): string[] {
  if (id === 'basemap') return [...basemapLayerIds];
  const group = LAYER_GROUPS[id];
  if (!group) throw new RangeError(`Unknown layer ${String(id)}`);
  return [...group.layers, ...group.marks, ...group.labels];
}

/**
 * Groups of MapLibre layer ids for `MapController.orderLayerGroups` (first group drawn on top): the
 * search result's name, all labels in `LABEL_ORDER`, then the search result outline, then the area marks (hover, selection, chart
 * highlight), then each list entry's layers in the list order (top of the list on top), each group
 * bottom-first so it keeps its own internal order.
 *
 * @example
 * buildLayerDrawingOrder(['centres', 'areas', 'basemap'], ['basemap-raster'])[3]; // ['centre-circle']
 */
export function buildLayerDrawingOrder(order: readonly LayerId[], basemapLayerIds: readonly string[]): string[][] {
  if (new Set(order).size !== order.length) throw new RangeError(`The layer order has duplicates: ${order.join(', ')}`);
  const groups = order.map((id) => (id === 'basemap' ? [...basemapLayerIds] : [...LAYER_GROUPS[id].layers]));
  const marks = order.flatMap((id) => (id === 'basemap' ? [] : [...LAYER_GROUPS[id].marks]));
  return [...labelDrawingOrder(), [...ALWAYS_ON_TOP], marks, ...groups].filter((g) => g.length > 0);
}
