import type { Camera } from '../features/presenter/state/story-slice';

/**
 * The map's camera for code outside the map's React tree (saving and showing views): the map view registers
 * itself here. One map per window.
 */
let handlers: {
  get(): Camera;
  ease(camera: Camera, durationMs: number): void;
  /** The map drawn at `ratio` device pixels per CSS pixel, copied into a new canvas (the map is restored). */
  snapshot(ratio: number): Promise<HTMLCanvasElement>;
} | null = null;

export function registerCamera(next: typeof handlers): void {
  handlers = next;
}

/** Where the map looks now, or null when there is no map yet. */
export function currentCamera(): Camera | null {
  return handlers?.get() ?? null;
}

/** Moves the map to a camera, smoothly over `durationMs` (0: at once). */
export function easeCamera(camera: Camera, durationMs: number): void {
  handlers?.ease(camera, durationMs);
}

/** The map drawn at `ratio` pixels per CSS pixel (for print-quality exports), or null without a map. */
export function snapshotMap(ratio: number): Promise<HTMLCanvasElement> | null {
  return handlers?.snapshot(ratio) ?? null;
}
