import type { Position } from 'geojson';
import { repairRing } from '../../../geo/repair';

/** What `repairRings` did to one ring (only rings it changed are listed). */
export interface RingRepairNote {
  /** Index in the list given (polygon by polygon, exterior first). */
  readonly ring: number;
  readonly closed: boolean;
  readonly duplicates: number;
}

export type RepairedRings =
  | { readonly ok: true; readonly rings: Position[][]; readonly notes: readonly RingRepairNote[] }
  /** A ring with fewer than 4 positions once closed: the feature cannot be an area. */
  | { readonly ok: false; readonly ring: number; readonly positions: number };

/**
 * The ring repairs both the importer and the package reader apply, in one place: repeated positions are
 * dropped, an open ring is closed, and a ring with fewer than 4 positions after that is refused (the first
 * one found). Positions must already be checked pairs of finite numbers (`convertGeometry`).
 *
 * @example
 * repairRings([[[0, 0], [1, 0], [1, 1]]]); // ok: closed to 4 positions, notes [{ ring: 0, closed: true, duplicates: 0 }]
 * repairRings([[[0, 0], [1, 0], [0, 0]]]); // { ok: false, ring: 0, positions: 3 }
 */
export function repairRings(rings: readonly (readonly Position[])[]): RepairedRings {
  if (!Array.isArray(rings)) throw new TypeError('repairRings: rings must be an array of rings');
  const out: Position[][] = [];
  const notes: RingRepairNote[] = [];
  for (let r = 0; r < rings.length; r++) {
    const result = repairRing(rings[r]);
    if (result.tooFewPositions) return { ok: false, ring: r, positions: result.ring.length };
    out.push(result.ring);
    if (result.closed || result.duplicatesRemoved > 0) notes.push({ ring: r, closed: result.closed, duplicates: result.duplicatesRemoved });
  }
  return { ok: true, rings: out, notes };
}
