import { EXPORT_FONT, INK, MUTED, type Mark, type Scene, type ScenePart } from './scene';
import { approximateTextMeasure, fitText, wrapText, type TextMeasure } from './text-layout';

/**
 * A chart for export as plain data (built from a chart's own model, never from what is on screen), and its
 * layout as a scene: title, summary, legend, the plot (horizontal bars with optional diamond markers, or a
 * scatter with reference lines and a shaded corner) and the source line.
 */

/** The width of an exported chart in CSS pixels unless its drawing says otherwise (PNGs are this × the scale). */
export const CHART_EXPORT_WIDTH_PX = 640;

export interface ChartTick {
  readonly value: number;
  readonly label: string;
}

export interface ChartAxis {
  readonly min: number;
  readonly max: number;
  readonly ticks: readonly ChartTick[];
  readonly title?: string;
}

export interface ChartLegendItem {
  readonly label: string;
  readonly colour: string;
  readonly shape: 'square' | 'diamond' | 'circle';
}

export interface BarSeries {
  readonly name: string;
  readonly colour: string;
  /** One value per category; null: no bar. */
  readonly values: readonly (number | null)[];
  /** Text at the end of each bar (e.g. "45,2"), or null. */
  readonly labels?: readonly (string | null)[];
}

/** Categories down, values across; each category a group of bars, one per series. */
export interface BarPlot {
  readonly kind: 'bars';
  readonly categories: readonly string[];
  /** Per category: a word where it has no bar (e.g. "afgeschermd"), or null. */
  readonly notes?: readonly (string | null)[];
  readonly series: readonly BarSeries[];
  /** Diamonds on the rows (e.g. a target share). */
  readonly markers?: readonly { readonly name: string; readonly colour: string; readonly values: readonly (number | null)[] }[];
  readonly axis: ChartAxis;
}

export interface ScatterPlot {
  readonly kind: 'scatter';
  readonly points: readonly { readonly x: number; readonly y: number }[];
  readonly colour: string;
  readonly x: ChartAxis;
  readonly y: ChartAxis;
  /** Dashed reference lines at a value of one axis, with an optional label. */
  readonly lines: readonly { readonly axis: 'x' | 'y'; readonly value: number; readonly label?: string }[];
  /** A shaded region (e.g. the "high need, low reach" corner). */
  readonly shade?: { readonly x0: number; readonly x1: number; readonly y0: number; readonly y1: number; readonly colour: string; readonly label: string };
}

export interface ChartDrawing {
  readonly title: string;
  /** One or two sentences saying what the chart shows (its on-screen summary). */
  readonly summary?: string;
  readonly legend: readonly ChartLegendItem[];
  readonly plot: BarPlot | ScatterPlot;
  /** The source line, with its "synthetisch" / "fictief" marks written in. */
  readonly source: string;
  /** Width in CSS pixels (default CHART_EXPORT_WIDTH_PX). */
  readonly width?: number;
}

const PAD = 12;
const GRID = '#e4e7eb';
const AXIS = '#7b8794';

const text = (x: number, y: number, value: string, size: number, options: { weight?: 400 | 600 | 700; colour?: string; anchor?: 'start' | 'middle' | 'end'; rotate?: number } = {}): Mark => ({
  kind: 'text',
  x,
  y,
  text: value,
  size,
  weight: options.weight ?? 400,
  colour: options.colour ?? INK,
  anchor: options.anchor ?? 'start',
  rotate: options.rotate,
});

const diamond = (cx: number, cy: number, r: number, fill: string): Mark => ({
  kind: 'path',
  points: [
    [cx, cy - r],
    [cx + r * 0.8, cy],
    [cx, cy + r],
    [cx - r * 0.8, cy],
  ],
  closed: true,
  fill,
  stroke: '#ffffff',
  strokeWidth: 1,
});

/** Title and summary, wrapped. */
function headingPart(drawing: ChartDrawing, width: number, measure: TextMeasure): ScenePart {
  const marks: Mark[] = [];
  let y = PAD;
  for (const line of wrapText(measure, drawing.title, 15, 600, width - 2 * PAD, 2)) {
    marks.push(text(PAD, y + 15, line, 15, { weight: 600 }));
    y += 20;
  }
  if (drawing.summary) {
    y += 2;
    for (const line of wrapText(measure, drawing.summary, 12, 400, width - 2 * PAD, 3)) {
      marks.push(text(PAD, y + 12, line, 12, { colour: MUTED }));
      y += 16;
    }
  }
  return { name: 'title', box: { x: 0, y: 0, width, height: y }, marks };
}

