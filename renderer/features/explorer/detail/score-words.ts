import { SCORE_BAND_THRESHOLD, scoreBand, type ScoreBand } from '../../../../geo/indicators';
import { createTranslator, formatNumber, type Language } from '../../../shared/i18n/i18n';
import { formatValue } from '../../../map/colouring/format-value';

/** A need index or coverage-gap score said in words, with its number for who asks for it. */
export interface ScoreWords {
  readonly band: ScoreBand;
  /** "hoog" / "high". */
  readonly word: string;
  /** The score as written in the UI language ("1,83"). */
  readonly number: string;
  /** Word and number together: "hoog (1,83)". */
  readonly text: string;
}

const BAND_KEYS = { low: 'bandLow', average: 'bandAverage', high: 'bandHigh' } as const;

/**
 * A composite score (need index, coverage gap) in words: its band from `scoreBand` (geo/indicators) —
 * the one place the boundaries are — written out in the UI language, and the number beside it.
 *
 * @example
 * scoreInWords(1.83, 'nl').text;  // 'hoog (1,83)'
 * scoreInWords(-0.2, 'en').text;  // 'average (-0.20)'
 */
export function scoreInWords(score: number, language: Language): ScoreWords {
  const t = createTranslator(language);
  const band = scoreBand(score);
  const word = t(BAND_KEYS[band]);
  const number = formatValue(score, { kind: 'index' }, language);
  return { band, word, number, text: t('bandValue', { band: word, value: number }) };
}

/** What the "Wat betekent dit?" disclosure says: the need index, the coverage gap and the bands. */
export interface ScoreHelp {
  readonly need: string;
  readonly gap: string;
  readonly bands: string;
}

/**
 * The explanation of the need index, the coverage gap and their words (from docs/methods.md), for areas
 * of a level (`levelPlural`: "wijken").
 *
 * @example
 * scoreHelpOf('nl', 'wijken').bands; // 'In woorden: laag bij -0,5 of minder, hoog bij 0,5 of meer, …'
 */
export function scoreHelpOf(language: Language, levelPlural: string): ScoreHelp {
  const t = createTranslator(language);
  const threshold = (x: number) => formatNumber(language, x, 1);
  return {
    need: t('scoreHelpNeed', { level: levelPlural }),
    gap: t('scoreHelpGap', { level: levelPlural }),
    bands: t('scoreHelpBands', { low: threshold(-SCORE_BAND_THRESHOLD), high: threshold(SCORE_BAND_THRESHOLD) }),
  };
}
