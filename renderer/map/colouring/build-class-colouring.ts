import { classOf } from '../../../geo/classification';
import { classifyValues, type ClassificationOptions } from '../../../geo/classification';
import type { CellStatus } from '../../../geo/suppression';
import type { Measure } from '../../features/explorer/state/view-slice';
import type { ClassColouring, ColouredArea, ValueFormat } from './map-colouring';

export interface ValueRow {
  readonly code: string;
  readonly name: string;
  readonly value: number | null;
  /** `suppressed` when the value may not be shown; `missing` when there is none. */
  readonly status: CellStatus;
  readonly count?: number | null;
  readonly denominator?: number | null;
}

function snapSmallLimits(limits: number[], threshold: number | undefined): number[] {
  if (threshold === undefined || limits.length === 0) return limits;
  const snapped = limits.map((l) => (l > 0 && l <= threshold ? threshold + 1 : l));
  // Keep the limits strictly ascending: drop duplicates that the snapping created (fewer classes, same areas).
  const ascending: number[] = [];
  for (const l of snapped) if (ascending.length === 0 || l > ascending[ascending.length - 1]!) ascending.push(l);
  return ascending.length >= 2 ? ascending : snapped;
}

/**
 * Colours for the classes of a diverging map that follow each class's side of the centre: classes below
 * it take the cool half of the scheme (darker further away), classes above it the warm half, a class
 * holding the centre the neutral middle. So an all-increase map is all warm, whatever the class method.
 *
 * @example
 * divergingColours([1, 3, 5], 0, (k) => scheme(k)) // two warm colours
 */
export function divergingColours(limits: readonly number[], centre: number, palette: (classes: number) => readonly string[]): string[] {
  const classes = limits.length - 1;
  const side = (i: number) => (limits[i + 1]! <= centre ? -1 : limits[i]! >= centre ? 1 : 0);
  const below = Array.from({ length: classes }, (_, i) => i).filter((i) => side(i) < 0).length;
  const above = Array.from({ length: classes }, (_, i) => i).filter((i) => side(i) > 0).length;
  const half = Math.min(5, Math.max(below, above, 1));
  const colours = palette(2 * half + 1);
  const middle = half;
  let seenAbove = 0;
  return Array.from({ length: classes }, (_, i) => {
    const s = side(i);
    if (s === 0) return colours[middle]!;
    if (s < 0) return colours[Math.max(0, middle - (below - i))]!;
    seenAbove++;
    return colours[Math.min(colours.length - 1, middle + seenAbove)]!;
  });
}

/**
 * A classed colouring of any per-area value: classes over the shown values, a palette with as many colours
 * as classes, counts per class, and the no-data and suppressed counts kept apart. A diverging map is
 * classed symmetrically around `centre` with equal intervals when the user chose them.
 *
 * @example
 * buildClassColouring(rows, { measure: 'gap', format: { kind: 'index' }, classification, palette: (k) => colours(k) })
 */
export function buildClassColouring(
  rows: readonly ValueRow[],
  options: {
    readonly measure: Measure;
    readonly format: ValueFormat;
    readonly classification: ClassificationOptions;
    readonly palette: (classes: number) => readonly string[];
    readonly diverging?: { readonly centre: number };
    readonly territoryLabels?: Readonly<Record<string, string>>;
    /**
     * For counts of a sensitive indicator: class limits strictly between 0 and threshold + 1 are moved up
     * to threshold + 1, so no legend range reads as a count of 1–threshold. Shown counts are 0 or above the
     * threshold, so no area changes class.
     */
    readonly sensitiveCountThreshold?: number;
  },
): ClassColouring {
  const shown = rows.filter((r) => r.status === 'shown' && r.value !== null).map((r) => r.value!);
  const classification = options.diverging ? { ...options.classification, centre: options.diverging.centre } : options.classification;
  const limits = snapSmallLimits(classifyValues(shown, classification), options.sensitiveCountThreshold);
  const classes = Math.max(limits.length - 1, 0);
  const classCounts = new Array<number>(classes).fill(0);
  const palette = classes === 0 ? [] : options.diverging ? divergingColours(limits, options.diverging.centre, options.palette) : options.palette(classes);
  const areas: ColouredArea[] = rows.map((r) => {
    const classIndex = r.status === 'shown' && r.value !== null ? classOf(r.value, limits) : -1;
    if (classIndex >= 0) classCounts[classIndex]!++;
    return { code: r.code, name: r.name, value: r.status === 'shown' ? r.value : null, status: r.status === 'shown' && r.value === null ? 'missing' : r.status, classIndex, ...(r.count !== undefined ? { count: r.status === 'shown' ? r.count : null } : {}), ...(r.denominator !== undefined ? { denominator: r.denominator } : {}) };
  });
  return {
    kind: 'classes',
    measure: options.measure,
    format: options.format,
    diverging: !!options.diverging,
    areas,
    limits,
    classCounts,
    palette,
    missingCount: areas.filter((a) => a.status === 'missing').length,
    suppressedCount: areas.filter((a) => a.status === 'suppressed').length,
    ...(options.territoryLabels ? { territoryLabels: options.territoryLabels } : {}),
  };
}
