/**
 * Need-based targets by weighted capitation, as in the NHS resource-allocation formula: each area's
 * population is multiplied by its relative need, and each team's target share is its share of the
 * need-weighted population.
 *
 *   relative needᵢ = Σₖ wₖ · (rᵢₖ / Rₖ) / Σₖ wₖ       (rᵢₖ: area rate of need indicator k, Rₖ: the rate of all areas together)
 *   weighted populationᵢ = populationᵢ × relative needᵢ
 *   target shareₜ = Σ_{i in team t} weighted populationᵢ / Σ_all weighted populationᵢ
 *
 * Only `higher_worse` indicators should be used as need weights (a ratio of a "higher is better" rate is
 * not a need). An area with no need value gets relative need 1 (the average).
 *
 * @example
 * computeWeightedCapitation([{ team: 'a', population: 100, relativeNeed: 2 }, { team: 'b', population: 100, relativeNeed: 1 }])
 * // { shares: { a: 0.666…, b: 0.333… }, weightedPopulation: { a: 200, b: 100 } }
 */
export interface CapitationArea {
  readonly team: string | null;
  readonly population: number;
  /** Relative need (1 = average); see {@link computeRelativeNeed}. */
  readonly relativeNeed: number | null;
}

export function computeWeightedCapitation(areas: readonly CapitationArea[]): { shares: Record<string, number>; weightedPopulation: Record<string, number> } {
  const weighted: Record<string, number> = {};
  let total = 0;
  for (const a of areas) {
    if (!(a.population >= 0)) throw new RangeError(`Population must be ≥ 0, got ${a.population}`);
    if (a.relativeNeed !== null && !(a.relativeNeed >= 0)) throw new RangeError(`Relative need must be ≥ 0, got ${a.relativeNeed}`);
    if (a.team === null) continue;
    const w = a.population * (a.relativeNeed ?? 1);
    weighted[a.team] = (weighted[a.team] ?? 0) + w;
    total += w;
  }
  if (total <= 0) throw new RangeError('Need-weighted population is zero: no team has population');
  const shares: Record<string, number> = {};
  for (const [team, w] of Object.entries(weighted)) shares[team] = w / total;
  return { shares, weightedPopulation: weighted };
}

/**
 * Relative need per area: the weighted mean over need indicators of (area rate ÷ overall rate), where the
 * overall rate is Σ numerators ÷ Σ denominators over all areas (never an average of rates).
 *
 * @example
 * computeRelativeNeed([{ numerators: [10, 30], denominators: [100, 100], weight: 1 }]) // [0.5, 1.5]
 */
export function computeRelativeNeed(indicators: readonly { readonly numerators: readonly (number | null)[]; readonly denominators: readonly (number | null)[]; readonly weight: number }[]): (number | null)[] {
  if (indicators.length === 0) throw new RangeError('Relative need needs at least one indicator');
  const n = indicators[0]!.numerators.length;
  const sum = new Float64Array(n);
  const weights = new Float64Array(n);
  for (const ind of indicators) {
    if (ind.numerators.length !== n || ind.denominators.length !== n) throw new RangeError('All indicators need one value per area');
    if (!(ind.weight >= 0)) throw new RangeError(`Weight must be ≥ 0, got ${ind.weight}`);
    let num = 0;
    let den = 0;
    for (let i = 0; i < n; i++) {
      const a = ind.numerators[i];
      const b = ind.denominators[i];
      if (a === null || a === undefined || b === null || b === undefined || b <= 0) continue;
      num += a;
      den += b;
    }
    if (den <= 0 || num <= 0 || ind.weight === 0) continue;
    const overall = num / den;
    for (let i = 0; i < n; i++) {
      const a = ind.numerators[i];
      const b = ind.denominators[i];
      if (a === null || a === undefined || b === null || b === undefined || b <= 0) continue;
      sum[i]! += ind.weight * (a / b / overall);
      weights[i]! += ind.weight;
    }
  }
  return Array.from(sum, (s, i) => (weights[i]! > 0 ? s / weights[i]! : null));
}