/** The legend's items in a row, wrapping to more rows when needed. */
function legendPart(items: readonly ChartLegendItem[], top: number, width: number, measure: TextMeasure): ScenePart {
  const marks: Mark[] = [];
  if (items.length === 0) return { name: 'legend', box: { x: 0, y: top, width, height: 0 }, marks };
  let x = PAD;
  let y = top + 6;
  for (const item of items) {
    const label = fitText(measure, item.label, 12, 400, width - 2 * PAD - 16);
    const w = 16 + measure(label, 12, 400) + 14;
    if (x > PAD && x + w > width - PAD) {
      x = PAD;
      y += 18;
    }
    if (item.shape === 'diamond') marks.push(diamond(x + 5, y + 6, 6, item.colour));
    else if (item.shape === 'circle') marks.push({ kind: 'circle', cx: x + 5, cy: y + 6, r: 5, fill: item.colour });
    else marks.push({ kind: 'rect', x, y: y + 1, width: 10, height: 10, fill: item.colour });
    marks.push(text(x + 16, y + 10, label, 12));
    x += w;
  }
  return { name: 'legend', box: { x: 0, y: top, width, height: y + 18 - top }, marks };
}

const scaleOf = (axis: ChartAxis, from: number, to: number) => {
  const span = axis.max - axis.min;
  if (!(span > 0)) throw new RangeError(`A chart axis needs max > min, got ${axis.min}…${axis.max}`);
  return (v: number) => from + ((v - axis.min) / span) * (to - from);
};

/** Horizontal bars: category labels left, a value axis below with grid lines, labels at the bar ends. */
function barPlotPart(plot: BarPlot, top: number, width: number, measure: TextMeasure): ScenePart {
  const marks: Mark[] = [];
  const barHeight = plot.series.length > 1 ? 10 : 14;
  const rowHeight = Math.max(22, plot.series.length * (barHeight + 2) + 10);
  const labelWidth = Math.min(width * 0.35, Math.max(60, ...plot.categories.map((c) => measure(c, 11, 400) + 10)));
  const endLabels = plot.series.flatMap((s) => (s.labels ?? []).filter((l): l is string => l !== null));
  const notes = (plot.notes ?? []).filter((n): n is string => n !== null);
  const lastTick = plot.axis.ticks[plot.axis.ticks.length - 1];
  // Room for the bar-end labels and notes, and for half of the last tick label (centred on the axis end).
  const endRoom = Math.max(lastTick ? measure(lastTick.label, 11, 400) / 2 : 0, ...endLabels.map((l) => measure(l, 11, 400) + 8), ...notes.map((n) => measure(n, 11, 400) + 8));
  const left = PAD + labelWidth;
  const right = width - PAD - endRoom;
  const x = scaleOf(plot.axis, left, right);
  const plotTop = top + 8;
  const bottom = plotTop + plot.categories.length * rowHeight;
  for (const tick of plot.axis.ticks) {
    marks.push({ kind: 'line', x1: x(tick.value), y1: plotTop, x2: x(tick.value), y2: bottom, stroke: GRID, width: 1 });
    marks.push(text(x(tick.value), bottom + 15, tick.label, 11, { colour: MUTED, anchor: 'middle' }));
  }
  const zero = x(Math.min(Math.max(0, plot.axis.min), plot.axis.max));
  marks.push({ kind: 'line', x1: left, y1: bottom, x2: right, y2: bottom, stroke: AXIS, width: 1 });
  plot.categories.forEach((category, i) => {
    const rowTop = plotTop + i * rowHeight;
    const middle = rowTop + rowHeight / 2;
    marks.push(text(left - 6, middle + 4, fitText(measure, category, 11, 400, labelWidth - 10), 11, { anchor: 'end' }));
    const groupTop = middle - (plot.series.length * (barHeight + 2) - 2) / 2;
    let hasBar = false;
    plot.series.forEach((series, k) => {
      const value = series.values[i];
      if (value === null || value === undefined) return;
      hasBar = true;
      const end = x(Math.min(Math.max(value, plot.axis.min), plot.axis.max));
      const y = groupTop + k * (barHeight + 2);
      marks.push({ kind: 'rect', x: Math.min(zero, end), y, width: Math.max(Math.abs(end - zero), 0.5), height: barHeight, fill: series.colour });
      const label = series.labels?.[i];
      if (label) marks.push(text(Math.max(zero, end) + 4, y + barHeight / 2 + 4, label, 11, { colour: MUTED }));
    });
    const note = plot.notes?.[i];
    if (!hasBar && note) marks.push(text(zero + 4, middle + 4, note, 11, { colour: MUTED }));
    for (const marker of plot.markers ?? []) {
      const value = marker.values[i];
      if (value !== null && value !== undefined) marks.push(diamond(x(value), middle, 6, marker.colour));
    }
  });
  return { name: 'plot', box: { x: 0, y: top, width, height: bottom + 22 - top }, marks };
}

