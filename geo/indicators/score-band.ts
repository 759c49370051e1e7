/** The three words a composite z-score is said in: below, around or above the average area. */
export type ScoreBand = 'low' | 'average' | 'high';

/**
 * Where *gemiddeld* (average) ends: half a standard deviation from the average area, the same 0.5 as the
 * threshold of the reasons shown for a coverage gap (docs/methods.md).
 */
export const SCORE_BAND_THRESHOLD = 0.5;

/**
 * The band of a need index or coverage-gap score (both composite z-scores, 0 = the average area):
 * *low* at −threshold or less, *high* at +threshold or more, *average* in between. With z-scores the
 * default 0.5 is half a standard deviation; with rank standardisation (−1…1) it is the top and bottom
 * quarter. The boundaries are part of the band they close (−0.5 is low, 0.5 is high).
 *
 * @example
 * scoreBand(1.8);   // 'high'
 * scoreBand(0.49);  // 'average'
 * scoreBand(-0.5);  // 'low'
 */
export function scoreBand(score: number, threshold: number = SCORE_BAND_THRESHOLD): ScoreBand {
  if (!Number.isFinite(score)) throw new RangeError(`score must be a finite number, got ${score}`);
  if (!(threshold > 0) || !Number.isFinite(threshold)) throw new RangeError(`threshold must be a positive finite number, got ${threshold}`);
  if (score >= threshold) return 'high';
  if (score <= -threshold) return 'low';
  return 'average';
}
