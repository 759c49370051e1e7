/** A point to label, in pixels of the plot (origin top left). */
export interface LabelCandidate {
  readonly code: string;
  readonly text: string;
  readonly x: number;
  readonly y: number;
  /** Higher is labelled first (e.g. how far the point lies from the others). */
  readonly priority: number;
}

/** Where a label went: its box's text anchor point and which side of the dot. */
export interface PlacedLabel {
  readonly code: string;
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'end' | 'middle';
  /** The box taken, [left, top, right, bottom]. */
  readonly box: readonly [number, number, number, number];
}

export interface LabelPlacementOptions {
  /** Plot width and height in pixels. */
  readonly width: number;
  readonly height: number;
  /** Width in pixels of a text (default: 5.6 px a character, a 10 px sans-serif). */
  readonly measure?: (text: string) => number;
  /** Text height in pixels (default 11). */
  readonly lineHeight?: number;
  /** Radius in pixels around every dot that no label may cover (default 5). */
  readonly dotRadius?: number;
  /** At most this many labels (default: all). */
  readonly max?: number;
  /** Free room kept around every label, in pixels (default 2). */
  readonly padding?: number;
  /** Boxes no label may cover ([left, top, right, bottom]: e.g. the chart's own reference-line text). */
  readonly reserved?: readonly (readonly [number, number, number, number])[];
}

type Box = readonly [number, number, number, number];

const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/**
 * Labels for scatter points without overlaps, greedily: points in order of priority, each label tried right,
 * left, above and below its dot, kept at the first place inside the plot that overlaps no label placed before
 * and no dot (every point's dot, labelled or not); a label with no free place is left out. Deterministic
 * (ties in priority by code).
 *
 * @example
 * placeScatterLabels([{ code: 'a', text: 'Heule', x: 50, y: 50, priority: 1 }], { width: 200, height: 100 });
 * // [{ code: 'a', text: 'Heule', x: 57, y: 54, anchor: 'start', box: [57, 44.5, 85, 55.5] }]
 */
export function placeScatterLabels(points: readonly LabelCandidate[], options: LabelPlacementOptions): PlacedLabel[] {
  const { width, height, measure = (t: string) => t.length * 5.6, lineHeight = 11, dotRadius = 5, max = Infinity, padding = 2, reserved = [] } = options;
  if (!(width > 0) || !(height > 0)) return [];
  const dots: Box[] = points.map((p) => [p.x - dotRadius, p.y - dotRadius, p.x + dotRadius, p.y + dotRadius]);
  const taken: Box[] = [...reserved];
  const placed: PlacedLabel[] = [];
  const order = [...points].sort((a, b) => b.priority - a.priority || a.code.localeCompare(b.code));
  const gap = dotRadius + 2;
  for (const p of order) {
    if (placed.length >= max) break;
    const w = measure(p.text);
    const h = lineHeight;
    const half = h / 2;
    const tries: { box: Box; x: number; y: number; anchor: PlacedLabel['anchor'] }[] = [
      { box: [p.x + gap, p.y - half, p.x + gap + w, p.y + half], x: p.x + gap, y: p.y + 4, anchor: 'start' },
      { box: [p.x - gap - w, p.y - half, p.x - gap, p.y + half], x: p.x - gap, y: p.y + 4, anchor: 'end' },
      { box: [p.x - w / 2, p.y - gap - h, p.x + w / 2, p.y - gap], x: p.x, y: p.y - gap - 2, anchor: 'middle' },
      { box: [p.x - w / 2, p.y + gap, p.x + w / 2, p.y + gap + h], x: p.x, y: p.y + gap + h - 2, anchor: 'middle' },
    ];
    const fits = (box: Box) => box[0] >= 0 && box[1] >= 0 && box[2] <= width && box[3] <= height;
    const clear = (box: Box) => {
      const padded: Box = [box[0] - padding, box[1] - padding, box[2] + padding, box[3] + padding];
      return !taken.some((t) => overlaps(t, padded)) && !dots.some((d) => overlaps(d, box));
    };
    const free = tries.find(({ box }) => fits(box) && clear(box));
    if (!free) continue;
    taken.push(free.box);
    placed.push({ code: p.code, text: p.text, x: free.x, y: free.y, anchor: free.anchor, box: free.box });
  }
  return placed;
}

/**
 * How far each point lies from the middle of the cloud, in units of each axis's spread (the sum of the
 * absolute z-scores): the outliers get the highest priority for a label.
 *
 * @example
 * outlierScores([{ x: 0, y: 0 }, { x: 0, y: 0 }, { x: 3, y: 3 }])[2]; // ≈ 2.83
 */
export function outlierScores(points: readonly { readonly x: number; readonly y: number }[]): number[] {
  if (points.length === 0) return [];
  const spread = (values: number[]) => {
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length);
    return { mean, sd: sd > 0 ? sd : 1 };
  };
  const x = spread(points.map((p) => p.x));
  const y = spread(points.map((p) => p.y));
  return points.map((p) => Math.abs(p.x - x.mean) / x.sd + Math.abs(p.y - y.mean) / y.sd);
}

/** A label as the chart draws it: its offset from the dot's centre and its text anchor. */
export interface ScatterLabel {
  readonly text: string;
  readonly dx: number;
  readonly dy: number;
  readonly anchor: PlacedLabel['anchor'];
}

/** Up to this many points every point is a candidate for a label; beyond it, only the most outlying. */
export const LABEL_ALL_UP_TO = 12;
/** How many labels a crowded scatter gets at most (the outliers). */
export const MAX_OUTLIER_LABELS = 8;

/**
 * The labels of the need-vs-reach scatter: every area's name when there are few, else the outliers'
 * (`outlierScores`), placed without overlaps in a plot of `width` × `height` pixels over the `domain`.
 *
 * @example
 * scatterLabels(points, { need: [0, 2], reach: [0, 0.5] }, 260, 194).get('34022A00-'); // { text: 'Heule', dx: 7, dy: 4, anchor: 'start' }
 */
export function scatterLabels(
  points: readonly { readonly code: string; readonly name: string; readonly need: number; readonly reach: number }[],
  domain: { readonly need: readonly [number, number]; readonly reach: readonly [number, number] },
  width: number,
  height: number,
  measure?: (text: string) => number,
  reserved?: LabelPlacementOptions['reserved'],
): Map<string, ScatterLabel> {
  const spanX = domain.need[1] - domain.need[0] || 1;
  const spanY = domain.reach[1] - domain.reach[0] || 1;
  const px = points.map((p) => ({ x: ((p.need - domain.need[0]) / spanX) * width, y: (1 - (p.reach - domain.reach[0]) / spanY) * height }));
  const scores = outlierScores(points.map((p) => ({ x: p.need, y: p.reach })));
  const candidates = points.map((p, i) => ({ code: p.code, text: p.name, x: px[i]!.x, y: px[i]!.y, priority: scores[i]! }));
  const max = points.length <= LABEL_ALL_UP_TO ? Infinity : MAX_OUTLIER_LABELS;
  const at = new Map(candidates.map((c) => [c.code, c] as const));
  return new Map(
    placeScatterLabels(candidates, { width, height, max, ...(measure ? { measure } : {}), ...(reserved ? { reserved } : {}) }).map((l) => {
      const dot = at.get(l.code)!;
      return [l.code, { text: l.text, dx: l.x - dot.x, dy: l.y - dot.y, anchor: l.anchor }] as const;
    }),
  );
}