/** A scatter: both axes with ticks and titles, the shaded region, dashed reference lines, the points. */
function scatterPlotPart(plot: ScatterPlot, top: number, width: number, measure: TextMeasure): ScenePart {
  const marks: Mark[] = [];
  const tickWidth = Math.max(...plot.y.ticks.map((t) => measure(t.label, 11, 400)), 10);
  const left = PAD + (plot.y.title ? 18 : 0) + tickWidth + 8;
  const right = width - PAD;
  const plotTop = top + 8;
  const bottom = plotTop + 260;
  const x = scaleOf(plot.x, left, right);
  const y = scaleOf(plot.y, bottom, plotTop);
  const clampX = (v: number) => Math.min(right, Math.max(left, x(v)));
  const clampY = (v: number) => Math.min(bottom, Math.max(plotTop, y(v)));
  for (const tick of plot.x.ticks) {
    marks.push({ kind: 'line', x1: x(tick.value), y1: plotTop, x2: x(tick.value), y2: bottom, stroke: GRID, width: 1 });
    marks.push(text(x(tick.value), bottom + 15, tick.label, 11, { colour: MUTED, anchor: 'middle' }));
  }
  for (const tick of plot.y.ticks) {
    marks.push({ kind: 'line', x1: left, y1: y(tick.value), x2: right, y2: y(tick.value), stroke: GRID, width: 1 });
    marks.push(text(left - 6, y(tick.value) + 4, tick.label, 11, { colour: MUTED, anchor: 'end' }));
  }
  if (plot.shade) {
    const s = plot.shade;
    const [x0, x1] = [clampX(s.x0), clampX(s.x1)];
    const [y0, y1] = [clampY(s.y1), clampY(s.y0)];
    if (x1 > x0 && y1 > y0) {
      marks.push({ kind: 'rect', x: x0, y: y0, width: x1 - x0, height: y1 - y0, fill: s.colour, opacity: 0.12 });
      marks.push(text(x1 - 4, y1 - 5, s.label, 10, { colour: s.colour, anchor: 'end', weight: 600 }));
    }
  }
  marks.push({ kind: 'line', x1: left, y1: bottom, x2: right, y2: bottom, stroke: AXIS, width: 1 });
  marks.push({ kind: 'line', x1: left, y1: plotTop, x2: left, y2: bottom, stroke: AXIS, width: 1 });
  for (const line of plot.lines) {
    if (line.axis === 'x') marks.push({ kind: 'line', x1: clampX(line.value), y1: plotTop, x2: clampX(line.value), y2: bottom, stroke: AXIS, width: 1, dash: [4, 3] });
    else {
      marks.push({ kind: 'line', x1: left, y1: clampY(line.value), x2: right, y2: clampY(line.value), stroke: AXIS, width: 1, dash: [4, 3] });
      if (line.label) marks.push(text(left + 4, clampY(line.value) - 4, line.label, 10, { colour: MUTED }));
    }
  }
  for (const p of plot.points) marks.push({ kind: 'circle', cx: clampX(p.x), cy: clampY(p.y), r: 4, fill: plot.colour, stroke: '#ffffff', strokeWidth: 1, opacity: 0.85 });
  if (plot.x.title) marks.push(text((left + right) / 2, bottom + 32, plot.x.title, 11, { colour: MUTED, anchor: 'middle' }));
  if (plot.y.title) marks.push(text(PAD + 11, (plotTop + bottom) / 2, plot.y.title, 11, { colour: MUTED, anchor: 'middle', rotate: -90 }));
  return { name: 'plot', box: { x: 0, y: top, width, height: bottom + (plot.x.title ? 40 : 22) - top }, marks };
}

/** The source line(s) under the chart. */
function sourcePart(source: string, top: number, width: number, measure: TextMeasure): ScenePart {
  const marks: Mark[] = [];
  let y = top + 4;
  for (const line of wrapText(measure, source, 10, 400, width - 2 * PAD, 3)) {
    marks.push(text(PAD, y + 10, line, 10, { colour: MUTED }));
    y += 14;
  }
  return { name: 'source', box: { x: 0, y: top, width, height: y - top }, marks };
}

/**
 * The layout of a chart drawing as a scene (CSS pixels): title and summary, legend, plot, source.
 *
 * @example
 * chartScene({ title: 'Caseload per VTE', legend: [], source: 'Bron: …', plot: { kind: 'bars', categories: ['Centrum'], series: [{ name: 'Dossiers', colour: '#2a9d8f', values: [45] }], axis: { min: 0, max: 50, ticks: [{ value: 0, label: '0' }] } } }).parts.map((p) => p.name)
 * // ['title', 'legend', 'plot', 'source']
 */
export function chartScene(drawing: ChartDrawing, measure: TextMeasure = approximateTextMeasure): Scene {
  const width = drawing.width ?? CHART_EXPORT_WIDTH_PX;
  if (!(width >= 240)) throw new RangeError(`A chart needs at least 240 px of width, got ${width}`);
  if (drawing.plot.kind === 'bars') {
    const { categories, series } = drawing.plot;
    if (series.some((s) => s.values.length !== categories.length)) throw new RangeError('Every bar series needs one value per category');
  }
  const heading = headingPart(drawing, width, measure);
  const legend = legendPart(drawing.legend, heading.box.height, width, measure);
  const plotTop = legend.box.y + legend.box.height;
  const plot = drawing.plot.kind === 'bars' ? barPlotPart(drawing.plot, plotTop, width, measure) : scatterPlotPart(drawing.plot, plotTop, width, measure);
  const source = sourcePart(drawing.source, plot.box.y + plot.box.height, width, measure);
  return { width, height: Math.ceil(source.box.y + source.box.height + PAD), background: '#ffffff', font: EXPORT_FONT, title: drawing.title, parts: [heading, legend, plot, source] };
}
