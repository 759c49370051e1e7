import type { ExpressionSpecification, FilterSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { BASEMAP_PREFIX } from './ids';
import type { PmtilesArchiveInfo } from './read-pmtiles-header';

/** The sources and layers of a basemap, with ids that all start with `basemap-`, drawn under the areas. */
export interface BasemapStyle {
  readonly sources: Readonly<Record<string, SourceSpecification>>;
  readonly layers: readonly LayerSpecification[];
  /** Credits the basemap asks for (plain text). */
  readonly attribution: readonly string[];
}

/** Area fills are this opaque while a basemap is shown, so streets and water show through. */
export const AREA_FILL_OPACITY_WITH_BASEMAP = 0.75;

/**
 * The area fill opacity: semi-transparent over a shown basemap, opaque otherwise.
 *
 * @example
 * areaFillOpacity(true); // 0.75
 */
export function areaFillOpacity(basemapShown: boolean): number {
  return basemapShown ? AREA_FILL_OPACITY_WITH_BASEMAP : 1;
}

/** The source layers of a Protomaps basemap (https://docs.protomaps.com/basemaps/layers) styled here. */
const PROTOMAPS_LAYERS = ['earth', 'landcover', 'landuse', 'water', 'roads', 'buildings', 'boundaries'];

const POLYGON: FilterSpecification = ['==', ['geometry-type'], 'Polygon'];
const LINE: FilterSpecification = ['==', ['geometry-type'], 'LineString'];
const kind = (values: readonly string[]): ExpressionSpecification => ['in', ['get', 'kind'], ['literal', [...values]]];

/**
 * The basemap of a local PMTiles archive, served by the `pmtiles://` protocol (`pmtiles://<key>/{z}/{x}/{y}`,
 * no network). A raster archive becomes one raster layer, a little desaturated so the choropleth stays
 * the strongest colour; a vector archive a quiet style: land, landcover and parks, water, buildings,
 * roads and boundaries when it is a Protomaps basemap (recognised by its layer names), else a plain fill
 * and line for every source layer. No labels: the map has no glyph server, and the areas carry the names.
 *
 * @example
 * buildPmtilesBasemap(info, 'basemap-1', []).layers.map((l) => l.id); // ['basemap-raster']
 */
export function buildPmtilesBasemap(info: PmtilesArchiveInfo, key: string, vectorLayers: readonly string[], attribution: readonly string[] = []): BasemapStyle {
  if (info.kind === 'unsupported') throw new RangeError(`This PMTiles archive cannot be shown (${info.problem ?? 'unsupported'})`);
  if (!/^[\w.-]+$/.test(key)) throw new RangeError(`key must be letters, digits, '.', '_' or '-', got ${JSON.stringify(key)}`);
  const sourceId = `${BASEMAP_PREFIX}pmtiles`;
  const tiles = [`pmtiles://${key}/{z}/{x}/{y}`];
  const common = { tiles, minzoom: info.minZoom, maxzoom: info.maxZoom, bounds: [...info.bounds] as [number, number, number, number] };
  if (info.kind === 'raster') {
    return {
      sources: { [sourceId]: { type: 'raster', ...common, tileSize: 256 } },
      layers: [{ id: `${BASEMAP_PREFIX}raster`, type: 'raster', source: sourceId, paint: { 'raster-saturation': -0.35, 'raster-contrast': -0.1, 'raster-fade-duration': 0 } }],
      attribution,
    };
  }
  const source: SourceSpecification = { type: 'vector', ...common, ...(info.tileType === 'mlt' ? { encoding: 'mlt' as const } : {}) };
  const protomaps = vectorLayers.includes('earth') && vectorLayers.includes('roads');
  return { sources: { [sourceId]: source }, layers: protomaps ? protomapsLayers(sourceId, vectorLayers) : genericVectorLayers(sourceId, vectorLayers), attribution };
}

function protomapsLayers(source: string, present: readonly string[]): LayerSpecification[] {
  const id = (name: string) => `${BASEMAP_PREFIX}${name}`;
  const layers: LayerSpecification[] = [
    { id: id('background'), type: 'background', paint: { 'background-color': '#cfdde6' } },
    { id: id('earth'), type: 'fill', source, 'source-layer': 'earth', paint: { 'fill-color': '#f3f1ec' } },
    { id: id('landcover'), type: 'fill', source, 'source-layer': 'landcover', paint: { 'fill-color': ['match', ['get', 'kind'], ['forest', 'wood'], '#dde8d5', ['grassland', 'scrub', 'farmland'], '#e9eedf', '#eceee6'], 'fill-opacity': 0.8 } },
    { id: id('landuse'), type: 'fill', source, 'source-layer': 'landuse', filter: kind(['park', 'forest', 'wood', 'grass', 'garden', 'cemetery', 'nature_reserve', 'playground', 'allotments', 'meadow', 'pitch', 'golf_course']), paint: { 'fill-color': '#dbe8d2' } },
    { id: id('water'), type: 'fill', source, 'source-layer': 'water', filter: POLYGON, paint: { 'fill-color': '#b9d0df' } },
    { id: id('water-line'), type: 'line', source, 'source-layer': 'water', filter: LINE, paint: { 'line-color': '#b9d0df', 'line-width': ['interpolate', ['linear'], ['zoom'], 10, 0.8, 15, 2.5] } },
    { id: id('buildings'), type: 'fill', source, 'source-layer': 'buildings', minzoom: 14, paint: { 'fill-color': '#e3ddd3', 'fill-outline-color': '#d6cfc4' } },
    { id: id('roads-casing'), type: 'line', source, 'source-layer': 'roads', filter: kind(['highway', 'major_road']), layout: { 'line-join': 'round', 'line-cap': 'round' }, paint: { 'line-color': '#d3ccc1', 'line-width': ['interpolate', ['exponential', 1.6], ['zoom'], 10, 1.5, 16, 12] } },
    { id: id('roads-minor'), type: 'line', source, 'source-layer': 'roads', filter: kind(['minor_road', 'other', 'path']), minzoom: 12, layout: { 'line-join': 'round', 'line-cap': 'round' }, paint: { 'line-color': '#ffffff', 'line-width': ['interpolate', ['exponential', 1.6], ['zoom'], 12, 0.5, 16, 5] } },
    { id: id('roads'), type: 'line', source, 'source-layer': 'roads', filter: kind(['highway', 'major_road']), layout: { 'line-join': 'round', 'line-cap': 'round' }, paint: { 'line-color': '#ffffff', 'line-width': ['interpolate', ['exponential', 1.6], ['zoom'], 10, 0.8, 16, 9] } },
    { id: id('boundaries'), type: 'line', source, 'source-layer': 'boundaries', paint: { 'line-color': '#9a94a8', 'line-width': 1, 'line-dasharray': [3, 2] } },
  ];
  // Keep only layers whose source layer is in the archive (and the background).
  return layers.filter((l) => !('source-layer' in l) || (PROTOMAPS_LAYERS.includes(l['source-layer'] as string) && present.includes(l['source-layer'] as string)));
}

function genericVectorLayers(source: string, present: readonly string[]): LayerSpecification[] {
  const safe = (name: string) => name.replace(/[^\w-]/g, '_');
  return present.flatMap((layer): LayerSpecification[] => [
    { id: `${BASEMAP_PREFIX}${safe(layer)}-fill`, type: 'fill', source, 'source-layer': layer, filter: POLYGON, paint: { 'fill-color': '#e7e3db', 'fill-outline-color': '#d2ccc2' } },
    { id: `${BASEMAP_PREFIX}${safe(layer)}-line`, type: 'line', source, 'source-layer': layer, filter: LINE, paint: { 'line-color': '#c4bdb2', 'line-width': 1 } },
  ]);
}
