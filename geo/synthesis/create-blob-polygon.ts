import type { Polygon, Position } from 'geojson';
import { checkLonLat } from '../geometry/check-lon-lat';
import { createLocalProjection } from '../crs/create-local-projection';
import type { LonLat, Meters } from '../units/units';

export interface BlobPolygonOptions {
  /** Centre of the blob. */
  center: LonLat;
  /** Half-width (east–west) of the underlying ellipse. */
  radiusXMeters: Meters;
  /** Half-height (north–south) of the underlying ellipse. */
  radiusYMeters: Meters;
  /** Source of randomness in [0, 1), e.g. `createSeededRandom(seed)`. */
  random: () => number;
  /** Number of vertices of the ring (without the closing one). Default 120. */
  vertexCount?: number;
  /** Relative amplitude of the radial noise, 0 (an ellipse) … 0.5 (very ragged). Default 0.25. */
  roughness?: number;
}

/**
 * An organic, irregular outline such as a municipality border: an ellipse whose radius is modulated by a
 * seeded sum of low-frequency harmonics (wavelengths of the whole outline down to ~1/16 of it, amplitude
 * falling with frequency). Because the radius is a positive function of the angle, the ring is
 * star-shaped around the centre and therefore simple (no self-intersections). Computed in a local metric
 * plane, returned in WGS84 as an RFC 7946 Polygon (counter-clockwise, closed).
 *
 * @example
 * const outline = createBlobPolygon({ center: [3.95, 50.85], radiusXMeters: meters(4000),
 *   radiusYMeters: meters(3500), random: createSeededRandom(1) });
 */
export function createBlobPolygon(options: BlobPolygonOptions): Polygon {
  const { center, radiusXMeters, radiusYMeters, random, vertexCount = 120, roughness = 0.25 } = options;
  checkLonLat(center, 'center');
  for (const [name, value] of [['radiusXMeters', radiusXMeters], ['radiusYMeters', radiusYMeters]] as const) {
    if (!Number.isFinite(value) || value <= 0) throw new RangeError(`${name} must be a positive number, got ${value}`);
  }
  if (typeof random !== 'function') throw new TypeError('random must be a function returning numbers in [0, 1)');
  if (!Number.isInteger(vertexCount) || vertexCount < 8) throw new RangeError(`vertexCount must be an integer >= 8, got ${vertexCount}`);
  if (!Number.isFinite(roughness) || roughness < 0 || roughness > 0.5) throw new RangeError(`roughness must be in [0, 0.5], got ${roughness}`);

  const harmonics: { k: number; amplitude: number; phase: number }[] = [];
  for (let k = 2; k <= 16; k++) {
    harmonics.push({ k, amplitude: (roughness * (0.4 + 0.6 * random())) / k ** 1.1, phase: 2 * Math.PI * random() });
  }
  // Keep the radius factor within [1 - 0.8, 1 + 0.8] whatever the draws: the ring stays star-shaped.
  const total = harmonics.reduce((sum, h) => sum + h.amplitude, 0);
  const scale = total > 0.8 ? 0.8 / total : 1;

  const projection = createLocalProjection(center);
  const ring: Position[] = [];
  for (let i = 0; i < vertexCount; i++) {
    const theta = (2 * Math.PI * i) / vertexCount;
    let factor = 1;
    for (const h of harmonics) factor += scale * h.amplitude * Math.cos(h.k * theta + h.phase);
    const [lon, lat] = projection.toLonLat([radiusXMeters * factor * Math.cos(theta), radiusYMeters * factor * Math.sin(theta)]);
    ring.push([lon, lat]);
  }
  ring.push((ring[0] as Position).slice());
  return { type: 'Polygon', coordinates: [ring] };
}
