import { schemeBlues, schemeYlGnBu, schemeYlOrRd } from 'd3-scale-chromatic';
import type { Polarity } from '../../data/package/model';

/**
 * Colour-blind-safe sequential ColorBrewer palettes (via d3-scale-chromatic), chosen by the indicator's
 * polarity so "worse" always reads the same way: yellow→red where higher is worse, yellow→blue where
 * higher is better, light→dark blue for neutral counts.
 */
export const NO_DATA_COLOR = '#d9d9d9';
export const SUPPRESSED_COLOR = '#bdbdbd';

const SCHEMES: Record<Polarity, readonly (readonly string[])[]> = {
  higher_worse: schemeYlOrRd,
  higher_better: schemeYlGnBu,
  neutral: schemeBlues,
};

/**
 * `classes` colours, light to dark. ColorBrewer schemes have 3–9 classes; fewer classes take the first
 * colours of the 3-class scheme.
 *
 * @example
 * paletteFor('higher_worse', 5) // ['#ffffb2', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026']
 */
export function paletteFor(polarity: Polarity, classes: number): string[] {
  const scheme = SCHEMES[polarity];
  const three = scheme[3]!;
  if (classes < 1) return [];
  if (classes === 1) return [three[1]!];
  if (classes === 2) return [three[0]!, three[2]!];
  return [...scheme[Math.min(classes, 9)]!];
}
