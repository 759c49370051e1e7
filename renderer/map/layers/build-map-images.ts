import { CENTRE_SPACE, CENTRE_SPACE_SIZE, SUPPRESSED_PATTERN } from './ids';

/** An RGBA image for MapLibre's `addImage`. */
export interface MapImage {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

/** A 8×8 diagonal hatch for suppressed areas, drawn once into an RGBA buffer. */
function hatchPattern(): { width: number; height: number; data: Uint8Array } {
  const size = 8;
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const on = (x + y) % size < 2;
      const i = (y * size + x) * 4;
      data.set(on ? [90, 90, 90, 255] : [0, 0, 0, 0], i);
    }
  }
  return { width: size, height: size, data };
}

/**
 * The images the map's own layers use, added once the style has loaded: the hatch of suppressed areas and
 * the transparent room of a location's dot (see `CENTRE_SPACE`).
 */
export function buildMapImages(): [string, MapImage][] {
  return [
    [SUPPRESSED_PATTERN, hatchPattern()],
    [CENTRE_SPACE, { width: CENTRE_SPACE_SIZE, height: CENTRE_SPACE_SIZE, data: new Uint8Array(CENTRE_SPACE_SIZE * CENTRE_SPACE_SIZE * 4) }],
  ];
}
