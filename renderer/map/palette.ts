import {
  schemeBlues,
  schemeBrBG,
  schemeGreens,
  schemeOrRd,
  schemePuBu,
  schemePuOr,
  schemePurples,
  schemeRdBu,
  schemeRdYlBu,
  schemeYlGnBu,
  schemeYlOrRd,
} from 'd3-scale-chromatic';
import type { Polarity } from '../../data/package';

/**
 * Colour-blind-safe ColorBrewer palettes (via d3-scale-chromatic). Sequential schemes for levels, diverging
 * ones for changes and for values around an average, and a 3×3 bivariate scheme. By default the palette
 * follows the indicator's polarity so "worse" always reads the same way: yellow→red where higher is worse,
 * yellow→blue where higher is better, light→dark blue for neutral counts.
 */
export const NO_DATA_COLOR = '#d9d9d9';
export const SUPPRESSED_COLOR = '#bdbdbd';

type Scheme = readonly (readonly string[])[];

export const SEQUENTIAL_PALETTES = { YlOrRd: schemeYlOrRd, OrRd: schemeOrRd, YlGnBu: schemeYlGnBu, Blues: schemeBlues, PuBu: schemePuBu, Purples: schemePurples, Greens: schemeGreens } as const satisfies Record<string, Scheme>;
export const DIVERGING_PALETTES = { RdBu: schemeRdBu, PuOr: schemePuOr, BrBG: schemeBrBG, RdYlBu: schemeRdYlBu } as const satisfies Record<string, Scheme>;
export type SequentialPaletteId = keyof typeof SEQUENTIAL_PALETTES;
export type DivergingPaletteId = keyof typeof DIVERGING_PALETTES;
/** A palette choice: `auto` follows the indicator's polarity. */
export type PaletteChoice = 'auto' | SequentialPaletteId | DivergingPaletteId;

const BY_POLARITY: Record<Polarity, SequentialPaletteId> = { higher_worse: 'YlOrRd', higher_better: 'YlGnBu', neutral: 'Blues' };

function take(scheme: Scheme, classes: number): string[] {
  const three = scheme[3]!;
  if (classes < 1) return [];
  if (classes === 1) return [three[1]!];
  if (classes === 2) return [three[0]!, three[2]!];
  if (scheme[classes]) return [...scheme[classes]];
  throw new RangeError(`This ColorBrewer palette has at most ${scheme.length - 1} classes, got ${classes}`);
}

/**
 * `classes` sequential colours, light to dark.
 *
 * @example
 * paletteFor('higher_worse', 5) // ['#ffffb2', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026']
 */
export function paletteFor(polarity: Polarity, classes: number, choice: PaletteChoice = 'auto'): string[] {
  const id = choice !== 'auto' && choice in SEQUENTIAL_PALETTES ? (choice as SequentialPaletteId) : BY_POLARITY[polarity];
  return take(SEQUENTIAL_PALETTES[id], classes);
}

/**
 * `classes` diverging colours. `worseIsHigh` puts the warm end on high values (an increase of something
 * bad); otherwise it is reversed, so red always means "worse".
 *
 * @example
 * divergingPalette(5, true) // ['#0571b0', '#92c5de', '#f7f7f7', '#f4a582', '#ca0020']
 */
export function divergingPalette(classes: number, worseIsHigh: boolean, choice: PaletteChoice = 'auto'): string[] {
  const id = choice !== 'auto' && choice in DIVERGING_PALETTES ? (choice as DivergingPaletteId) : 'RdBu';
  const colours = take(DIVERGING_PALETTES[id], Math.max(classes, 3)).slice(0, classes);
  // ColorBrewer diverging schemes run warm → cool; reverse so that high = warm = worse.
  return worseIsHigh ? colours.reverse() : colours;
}

/**
 * The 3×3 bivariate scheme (Joshua Stevens' pink–blue "PuBu×RdPu" family): rows are need (low → high),
 * columns are reach (low → high). High need with low reach — the coverage gap — is the strongest pink.
 * `BIVARIATE[need][reach]`.
 */
export const BIVARIATE: readonly (readonly string[])[] = [
  ['#e8e8e8', '#b5c0da', '#6c83b5'],
  ['#dfb0d6', '#a5add3', '#5698b9'],
  ['#be64ac', '#8c62aa', '#3b4994'],
];
