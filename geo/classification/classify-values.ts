import { classifyEqualInterval } from './classify-equal-interval';
import { classifyNaturalBreaks } from './classify-natural-breaks';
import { classifyQuantiles } from './classify-quantiles';
import { tidyClassLimits } from './tidy-class-limits';

export type ClassMethod = 'quantile' | 'equal-interval' | 'natural-breaks' | 'manual';

export interface ClassificationOptions {
  readonly method: ClassMethod;
  /** 3–9 in the UI; any whole number ≥ 1 here. */
  readonly classes: number;
  /** For `manual`: the inner breaks, ascending (classes = breaks + 1). */
  readonly manualBreaks?: readonly number[];
  /** For diverging maps: make the classes symmetric around this value (0 for a change). */
  readonly centre?: number;
}

/**
 * Class limits `[min, …, max]` for a map, by the chosen method. Manual breaks outside the data range are
 * dropped; with `centre`, equal intervals are laid out symmetrically around it so that a diverging palette
 * puts its neutral colour on "no change". The limits are tidied (`tidyClassLimits`): no class without
 * values when there are fewer distinct values than classes (nor ever with quantiles or natural breaks), no
 * limits apart by float noise; the only equal pair left is a last class of one value.
 *
 * @example
 * classifyValues([1, 5, 9], { method: 'manual', classes: 3, manualBreaks: [4, 8] }) // [1, 4, 8, 9]
 */
export function classifyValues(values: readonly number[], options: ClassificationOptions): number[] {
  // Equal steps and the user's own breaks keep an empty step while there are enough distinct values; the
  // symmetric steps of a diverging map always (its neutral class stays on the centre).
  const stepped = options.method === 'equal-interval' || options.method === 'manual';
  const keepEmpty = (options.method === 'equal-interval' && options.centre !== undefined) || (stepped && new Set(values.filter(Number.isFinite)).size >= options.classes);
  return tidyClassLimits(values, rawLimits(values, options), { keepEmpty });
}

function rawLimits(values: readonly number[], options: ClassificationOptions): number[] {
  const { method, classes } = options;
  switch (method) {
    case 'quantile':
      return classifyQuantiles(values, classes);
    case 'natural-breaks':
      return classifyNaturalBreaks(values, classes);
    case 'equal-interval': {
      if (options.centre === undefined) return classifyEqualInterval(values, classes);
      const finite = values.filter(Number.isFinite);
      if (finite.length === 0) return [];
      const reach = Math.max(...finite.map((v) => Math.abs(v - options.centre!)));
      if (reach === 0) return [options.centre, options.centre];
      return classifyEqualInterval([options.centre - reach, options.centre + reach], classes);
    }
    case 'manual': {
      const breaks = [...(options.manualBreaks ?? [])];
      for (let i = 0; i < breaks.length; i++) {
        if (!Number.isFinite(breaks[i]!)) throw new RangeError(`Manual break ${i + 1} is not a number`);
        if (i > 0 && !(breaks[i]! > breaks[i - 1]!)) throw new RangeError('Manual breaks must be strictly ascending');
      }
      const finite = values.filter(Number.isFinite);
      if (finite.length === 0) return [];
      const min = Math.min(...finite);
      const max = Math.max(...finite);
      return [min, ...breaks.filter((b) => b > min && b < max), max];
    }
    default:
      throw new RangeError(`Unknown classification ${String(method)}`);
  }
}
