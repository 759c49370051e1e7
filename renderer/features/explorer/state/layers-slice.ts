/** Map layers the user can show, hide and reorder (top of the list = drawn on top). */
export type LayerId = 'areas' | 'gaps' | 'rings' | 'territories' | 'centres' | 'basemap';
export const DEFAULT_LAYER_ORDER: readonly LayerId[] = ['centres', 'territories', 'rings', 'gaps', 'areas', 'basemap'];

export type Basemap =
  | { readonly kind: 'none' }
  | { readonly kind: 'pmtiles'; readonly name: string; readonly url: string; readonly tiles?: 'raster' | 'vector'; readonly attribution?: readonly string[] }
  | { readonly kind: 'style-url'; readonly url: string; readonly attribution?: readonly string[]; /** Layers of the style not drawn (labels, patterns). */ readonly dropped?: number };

export interface LayersState {
  readonly order: readonly LayerId[];
  readonly visible: Readonly<Record<LayerId, boolean>>;
  /** Off and offline by default; a local PMTiles file or a style URL only when the user picks one. */
  readonly basemap: Basemap;
  /** How many of the biggest coverage gaps the gap layer outlines. */
  readonly gapTopN: number;
  /** Travel modes whose catchment rings are drawn around the centres. */
  readonly rings: readonly string[];
}

export const initialLayersState: LayersState = {
  order: DEFAULT_LAYER_ORDER,
  visible: { areas: true, gaps: false, rings: false, territories: true, centres: true, basemap: false },
  basemap: { kind: 'none' },
  gapTopN: 10,
  rings: ['walk'],
};

export const setLayerVisible = (id: LayerId, visible: boolean) => (s: LayersState): LayersState => ({ ...s, visible: { ...s.visible, [id]: visible } });
/** Moves a layer one place up (towards the top of the drawing order) or down. */
export const moveLayer = (id: LayerId, direction: 'up' | 'down') => (s: LayersState): LayersState => {
  const i = s.order.indexOf(id);
  const j = direction === 'up' ? i - 1 : i + 1;
  if (i < 0 || j < 0 || j >= s.order.length) return s;
  const order = [...s.order];
  [order[i], order[j]] = [order[j]!, order[i]!];
  return { ...s, order };
};
export const setBasemap = (basemap: Basemap) => (s: LayersState): LayersState => ({ ...s, basemap, visible: { ...s.visible, basemap: basemap.kind !== 'none' } });
export const setGapTopN = (n: number) => (s: LayersState): LayersState => ({ ...s, gapTopN: Math.max(1, Math.min(50, Math.round(n))) });
export const setRings = (modes: readonly string[]) => (s: LayersState): LayersState => ({ ...s, rings: modes });
/** Draws or stops drawing the rings of one travel mode (the list keeps the order the modes were chosen in). */
export const toggleRingMode = (mode: string) => (s: LayersState): LayersState => ({ ...s, rings: s.rings.includes(mode) ? s.rings.filter((m) => m !== mode) : [...s.rings, mode] });
