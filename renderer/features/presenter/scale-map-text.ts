import type { Map as MapLibreMap, SymbolLayerSpecification } from 'maplibre-gl';
import { defineSessionSlot, type SessionMemory } from '../../shared/session-memory';
import { scaleTextSize } from './hall-layout';

/**
 * Map labels in large type for the audience: every symbol layer's `text-size` scaled by the presentation
 * (`scaleTextSize`), applied to the layers the map has, again to layers added later (a level switch), and
 * put back when the presentation ends. The label layer builders are not changed: what they set is kept per
 * layer and restored exactly.
 */

interface Scaled {
  /** The layer's own text size (as its builder set it). */
  readonly original: unknown;
  /** What the presentation set instead. */
  readonly applied: unknown;
}

const textScaleSlot = defineSessionSlot('presentation text scale', () => ({ factor: 1, layers: new Map<string, Scaled>() }));

/** A symbol layer's `text-size` as MapLibre types it (our scaled value is built to that shape by `scaleTextSize`). */
type TextSize = SymbolLayerSpecification['layout'] extends infer L ? (L extends { 'text-size'?: infer T } ? T : never) : never;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Scales the text of every symbol layer of `map` to `factor` × its own size (1: its own size). */
export function applyMapTextScale(memory: SessionMemory, map: MapLibreMap, factor: number): void {
  const slot = textScaleSlot(memory);
  slot.factor = factor;
  for (const layer of map.getStyle()?.layers ?? []) {
    if (layer.type !== 'symbol' || !('layout' in layer) || layer.layout?.['text-field'] === undefined) continue;
    const now: unknown = map.getLayoutProperty(layer.id, 'text-size');
    const known = slot.layers.get(layer.id);
    // A layer set anew by its builder (its size is not what we applied) starts from its new size.
    const original = known && same(now, known.applied) ? known.original : now;
    const applied = factor === 1 ? original : scaleTextSize(original, factor);
    if (!same(now, applied)) map.setLayoutProperty(layer.id, 'text-size', applied as TextSize);
    if (factor === 1) slot.layers.delete(layer.id);
    else slot.layers.set(layer.id, { original, applied });
  }
}

/**
 * Keeps the map's labels at `factor` while it lasts (layers added later are scaled too) and returns how to
 * stop: the labels get their own sizes back.
 */
export function holdMapTextScale(memory: SessionMemory, map: MapLibreMap, factor: number): () => void {
  const apply = () => {
    if (map.isStyleLoaded()) applyMapTextScale(memory, map, factor);
  };
  apply();
  map.on('styledata', apply);
  return () => {
    map.off('styledata', apply);
    applyMapTextScale(memory, map, 1);
  };
}
