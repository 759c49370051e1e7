/**
 * Laying text out for the scene builders without a DOM: a text measure is passed in (the canvas's for a
 * PNG; an approximation from character classes for an SVG, whose reader's font is not known anyway).
 */

/** The width in CSS pixels of `text` at `size` px and `weight`. */
export type TextMeasure = (text: string, size: number, weight: number) => number;

const NARROW = /[iljtfrI.,:;'’|!() ]/;
const WIDE = /[mwMW@%—]/;

/**
 * A deterministic estimate of text width (Noto Sans / Arial-like proportions): narrow, wide and capital
 * letters count differently; bold is 6 % wider.
 *
 * @example
 * approximateTextMeasure('Nood', 12, 400) // ≈ 27
 */
export const approximateTextMeasure: TextMeasure = (text, size, weight) => {
  let em = 0;
  for (const c of text) em += NARROW.test(c) ? 0.3 : WIDE.test(c) ? 0.85 : c >= 'A' && c <= 'Z' ? 0.68 : /\d/.test(c) ? 0.56 : 0.54;
  return em * size * (weight >= 600 ? 1.06 : 1);
};

/**
 * `text` shortened with … until it fits `width` pixels (unchanged when it fits).
 *
 * @example
 * fitText(approximateTextMeasure, 'Alleenwonende 75-plussers', 12, 400, 80) // 'Alleenwonend…'
 */
export function fitText(measure: TextMeasure, text: string, size: number, weight: number, width: number): string {
  if (measure(text, size, weight) <= width) return text;
  let cut = text;
  while (cut.length > 1 && measure(`${cut}…`, size, weight) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/**
 * `text` broken into lines of at most `width` pixels at spaces (a word longer than a line is shortened),
 * at most `maxLines` (the last one ends with … when text was left over). Empty text gives no lines.
 *
 * @example
 * wrapText(approximateTextMeasure, 'Hoge nood, laag bereik', 12, 400, 80, 3) // ['Hoge nood,', 'laag bereik']
 */
export function wrapText(measure: TextMeasure, text: string, size: number, weight: number, width: number, maxLines = Infinity): string[] {
  if (!(width > 0)) throw new RangeError(`wrapText needs a positive width, got ${width}`);
  if (!(maxLines >= 1)) throw new RangeError(`wrapText needs at least one line, got ${maxLines}`);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (measure(next, size, weight) <= width || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  const fitted = lines.map((l) => fitText(measure, l, size, weight, width));
  if (fitted.length <= maxLines) return fitted;
  const kept = fitted.slice(0, maxLines);
  kept[maxLines - 1] = fitText(measure, `${lines.slice(maxLines - 1).join(' ')}`, size, weight, width);
  if (!kept[maxLines - 1]!.endsWith('…')) kept[maxLines - 1] = fitText(measure, `${kept[maxLines - 1]} …`, size, weight, width);
  return kept;
}
