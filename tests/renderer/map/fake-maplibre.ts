/**
 * A fake of the part of MapLibre GL (6.x) that renderer/map/map-controller.ts uses, faithful where it
 * matters to the controller: style calls before `load` throw "Style is not done loading." as MapLibre's
 * `Style._checkLoaded` does; a duplicate source throws; what MapLibre refuses with an `error` event (a
 * duplicate layer or image, a layer before a missing one, filtering, styling, moving or removing a missing
 * layer, a source removed while a layer uses it, feature state on a missing source or without an id) is
 * recorded in `errors` and sent to the `error` listeners, with MapLibre's wording. GeoJSON sources keep
 * every `setData` and return a promise, which a test can make reject (`source.refuseNext`).
 */
import type { Feature, GeoJSON } from 'geojson';

type Handler = (event: Record<string, unknown>) => void;
interface Listener {
  readonly type: string;
  readonly layer: string | null;
  readonly handler: Handler;
  readonly once: boolean;
}
export interface FakeLayer {
  readonly id: string;
  readonly type: string;
  readonly source?: string;
  filter?: unknown;
  minzoom?: number;
  maxzoom?: number;
  layout: Record<string, unknown>;
  paint: Record<string, unknown>;
}

/** A GeoJSON source: its data and every `setData` it was given. */
export class FakeGeoJSONSource {
  readonly type = 'geojson';
  readonly calls: GeoJSON[] = [];
  private refusal: unknown = null;
  constructor(
    public data: GeoJSON | string,
    readonly spec: Record<string, unknown>,
  ) {}

  /** The next `setData` rejects with this error (as MapLibre's worker does for data it cannot take). */
  refuseNext(error: unknown): void {
    this.refusal = error;
  }

  setData(data: GeoJSON): Promise<void> {
    this.calls.push(data);
    if (this.refusal !== null) {
      const error = this.refusal;
      this.refusal = null;
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    this.data = data;
    return Promise.resolve();
  }

  /** The features of the current data (a FeatureCollection). */
  features(): Feature[] {
    return typeof this.data === 'object' && this.data.type === 'FeatureCollection' ? this.data.features : [];
  }
}

export class FakeMap {
  /** Every map the controller created, last one last. */
  static readonly instances: FakeMap[] = [];
  readonly errors: string[] = [];
  readonly sources = new Map<string, FakeGeoJSONSource | { type: string; spec: Record<string, unknown> }>();
  readonly layers: FakeLayer[] = [];
  readonly images = new Set<string>();
  readonly featureStates = new Map<string, Map<string, Record<string, unknown>>>();
  readonly controls: unknown[] = [];
  readonly cameraCalls: { method: 'fitBounds' | 'flyTo'; args: unknown[] }[] = [];
  /** What `queryRenderedFeatures` answers (per layer id), set by a test. */
  rendered: { layer: string; feature: Record<string, unknown> }[] = [];
  readonly canvas = { style: { cursor: '' } };
  readonly touchZoomRotate = { disableRotation: (): void => undefined };
  removed = false;
  private loaded = false;
  private readonly listeners: Listener[] = [];

  constructor(readonly options: { style: { sources?: Record<string, Record<string, unknown>>; layers?: FakeLayer[] } } & Record<string, unknown>) {
    for (const [id, spec] of Object.entries(options.style.sources ?? {})) this.sources.set(id, { type: String(spec.type), spec });
    for (const layer of options.style.layers ?? []) this.layers.push({ ...layer, layout: { ...layer.layout }, paint: { ...layer.paint } });
    FakeMap.instances.push(this);
  }

  // --- test controls ---------------------------------------------------------------------------------------

  /** The style finished loading: MapLibre's `load` event. */
  fireLoad(): void {
    this.loaded = true;
    this.fire('load', {});
  }

  /** Fires an event as MapLibre does: to the listeners of the type, and of the type on `layer` when given. */
  fire(type: string, event: Record<string, unknown>, layer: string | null = null): void {
    for (const l of [...this.listeners]) {
      if (l.type !== type || (l.layer !== null && l.layer !== layer)) continue;
      if (l.once) this.listeners.splice(this.listeners.indexOf(l), 1);
      l.handler({ type, preventDefault: () => undefined, ...event });
    }
  }

  geojson(id: string): FakeGeoJSONSource {
    const source = this.sources.get(id);
    if (!(source instanceof FakeGeoJSONSource)) throw new Error(`no GeoJSON source ${id}`);
    return source;
  }

  layerIds(): string[] {
    return this.layers.map((l) => l.id);
  }

  // --- the MapLibre API the controller uses ----------------------------------------------------------------

  on(type: string, layerOrHandler: string | Handler, handler?: Handler): this {
    if (typeof layerOrHandler === 'function') this.listeners.push({ type, layer: null, handler: layerOrHandler, once: false });
    else this.listeners.push({ type, layer: layerOrHandler, handler: handler!, once: false });
    return this;
  }

  once(type: string, handler: Handler): this {
    this.listeners.push({ type, layer: null, handler, once: true });
    return this;
  }

  addControl(control: unknown): this {
    this.controls.push(control);
    return this;
  }

  getCanvas(): { style: { cursor: string } } {
    return this.canvas;
  }

  isStyleLoaded(): boolean {
    return this.loaded;
  }

  addImage(id: string, _image: unknown): void {
    if (this.images.has(id)) return this.error(`An image named "${id}" already exists.`);
    this.images.add(id);
  }

  hasImage(id: string): boolean {
    return this.images.has(id);
  }

  addSource(id: string, spec: Record<string, unknown>): void {
    this.checkLoaded();
    if (this.sources.has(id)) throw new Error(`Source "${id}" already exists.`);
    this.sources.set(id, spec.type === 'geojson' ? new FakeGeoJSONSource(spec.data as GeoJSON, spec) : { type: String(spec.type), spec });
  }

