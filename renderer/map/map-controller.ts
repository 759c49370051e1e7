import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { FeatureCollection, Point } from 'geojson';
import type { AreaCollection } from '../../data/package';
import type { Centre } from '../../data/package';
import { buildSuppressedFilter, type AreaMark } from './layers/build-area-layers';
import type { BasemapStyle } from './layers/build-basemap-layers';
import { buildBaseStyle } from './layers/build-base-style';
import { buildAreaLabelPoints } from './layers/build-area-label-points';
import { areaLabelMinZoom } from './layers/build-area-label-layers';
import { buildLayerStack } from './layers/build-layer-stack';
import { LAYERS, SOURCES } from './layers/ids';
import { buildMapImages } from './layers/build-map-images';
import { mapCanvasAttributes } from './map-canvas-attributes';
import { areaCollectionBounds } from './area-collection-bounds';
import type { AreaFeatureState } from './build-area-feature-states';

maplibregl.setWorkerUrl(workerUrl);

export interface MapControllerEvents {
  /** The pointer is over an area (its code) or over none (null). */
  onHover(code: string | null, point: { x: number; y: number } | null): void;
  /** The map finished rendering everything it was asked to (sources loaded, no transitions). */
  onIdle(): void;
  /** A frame was drawn. */
  onRender?(): void;
  /** An area was clicked (its code), or empty map (null). */
  onClick?(code: string | null): void;
  /** MapLibre could not take new data (a source update was refused): reported, the map keeps what it shows. */
  onError?(error: unknown): void;
}

export interface MapContent {
  readonly areas: AreaCollection;
  readonly territories: AreaCollection | null;
  readonly territoryLabels: FeatureCollection<Point, { code: string; name: string }>;
  readonly centres: readonly Centre[];
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * The imperative shell around MapLibre: builds the map from the pure layer builders, swaps source data
 * when the package or level changes, and recolours areas through feature-state (never reloading a source).
 * Calls made before the style is loaded are queued.
 */
export class MapController {
  readonly map: maplibregl.Map;
  private ready = false;
  private readonly queue: (() => void)[] = [];
  private states = new Map<string, AreaFeatureState>();
  /** The areas of the current content by code, for the small mark and suppression sources. */
  private areaByCode = new Map<string, AreaCollection['features'][number]>();
  private suppressedKey = '';
  /** The areas of the current content, and whether the hatch source holds them yet (only once needed). */
  private contentAreas: AreaCollection | null = null;
  private suppressedLoaded = false;
  private hovered: string | null = null;
  private highlighted: string[] = [];
  private selected: string | null = null;
  private basemap: { sources: string[]; layers: string[] } = { sources: [], layers: [] };
  private centresShown: readonly Pick<Centre, 'id' | 'name' | 'teamId' | 'lon' | 'lat'>[] = [];
  private centreEditing: { adding: boolean; onAdd(lon: number, lat: number): void; onMove(id: string, lon: number, lat: number): void } | null = null;
  private dragging: string | null = null;

  private controls: maplibregl.IControl[] = [];

