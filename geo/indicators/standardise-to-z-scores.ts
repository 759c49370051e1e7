/**
 * z-scores into typed arrays: (x − mean) / standard deviation (population SD), all-equal values giving 0,
 * missing values (null or non-finite) marked absent in `present` and left out of the mean and SD. The same
 * arithmetic, in the same order, as `standardiseValues(values, 'z-score')`, without a boxed number per
 * value — for the engine's recomputes over 20,000 areas.
 *
 * @example
 * standardiseToZScores([1, null, 3]) // { z: Float64Array [-1, 0, 1], present: Uint8Array [1, 0, 1] }
 */
export function standardiseToZScores(values: ArrayLike<number | null | undefined>): { z: Float64Array; present: Uint8Array } {
  const n = values.length;
  const z = new Float64Array(n);
  const present = new Uint8Array(n);
  let count = 0;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v === null || v === undefined || !Number.isFinite(v)) continue;
    present[i] = 1;
    count++;
    sum += v;
  }
  if (count === 0) return { z, present };
  const mean = sum / count;
  let squares = 0;
  for (let i = 0; i < n; i++) {
    if (present[i] === 0) continue;
    const v = values[i]!;
    squares += (v - mean) * (v - mean);
  }
  const sd = Math.sqrt(squares / count);
  for (let i = 0; i < n; i++) if (present[i] === 1) z[i] = sd === 0 ? 0 : (values[i]! - mean) / sd;
  return { z, present };
}
