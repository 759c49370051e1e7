import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Camera, Extent } from '../features/presenter/state/story-slice';
import { defineSessionSlot, type SessionMemory } from '../shared/session-memory';

/**
 * The map's camera for code outside the map's React tree (saving and showing views, exports): the map view
 * registers itself in the session's memory (`services.memory`), not in a module variable. One map per
 * window.
 */
export interface CameraHandlers {
  get(): Camera;
  ease(camera: Camera, durationMs: number): void;
  /** The map drawn at `ratio` device pixels per CSS pixel, copied into a new canvas (the map is restored). */
  snapshot(ratio: number): Promise<HTMLCanvasElement>;
  /** The extent the map shows now. */
  extent(): Extent;
  /** Moves the map so `extent` fills it inside `padding` (CSS pixels), smoothly over `durationMs` (0: at once). */
  fit(extent: Extent, padding: { top: number; right: number; bottom: number; left: number }, durationMs: number): void;
  /** The MapLibre map, for presentation code that restyles the layers it shows (text sizes on a big screen). */
  map(): MapLibreMap;
}

const cameraSlot = defineSessionSlot('map camera', (): { handlers: CameraHandlers | null } => ({ handlers: null }));

/** The map view registers its camera (null when it goes). */
export function registerCamera(memory: SessionMemory, next: CameraHandlers | null): void {
  cameraSlot(memory).handlers = next;
}

/** Where the map looks now, or null when there is no map yet. */
export function currentCamera(memory: SessionMemory): Camera | null {
  return cameraSlot(memory).handlers?.get() ?? null;
}

/** Moves the map to a camera, smoothly over `durationMs` (0: at once). */
export function easeCamera(memory: SessionMemory, camera: Camera, durationMs: number): void {
  cameraSlot(memory).handlers?.ease(camera, durationMs);
}

/** The map drawn at `ratio` pixels per CSS pixel (for print-quality exports), or null without a map. */
export function snapshotMap(memory: SessionMemory, ratio: number): Promise<HTMLCanvasElement> | null {
  return cameraSlot(memory).handlers?.snapshot(ratio) ?? null;
}

/** The extent the map shows now, or null without a map. */
export function currentExtent(memory: SessionMemory): Extent | null {
  return cameraSlot(memory).handlers?.extent() ?? null;
}

/** Fits the map to an extent inside a padding (CSS pixels), smoothly over `durationMs`; false without a map. */
export function fitExtent(memory: SessionMemory, extent: Extent, padding: { top: number; right: number; bottom: number; left: number }, durationMs: number): boolean {
  const handlers = cameraSlot(memory).handlers;
  handlers?.fit(extent, padding, durationMs);
  return handlers !== null;
}

/** The MapLibre map of this window, or null before it exists (presentation styling only). */
export function mapOf(memory: SessionMemory): MapLibreMap | null {
  return cameraSlot(memory).handlers?.map() ?? null;
}