  constructor(container: HTMLElement, private readonly events: MapControllerEvents, locale: Record<string, string> = {}) {
    this.map = new maplibregl.Map({
      container,
      locale,
      style: buildBaseStyle(),
      center: [3.95, 50.85],
      zoom: 11,
      attributionControl: false,
      canvasContextAttributes: mapCanvasAttributes(),
      maxPitch: 0,
      dragRotate: false,
      touchPitch: false,
    });
    this.map.touchZoomRotate.disableRotation();
    this.addControls();
    this.map.on('load', () => {
      for (const [id, image] of buildMapImages()) this.map.addImage(id, image);
      this.map.addSource(SOURCES.areas, { type: 'geojson', data: EMPTY, promoteId: 'code' });
      this.map.addSource(SOURCES.areaSuppressed, { type: 'geojson', data: EMPTY, promoteId: 'code' });
      this.map.addSource(SOURCES.areaMarks, { type: 'geojson', data: EMPTY });
      this.map.addSource(SOURCES.territories, { type: 'geojson', data: EMPTY, promoteId: 'code' });
      this.map.addSource(SOURCES.territoryLabels, { type: 'geojson', data: EMPTY });
      this.map.addSource(SOURCES.areaLabels, { type: 'geojson', data: EMPTY });
      this.map.addSource(SOURCES.centres, { type: 'geojson', data: EMPTY, promoteId: 'id' });
      for (const layer of buildLayerStack()) this.map.addLayer(layer);
      this.ready = true;
      for (const task of this.queue.splice(0)) task();
    });
    this.map.on('mousemove', LAYERS.areaFill, (e) => {
      const code = e.features?.[0]?.id;
      this.events.onHover(code === undefined ? null : String(code), { x: e.point.x, y: e.point.y });
    });
    this.map.on('mouseleave', LAYERS.areaFill, () => this.events.onHover(null, null));
    this.map.on('mousedown', LAYERS.centreCircle, (e) => {
      const id = e.features?.[0]?.properties?.id;
      if (!this.centreEditing || typeof id !== 'string') return;
      e.preventDefault();
      this.dragging = id;
      this.map.getCanvas().style.cursor = 'grabbing';
    });
    this.map.on('mousemove', (e) => {
      if (!this.dragging) return;
      const id = this.dragging;
      this.setCentresNow(this.centresShown.map((c) => (c.id === id ? { ...c, lon: e.lngLat.lng, lat: e.lngLat.lat } : c)));
    });
    this.map.on('mouseup', (e) => {
      if (!this.dragging) return;
      const id = this.dragging;
      this.dragging = null;
      this.map.getCanvas().style.cursor = this.centreEditing?.adding ? 'crosshair' : '';
      this.centreEditing?.onMove(id, e.lngLat.lng, e.lngLat.lat);
    });
    this.map.on('click', (e) => {
      if (this.centreEditing?.adding) {
        this.centreEditing.onAdd(e.lngLat.lng, e.lngLat.lat);
        return;
      }
      const hit = this.ready ? this.map.queryRenderedFeatures(e.point, { layers: [LAYERS.areaFill] })[0] : undefined;
      this.events.onClick?.(hit?.id === undefined ? null : String(hit.id));
    });
    this.map.on('mouseenter', LAYERS.areaFill, () => (this.map.getCanvas().style.cursor = 'pointer'));
    this.map.on('mouseleave', LAYERS.areaFill, () => (this.map.getCanvas().style.cursor = ''));
    this.map.on('idle', () => this.events.onIdle());
    this.map.on('render', () => this.events.onRender?.());
  }

  /** The zoom buttons and the scale bar, with their texts from the map's locale. */
  private addControls(): void {
    this.controls = [new maplibregl.NavigationControl({ showCompass: false }), new maplibregl.ScaleControl({ unit: 'metric' })];
    this.map.addControl(this.controls[0]!, 'top-right');
    this.map.addControl(this.controls[1]!, 'bottom-right');
  }

  /** MapLibre's control texts in another language (`mapLocaleFor`): controls made again, canvas relabelled. */
  setLocale(locale: Record<string, string>): void {
    const map = this.map as unknown as { _locale: Record<string, string> };
    map._locale = { ...map._locale, ...locale };
    for (const control of this.controls) this.map.removeControl(control);
    this.addControls();
    const title = locale['Map.Title'];
    if (title !== undefined) this.map.getCanvas().setAttribute('aria-label', title);
  }

  private whenReady(task: () => void): void {
    if (this.ready) task();
    else this.queue.push(task);
  }

  /** Only these areas, in the neutral fill, view fitted: a package's geometry before its colours (no labels). */
  setEarlyAreas(areas: AreaCollection): void {
    this.whenReady(() => {
      this.contentAreas = areas;
      this.areaByCode = new Map(areas.features.map((f) => [f.properties.code, f] as const));
      this.setSourceData(SOURCES.areas, areas);
      this.fitTo(areas);
    });
  }

  /** Replaces what is drawn; fits the view to the areas when `fit` is set. */
  setContent(content: MapContent, fit: boolean): void {
    this.whenReady(() => {
      this.states = new Map();
      this.areaByCode = new Map(content.areas.features.map((f) => [f.properties.code, f] as const));
      this.hovered = null;
      this.highlighted = [];
      this.selected = null;
      this.suppressedKey = '';
      this.suppressedLoaded = false;
      this.map.removeFeatureState({ source: SOURCES.areas });
      // The areas drawn early (`setEarlyAreas`) are already in the worker: not parsed and tiled again.
      if (this.contentAreas !== content.areas) this.setSourceData(SOURCES.areas, content.areas);
      this.contentAreas = content.areas;
      this.setSourceData(SOURCES.areaSuppressed, EMPTY);
      this.map.setFilter(LAYERS.areaSuppressed, buildSuppressedFilter([]));
      this.setSourceData(SOURCES.areaMarks, EMPTY);
      this.setSourceData(SOURCES.territories, content.territories ?? EMPTY);
      this.setSourceData(SOURCES.territoryLabels, content.territoryLabels);
      // On the team level the area names are the team names, already drawn as team labels.
      this.setSourceData(SOURCES.areaLabels, content.areas === content.territories ? EMPTY : buildAreaLabelPoints(content.areas));
      this.map.setLayerZoomRange(LAYERS.areaLabel, areaLabelMinZoom(content.areas.features.length), 24);
      this.setCentresNow(content.centres);
      if (fit) this.fitTo(content.areas);
    });
  }

