import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDistanceBandNeighbours } from '../../../geo/spatial-index/build-distance-band-neighbours';
import { computeGetisOrdGiStar } from '../../../geo/analysis/compute-getis-ord-gi-star';
import { meters, type LonLat } from '../../../geo/units/units';
import { expectGolden, listGoldenCases, readGoldenInput } from '../golden';

const NAME = 'compute-getis-ord-gi-star';
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', NAME);
/** z-scores from R 4.2.2 + spdep 1.2.7 (`localG`, include.self, binary weights): see spdep-check.R beside it. */
const SPDEP = JSON.parse(readFileSync(join(FIXTURES, 'spdep-reference.json'), 'utf8')) as Record<string, number[]>;

interface Case {
  values: number[];
  neighbours?: number[][];
  points?: LonLat[];
  band?: number;
}
const neighboursOf = (c: Case): ArrayLike<number>[] => c.neighbours ?? buildDistanceBandNeighbours(c.points!, meters(c.band!));

/**
 * The textbook formula, written out separately in the O(n²) form with an explicit weight matrix and the
 * raw (uncentred) sums, as a second implementation to compare with.
 */
function giStarByTheBook(x: readonly number[], neighbours: readonly ArrayLike<number>[]): number[] {
  const n = x.length;
  const w = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (Array.from(neighbours[i]!).includes(j) ? 1 : 0)));
  const mean = x.reduce((a, b) => a + b, 0) / n;
  const s = Math.sqrt(x.reduce((a, b) => a + b * b, 0) / n - mean * mean);
  return x.map((_, i) => {
    let wx = 0;
    let wi = 0;
    let s1 = 0;
    for (let j = 0; j < n; j++) {
      wx += w[i]![j]! * x[j]!;
      wi += w[i]![j]!;
      s1 += w[i]![j]! ** 2;
    }
    return (wx - mean * wi) / (s * Math.sqrt((n * s1 - wi * wi) / (n - 1)));
  });
}