  getSource(id: string): unknown {
    return this.sources.get(id);
  }

  removeSource(id: string): void {
    this.checkLoaded();
    if (!this.sources.has(id)) throw new Error(`There is no source with this ID=${id}`);
    const user = this.layers.find((l) => l.source === id);
    if (user) return this.error(`Source "${id}" cannot be removed while layer "${user.id}" is using it.`);
    this.sources.delete(id);
  }

  addLayer(layer: FakeLayer, before?: string): void {
    this.checkLoaded();
    if (this.getLayer(layer.id)) return this.error(`Layer "${layer.id}" already exists on this map.`);
    if (layer.source !== undefined && !this.sources.has(layer.source)) return this.error(`layers.${layer.id}: source "${layer.source}" not found`);
    const index = before ? this.layerIds().indexOf(before) : this.layers.length;
    if (before && index === -1) return this.error(`Cannot add layer "${layer.id}" before non-existing layer "${before}".`);
    this.layers.splice(index, 0, { ...layer, layout: { ...layer.layout }, paint: { ...layer.paint } });
  }

  getLayer(id: string): FakeLayer | undefined {
    return this.layers.find((l) => l.id === id);
  }

  moveLayer(id: string, before?: string): void {
    this.checkLoaded();
    const layer = this.getLayer(id);
    if (!layer) return this.error(`The layer '${id}' does not exist in the map's style and cannot be moved.`);
    this.layers.splice(this.layers.indexOf(layer), 1);
    const index = before ? this.layerIds().indexOf(before) : this.layers.length;
    if (before && index === -1) return this.error(`Cannot move layer "${id}" before non-existing layer "${before}".`);
    this.layers.splice(index, 0, layer);
  }

  removeLayer(id: string): void {
    this.checkLoaded();
    const layer = this.getLayer(id);
    if (!layer) return this.error(`Cannot remove non-existing layer "${id}".`);
    this.layers.splice(this.layers.indexOf(layer), 1);
  }

  setFilter(id: string, filter: unknown, _options?: unknown): void {
    this.checkLoaded();
    const layer = this.getLayer(id);
    if (!layer) return this.error(`Cannot filter non-existing layer "${id}".`);
    layer.filter = filter;
  }

  setLayerZoomRange(id: string, minzoom: number, maxzoom: number): void {
    this.checkLoaded();
    const layer = this.getLayer(id);
    if (!layer) return this.error(`Cannot set the zoom range of non-existing layer "${id}".`);
    layer.minzoom = minzoom;
    layer.maxzoom = maxzoom;
  }

  setLayoutProperty(id: string, name: string, value: unknown): void {
    this.checkLoaded();
    const layer = this.getLayer(id);
    if (!layer) return this.error(`Cannot style non-existing layer "${id}".`);
    layer.layout[name] = value;
  }

  setPaintProperty(id: string, name: string, value: unknown): void {
    this.checkLoaded();
    const layer = this.getLayer(id);
    if (!layer) return this.error(`Cannot style non-existing layer "${id}".`);
    layer.paint[name] = value;
  }

  setFeatureState(target: { source: string; id?: string | number }, state: Record<string, unknown>): void {
    this.checkLoaded();
    if (!this.sources.has(target.source)) return this.error(`The source '${target.source}' does not exist in the map's style.`);
    if (target.id === undefined) return this.error('The feature id parameter must be provided.');
    const states = this.featureStates.get(target.source) ?? new Map<string, Record<string, unknown>>();
    states.set(String(target.id), { ...states.get(String(target.id)), ...state });
    this.featureStates.set(target.source, states);
  }

  removeFeatureState(target: { source: string; id?: string | number }): void {
    this.checkLoaded();
    if (!this.sources.has(target.source)) return this.error(`The source '${target.source}' does not exist in the map's style.`);
    if (target.id === undefined) this.featureStates.delete(target.source);
    else this.featureStates.get(target.source)?.delete(String(target.id));
  }

  queryRenderedFeatures(pointOrOptions?: unknown, maybeOptions?: { layers?: string[] }): Record<string, unknown>[] {
    const options = (maybeOptions ?? (pointOrOptions && typeof pointOrOptions === 'object' && 'layers' in pointOrOptions ? pointOrOptions : {})) as { layers?: string[] };
    for (const id of options.layers ?? []) {
      if (!this.getLayer(id)) {
        this.error(`The layer '${id}' does not exist in the map's style and cannot be queried for features.`);
        return [];
      }
    }
    return this.rendered.filter((r) => !options.layers || options.layers.includes(r.layer)).map((r) => r.feature);
  }

  fitBounds(...args: unknown[]): this {
    this.cameraCalls.push({ method: 'fitBounds', args });
    return this;
  }

  flyTo(...args: unknown[]): this {
    this.cameraCalls.push({ method: 'flyTo', args });
    return this;
  }

  resize(): this {
    return this;
  }

  remove(): void {
    this.removed = true;
  }

  private checkLoaded(): void {
    if (!this.loaded) throw new Error('Style is not done loading.');
  }

  private error(message: string): void {
    this.errors.push(message);
    this.fire('error', { error: new Error(message) });
  }
}

/** The module `maplibre-gl` as the controller imports it (`import * as maplibregl`). */
export const fakeMaplibreModule = {
  Map: FakeMap,
  NavigationControl: class {
    constructor(readonly options: unknown) {}
  },
  ScaleControl: class {
    constructor(readonly options: unknown) {}
  },
  setWorkerUrl: (url: string): void => {
    fakeMaplibreModule.workerUrl = url;
  },
  workerUrl: '',
};