  /**
   * Applies the colours of a choropleth; only changed states are written. Suppressed areas are hatched by
   * the filter of the hatch layer, whose source gets the areas' geometry once, the first time it is needed.
   */
  applyFeatureStates(states: ReadonlyMap<string, AreaFeatureState>): void {
    this.whenReady(() => {
      for (const code of this.states.keys()) {
        if (!states.has(code)) this.map.removeFeatureState({ source: SOURCES.areas, id: code });
      }
      const suppressed: string[] = [];
      for (const [code, state] of states) {
        if (state.status === 'suppressed') suppressed.push(code);
        const before = this.states.get(code);
        if (before && before.fill === state.fill && before.status === state.status) continue;
        this.map.setFeatureState({ source: SOURCES.areas, id: code }, { fill: state.fill, status: state.status });
      }
      this.states = new Map(states);
      const key = suppressed.join('\u001f');
      if (key !== this.suppressedKey) {
        this.suppressedKey = key;
        if (suppressed.length > 0 && !this.suppressedLoaded && this.contentAreas) {
          this.setSourceData(SOURCES.areaSuppressed, this.contentAreas);
          this.suppressedLoaded = true;
        }
        this.map.setFilter(LAYERS.areaSuppressed, buildSuppressedFilter(suppressed), { validate: false });
      }
    });
  }

  /** Marks areas highlighted from elsewhere (a chart): a thick outline on each. */
  setHighlighted(codes: readonly string[]): void {
    this.whenReady(() => {
      if (codes.length === this.highlighted.length && codes.every((c, i) => c === this.highlighted[i])) return;
      this.highlighted = [...codes];
      this.updateMarks();
    });
  }

  /** The selected area (detail panel): a dashed outline. */
  setSelected(code: string | null): void {
    this.whenReady(() => {
      if (this.selected === code) return;
      this.selected = code;
      this.updateMarks();
    });
  }

  /** The area under the pointer: a dark outline. */
  setHovered(code: string | null): void {
    this.whenReady(() => {
      if (this.hovered === code) return;
      this.hovered = code;
      this.updateMarks();
    });
  }

  private updateMarks(): void {
    const marks: { code: string; mark: AreaMark }[] = [
      ...this.highlighted.map((code) => ({ code, mark: 'highlight' as const })),
      ...(this.selected !== null ? [{ code: this.selected, mark: 'selected' as const }] : []),
      ...(this.hovered !== null ? [{ code: this.hovered, mark: 'hover' as const }] : []),
    ];
    this.setSourceData(SOURCES.areaMarks, this.collectionOf(marks));
  }

  /** A collection of the current areas with these codes (unknown codes skipped), with extra properties. */
  private collectionOf(items: readonly ({ code: string } & Record<string, string>)[]): FeatureCollection {
    const features = items.flatMap((item) => {
      const area = this.areaByCode.get(item.code);
      return area ? [{ type: 'Feature' as const, geometry: area.geometry, properties: { ...item } }] : [];
    });
    return { type: 'FeatureCollection', features };
  }

  /** New data for a GeoJSON source; MapLibre parses it in its worker, and a refusal is reported. */
  private setSourceData(id: string, data: GeoJSON.GeoJSON): void {
    const source = this.map.getSource<maplibregl.GeoJSONSource>(id);
    if (!source) return;
    source.setData(data).catch((error: unknown) => this.events.onError?.(error));
  }

  /**
   * Replaces the team-territory labels. `essential` labels (each team's FTE on the staffing map: the map's
   * figures) are placed first after the location dots' room and always, so location and area names make way
   * for them instead of being overlapped; plain team names are placed last and yield to those names.
   */
  setTerritoryLabels(labels: FeatureCollection<Point, { code: string; name: string }>, essential = false): void {
    this.whenReady(() => {
      this.map.moveLayer(LAYERS.territoryLabel, essential ? LAYERS.centreSpace : LAYERS.areaLabel);
      this.map.setLayoutProperty(LAYERS.territoryLabel, 'text-allow-overlap', essential);
      this.setSourceData(SOURCES.territoryLabels, labels);
    });
  }

  /** Flies to a point (search results). */
  flyTo(position: readonly [number, number], zoom = 14): void {
    this.map.flyTo({ center: [position[0], position[1]], zoom, essential: true });
  }

  /** Fits the view to a bounding box [west, south, east, north]. */
  fitBox(box: readonly [number, number, number, number]): void {
    this.map.fitBounds([box[0], box[1], box[2], box[3]], { padding: 60, maxZoom: 15 });
  }