describe('computeGetisOrdGiStar', () => {
  it('gives the hand-computed z for five points on a line', () => {
    // x = [1, 2, 3, 10, 12], n = 5; points 1 km apart with a 1.5 km band, so N(i) = {i−1, i, i+1} ∩ [0, 4].
    // X̄ = 28/5 = 5.6; Σx² = 258; S² = 258/5 − 5.6² = 51.6 − 31.36 = 20.24; S = 4.498889.
    // Ends (W = 2): √[(5·2 − 2²)/4] = √1.5 = 1.224745; middle (W = 3): √[(5·3 − 3²)/4] = √1.5 as well.
    // So every denominator is S·√1.5 = 5.509991.
    //   i = 0: Σ = 1 + 2 = 3;       3 − 5.6·2 = −8.2  → z = −8.2 / 5.509991 = −1.488206
    //   i = 1: Σ = 1 + 2 + 3 = 6;   6 − 5.6·3 = −10.8 → z = −1.960076
    //   i = 2: Σ = 2 + 3 + 10 = 15; 15 − 16.8 = −1.8  → z = −0.326679
    //   i = 3: Σ = 3 + 10 + 12 = 25; 25 − 16.8 = 8.2  → z = 1.488206
    //   i = 4: Σ = 10 + 12 = 22;    22 − 11.2 = 10.8  → z = 1.960076
    // |z| = 1.960076 > 1.959964, so p = 0.049987 < 0.05: points 1 and 4 are (just) a cold and a hot spot.
    const result = computeGetisOrdGiStar([1, 2, 3, 10, 12], [[0, 1], [0, 1, 2], [1, 2, 3], [2, 3, 4], [3, 4]]);
    const expected = [-1.488206, -1.960076, -0.326679, 1.488206, 1.960076];
    result.forEach((r, i) => expect(r.z).toBeCloseTo(expected[i]!, 6));
    expect(result[1]!.p).toBeCloseTo(0.049987, 6);
    expect(result.map((r) => r.cluster)).toEqual(['none', 'cold', 'none', 'none', 'hot']);
    expect(computeGetisOrdGiStar([1, 2, 3, 10, 12], [[0, 1], [0, 1, 2], [1, 2, 3], [2, 3, 4], [3, 4]], { alpha: 0.01 }).map((r) => r.cluster)).toEqual(['none', 'none', 'none', 'none', 'none']);
  });

  it.each(listGoldenCases(NAME))('matches the golden output (%s)', (caseName) => {
    const input = readGoldenInput<Case>(NAME, caseName);
    expectGolden(NAME, caseName, computeGetisOrdGiStar(input.values, neighboursOf(input)));
  });

  it.each(listGoldenCases(NAME))('agrees with R spdep::localG to 1e-12 (%s)', (caseName) => {
    const input = readGoldenInput<Case>(NAME, caseName);
    const reference = SPDEP[caseName]!;
    expect(reference).toHaveLength(input.values.length);
    computeGetisOrdGiStar(input.values, neighboursOf(input)).forEach((r, i) => expect(Math.abs(r.z - reference[i]!)).toBeLessThan(1e-12 * Math.max(1, Math.abs(reference[i]!))));
  });

  it('reads the same data as the R script (kortrijk-60.csv and .in.json agree)', () => {
    const input = readGoldenInput<Case>(NAME, 'kortrijk-60');
    const rows = readFileSync(join(FIXTURES, 'kortrijk-60.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split(',').map(Number));
    expect(rows.map((r) => [r[0], r[1]])).toEqual(input.points);
    expect(rows.map((r) => r[2])).toEqual(input.values);
  });

  it('agrees with the O(n²) textbook implementation on random data', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 30 }).chain((n) =>
          fc.record({
            values: fc.array(fc.integer({ min: 0, max: 200 }), { minLength: n, maxLength: n }),
            points: fc.array(fc.tuple(fc.double({ min: 3.2, max: 3.35, noNaN: true }), fc.double({ min: 50.78, max: 50.88, noNaN: true })), { minLength: n, maxLength: n }),
            band: fc.integer({ min: 200, max: 6000 }),
          }),
        ),
        ({ values, points, band }) => {
          fc.pre(new Set(values).size > 1);
          const neighbours = buildDistanceBandNeighbours(points, meters(band));
          const book = giStarByTheBook(values, neighbours);
          computeGetisOrdGiStar(values, neighbours).forEach((r, i) => {
            if (neighbours[i]!.length === values.length) expect(r.z).toBe(0);
            else expect(r.z).toBeCloseTo(book[i]!, 9);
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('does not change z when a constant is added or values are scaled; a negative scale flips it', () => {
    const input = readGoldenInput<Case>(NAME, 'kortrijk-60');
    const neighbours = neighboursOf(input);
    const base = computeGetisOrdGiStar(input.values, neighbours).map((r) => r.z);
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (shift, scale) => {
        computeGetisOrdGiStar(input.values.map((v) => v + shift), neighbours).forEach((r, i) => expect(r.z).toBeCloseTo(base[i]!, 8));
        computeGetisOrdGiStar(input.values.map((v) => v * scale), neighbours).forEach((r, i) => expect(r.z).toBeCloseTo(base[i]!, 9));
        computeGetisOrdGiStar(input.values.map((v) => -v * scale), neighbours).forEach((r, i) => expect(r.z).toBeCloseTo(-base[i]!, 9));
      }),
      { numRuns: 50 },
    );
  });

  it('gives permuted results for permuted points (neighbour sets are symmetric, labels do not matter)', () => {
    const input = readGoldenInput<Case>(NAME, 'kortrijk-60');
    const neighbours = neighboursOf(input);
    neighbours.forEach((list, i) => Array.from(list).forEach((j) => expect(Array.from(neighbours[j]!)).toContain(i)));
    const base = computeGetisOrdGiStar(input.values, neighbours);
    const perm = input.values.map((_, i) => (i * 37) % input.values.length); // 37 is coprime with 60
    const inverse = new Array<number>(perm.length);
    perm.forEach((p, i) => (inverse[p] = i));
    const permutedNeighbours = perm.map((p) => Array.from(neighbours[p]!, (j) => inverse[j]!));
    const permuted = computeGetisOrdGiStar(perm.map((p) => input.values[p]!), permutedNeighbours);
    permuted.forEach((r, i) => expect(r.z).toBeCloseTo(base[perm[i]!]!.z, 12));
  });

  it('finds the planted hot spot around (3.265, 50.828) in the Kortrijk fixture, with and without FDR', () => {
    const input = readGoldenInput<Case>(NAME, 'kortrijk-60');
    const neighbours = neighboursOf(input);
    const plain = computeGetisOrdGiStar(input.values, neighbours);
    const fdr = computeGetisOrdGiStar(input.values, neighbours, { correction: 'fdr' });
    const hot = plain.flatMap((r, i) => (r.cluster === 'hot' ? [i] : []));
    expect(hot.length).toBeGreaterThan(0);
    for (const i of hot) expect(Math.hypot(input.points![i]![0] - 3.265, (input.points![i]![1] - 50.828) * 1.58)).toBeLessThan(0.04);
    // FDR is stricter: its significant points are a subset of the uncorrected ones.
    fdr.forEach((r, i) => {
      if (r.cluster !== 'none') expect(r.cluster).toBe(plain[i]!.cluster);
    });
    expect(fdr.filter((r) => r.cluster !== 'none').length).toBeLessThanOrEqual(plain.filter((r) => r.cluster !== 'none').length);
  });

  it('applies Benjamini–Hochberg as documented', () => {
    // Three points each with everything but one other as neighbours would be contrived; use p-values via z:
    // with the line case, p = [0.1367, 0.0500, 0.7439, 0.1367, 0.0500]; BH at 0.25: sorted p·n/k =
    // [0.05·5/1, 0.05·5/2, 0.1367·5/3, 0.1367·5/4, 0.7439] = [0.25, 0.125, 0.228, 0.171, 0.744] → the largest
    // k with p_(k) ≤ k·0.25/5 is k = 4 (0.1367 ≤ 0.2), so all but the middle point are significant.
    const result = computeGetisOrdGiStar([1, 2, 3, 10, 12], [[0, 1], [0, 1, 2], [1, 2, 3], [2, 3, 4], [3, 4]], { alpha: 0.25, correction: 'fdr' });
    expect(result.map((r) => r.cluster)).toEqual(['cold', 'cold', 'none', 'hot', 'hot']);
    const strict = computeGetisOrdGiStar([1, 2, 3, 10, 12], [[0, 1], [0, 1, 2], [1, 2, 3], [2, 3, 4], [3, 4]], { alpha: 0.05, correction: 'fdr' });
    expect(strict.map((r) => r.cluster)).toEqual(['none', 'none', 'none', 'none', 'none']);
  });

  it('gives z = 0 when all values are equal or a neighbourhood is everything', () => {
    expect(computeGetisOrdGiStar([0.1, 0.1, 0.1, 0.1], [[0, 1], [0, 1], [2, 3], [2, 3]])).toEqual(Array.from({ length: 4 }, () => ({ z: 0, p: 1, cluster: 'none' })));
    const everything = computeGetisOrdGiStar([1, 5, 9], [[0, 1, 2], [1], [2]]);
    expect(everything[0]!.z).toBe(0);
    expect(everything[1]!.z).toBeCloseTo(giStarByTheBook([1, 5, 9], [[0, 1, 2], [1], [2]])[1]!, 12);
  });

  it('checks its inputs first', () => {
    const line = [[0, 1], [0, 1, 2], [1, 2]];
    expect(() => computeGetisOrdGiStar([1, 2], [[0], [1]])).toThrow(/at least 3/);
    expect(() => computeGetisOrdGiStar([1, 2, 3], [[0], [1]])).toThrow(/one list per value/);
    expect(() => computeGetisOrdGiStar([1, Number.NaN, 3], line)).toThrow(/values\[1\]/);
    expect(() => computeGetisOrdGiStar([1, 2, 3], [[1], [0, 1, 2], [1, 2]])).toThrow(/include 0 itself/);
    expect(() => computeGetisOrdGiStar([1, 2, 3], [[0, 0], [0, 1, 2], [1, 2]])).toThrow(/twice/);
    expect(() => computeGetisOrdGiStar([1, 2, 3], [[0, 3], [0, 1, 2], [1, 2]])).toThrow(/invalid index 3/);
    expect(() => computeGetisOrdGiStar([1, 2, 3], [[0, 1.5], [0, 1, 2], [1, 2]])).toThrow(/invalid index/);
    expect(() => computeGetisOrdGiStar([1, 2, 3], line, { alpha: 0 })).toThrow(/alpha/);
    expect(() => computeGetisOrdGiStar([1, 2, 3], line, { alpha: 1 })).toThrow(/alpha/);
    expect(() => computeGetisOrdGiStar([1, 2, 3], line, { weights: 'row' as never })).toThrow(/binary/);
    expect(() => computeGetisOrdGiStar([1, 2, 3], line, { correction: 'bonferroni' as never })).toThrow(/correction/);
  });
});
