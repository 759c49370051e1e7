import { indexPointsInGrid } from '../spatial-index/index-points-in-grid';
import type { LonLat, Meters } from '../units/units';

export type DistanceDecay = { readonly kind: 'none' } | { readonly kind: 'gaussian' } | { readonly kind: 'zones'; readonly zones: readonly { readonly upTo: Meters; readonly weight: number }[] };

export interface CatchmentOptions {
  /** Catchment size d₀: supply and demand farther apart do not interact. */
  readonly radius: Meters;
  /** `none` = 2SFCA; `gaussian` or `zones` = enhanced 2SFCA (E2SFCA). */
  readonly decay: DistanceDecay;
  /** Report accessibility per this many people in need (default 1,000). */
  readonly per?: number;
}

export interface CatchmentResult {
  /** Per demand area: supply per `per` people in need reachable (e.g. social-worker FTE per 1,000 persons in need). */
  readonly accessibility: Float64Array;
  /** Per site: its supply-to-demand ratio Rⱼ (supply per person in need in its catchment); NaN when no demand. */
  readonly ratios: Float64Array;
}

/** Gaussian decay of Dai (2010), 1 at the site and 0 at d₀: (e^(−½(d/d₀)²) − e^(−½)) / (1 − e^(−½)). */
export function gaussianDecay(distance: number, radius: number): number {
  if (distance > radius) return 0;
  const e = Math.exp(-0.5);
  return (Math.exp(-0.5 * (distance / radius) ** 2) - e) / (1 - e);
}

function weightOf(decay: DistanceDecay, d: number, radius: number): number {
  if (d > radius) return 0;
  if (decay.kind === 'none') return 1;
  if (decay.kind === 'gaussian') return gaussianDecay(d, radius);
  for (const zone of decay.zones) if (d <= zone.upTo) return zone.weight;
  return 0;
}

/** For each site, the demand points within the catchment radius and their distances. */
export type CatchmentPairs = readonly (readonly { readonly index: number; readonly distance: number }[])[];

/**
 * The demand points within `radius` of each site (grid-indexed), to share between several catchment
 * computations on the same points (2SFCA and E2SFCA).
 *
 * @example
 * findCatchmentPairs(demand.map((d) => d.position), sites.map((s) => s.position), meters(3000))[0] // [{ index: 4, distance: 812 }, …]
 */
export function findCatchmentPairs(demand: readonly LonLat[], sites: readonly LonLat[], radius: Meters): CatchmentPairs {
  if (!(radius > 0)) throw new RangeError(`radius must be > 0 m, got ${radius}`);
  const grid = indexPointsInGrid(demand, radius);
  return sites.map((site) => grid.within(site, radius));
}

/**
 * Two-step floating catchment area (Luo & Wang 2003) and its enhanced form with distance decay (E2SFCA,
 * Luo & Qi 2009; Gaussian decay as in Dai 2010):
 *
 *   step 1, per site j:  Rⱼ = Sⱼ / Σ_{k: dₖⱼ ≤ d₀} W(dₖⱼ) · Pₖ
 *   step 2, per area i:  Aᵢ = Σ_{j: dᵢⱼ ≤ d₀} W(dᵢⱼ) · Rⱼ      (reported × `per`)
 *
 * with Sⱼ the site's supply (e.g. social-worker FTE), Pₖ the demand (persons in need) and W = 1 for plain
 * 2SFCA. Total supply is conserved when every area reaches a site: Σᵢ Aᵢ·Pᵢ/per = Σⱼ Sⱼ (for 2SFCA).
 *
 * @example
 * computeTwoStepFloatingCatchment([{ position: [3.27, 50.83], need: 500 }], [{ position: [3.27, 50.83], supply: 5 }], { radius: meters(3000), decay: { kind: 'none' } }).accessibility[0] // 10 (FTE per 1,000)
 */
export function computeTwoStepFloatingCatchment(
  demand: readonly { readonly position: LonLat; readonly need: number }[],
  sites: readonly { readonly position: LonLat; readonly supply: number }[],
  options: CatchmentOptions,
  /** Precomputed by {@link findCatchmentPairs} for the same points and radius, to skip the search. */
  pairs?: CatchmentPairs,
): CatchmentResult {
  const radius = options.radius;
  if (!(radius > 0)) throw new RangeError(`radius must be > 0 m, got ${radius}`);
  const per = options.per ?? 1000;
  if (options.decay.kind === 'zones') {
    let last = 0;
    for (const z of options.decay.zones) {
      if (!(z.upTo > last) || !(z.weight >= 0 && z.weight <= 1)) throw new RangeError('Decay zones must have increasing upTo and weights between 0 and 1');
      last = z.upTo;
    }
  }
  for (const d of demand) if (!(d.need >= 0)) throw new RangeError(`Need must be ≥ 0, got ${d.need}`);
  for (const s of sites) if (!(s.supply >= 0)) throw new RangeError(`Supply must be ≥ 0, got ${s.supply}`);
  if (pairs && pairs.length !== sites.length) throw new RangeError('pairs must have one list per site');
  const reach = pairs ?? findCatchmentPairs(demand.map((d) => d.position), sites.map((s) => s.position), radius);
  const accessibility = new Float64Array(demand.length);
  const ratios = new Float64Array(sites.length);
  const need = new Float64Array(demand.length);
  for (let i = 0; i < demand.length; i++) need[i] = demand[i]!.need;
  let weights = new Float64Array(64);
  for (let j = 0; j < sites.length; j++) {
    const reachable = reach[j]!;
    if (weights.length < reachable.length) weights = new Float64Array(reachable.length * 2);
    let weightedDemand = 0;
    for (let k = 0; k < reachable.length; k++) {
      const r = reachable[k]!;
      weights[k] = weightOf(options.decay, r.distance, radius);
      weightedDemand += weights[k]! * need[r.index]!;
    }
    const ratio = weightedDemand > 0 ? sites[j]!.supply / weightedDemand : Number.NaN;
    ratios[j] = ratio;
    if (!(ratio >= 0)) continue;
    for (let k = 0; k < reachable.length; k++) accessibility[reachable[k]!.index]! += weights[k]! * ratio * per;
  }
  return { accessibility, ratios };
}