  /**
   * Adds (once) or replaces an overlay: a GeoJSON source and the layers drawing it, placed below
   * `beforeLayer` when given. Used by the optional layers (catchment rings, gaps).
   */
  setOverlay(sourceId: string, data: FeatureCollection, layers: readonly maplibregl.LayerSpecification[], beforeLayer?: string): void {
    this.whenReady(() => {
      if (this.map.getSource(sourceId)) this.setSourceData(sourceId, data);
      else this.map.addSource(sourceId, { type: 'geojson', data });
      for (const layer of layers) if (!this.map.getLayer(layer.id)) this.map.addLayer(layer, beforeLayer && this.map.getLayer(beforeLayer) ? beforeLayer : undefined);
    });
  }

  /** Shows or hides layers. */
  setLayersVisible(layerIds: readonly string[], visible: boolean): void {
    this.whenReady(() => {
      for (const id of layerIds) if (this.map.getLayer(id)) this.map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
    });
  }

  /** Puts groups of layers in a drawing order: the first group is drawn on top. */
  orderLayerGroups(groups: readonly (readonly string[])[]): void {
    this.whenReady(() => {
      // Move from the bottom group up, each on top of everything moved before it.
      for (const group of [...groups].reverse()) for (const id of group) if (this.map.getLayer(id)) this.map.moveLayer(id);
    });
  }

  /** Adds an image (e.g. a fill pattern) once; later calls with the same id keep the first. */
  addImageOnce(id: string, image: { width: number; height: number; data: Uint8Array }): void {
    this.whenReady(() => {
      if (!this.map.hasImage(id)) this.map.addImage(id, image);
    });
  }

  /** Replaces the centres drawn (a planning scenario's: some closed, moved or added). */
  setCentres(centres: readonly Pick<Centre, 'id' | 'name' | 'teamId' | 'lon' | 'lat'>[]): void {
    this.whenReady(() => this.setCentresNow(centres));
  }

  private setCentresNow(centres: readonly Pick<Centre, 'id' | 'name' | 'teamId' | 'lon' | 'lat'>[]): void {
    this.centresShown = centres;
    this.setSourceData(SOURCES.centres, {
      type: 'FeatureCollection',
      features: centres.map((c) => ({ type: 'Feature', id: c.id, properties: { id: c.id, name: c.name, team: c.teamId ?? '' }, geometry: { type: 'Point', coordinates: [c.lon, c.lat] } })),
    });
  }

  /**
   * The planner's editing of centres on the map, or null to stop: with `adding`, a click adds a centre where
   * it lands; a centre dragged with the mouse moves (drawn live, reported once on release).
   */
  setCentreEditing(editing: { adding: boolean; onAdd(lon: number, lat: number): void; onMove(id: string, lon: number, lat: number): void } | null): void {
    this.centreEditing = editing;
    this.map.getCanvas().style.cursor = editing?.adding ? 'crosshair' : '';
  }

  /** Sets a paint property of a layer, when the layer exists (e.g. the centres' team colours). */
  setPaintProperty(layerId: string, name: string, value: unknown): void {
    type Paint = Parameters<maplibregl.Map['setPaintProperty']>;
    this.whenReady(() => {
      if (this.map.getLayer(layerId)) this.map.setPaintProperty(layerId, name as Paint[1], value as Paint[2]);
    });
  }

  /** Ids of the basemap's layers (bottom first), empty without a basemap. */
  get basemapLayerIds(): readonly string[] {
    return this.basemap.layers;
  }

  /**
   * Replaces the basemap (null removes it): its sources are added and its layers placed under the area
   * fill, so the choropleth and everything above it stay on top.
   */
  setBasemap(style: BasemapStyle | null): void {
    const previous = this.basemap;
    this.basemap = { sources: Object.keys(style?.sources ?? {}), layers: (style?.layers ?? []).map((l) => l.id) };
    this.whenReady(() => {
      for (const id of previous.layers) if (this.map.getLayer(id)) this.map.removeLayer(id);
      for (const id of previous.sources) if (this.map.getSource(id)) this.map.removeSource(id);
      if (!style) return;
      for (const [id, source] of Object.entries(style.sources)) this.map.addSource(id, source);
      for (const layer of style.layers) this.map.addLayer(layer, this.map.getLayer(LAYERS.areaFill) ? LAYERS.areaFill : undefined);
    });
  }

  private fitTo(areas: AreaCollection): void {
    const bounds = areaCollectionBounds(areas);
    if (bounds) this.map.fitBounds([...bounds], { padding: 40, animate: false });
  }

  /** Whether the last frame drew any area (used once, for the first-paint mark). */
  hasRenderedAreas(): boolean {
    return this.ready && this.map.queryRenderedFeatures({ layers: [LAYERS.areaFill] }).length > 0;
  }

  resize(): void {
    this.map.resize();
  }

  destroy(): void {
    this.map.remove();
  }
}

