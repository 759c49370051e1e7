import type { ExportLegend, ExportModel, ExportSwatch } from './build-export-model';
import { EXPORT_FONT, hatchMarks, INK, MUTED, type Box, type Mark, type Scene, type ScenePart } from './scene';
import { approximateTextMeasure, fitText, wrapText, type TextMeasure } from './text-layout';

/**
 * The layout of a map export as a scene (CSS pixels): the title, subtitle and caption above the map; the
 * map itself (an image mark `map`, drawn in by the backend); the legend on a card at the map's bottom left
 * and the scale bar at its bottom right; the badges and the attribution in a footer of fixed height.
 * Pure: everything it writes comes from the export model.
 */

/** The footer's height: a row of badges and two lines of attribution. */
export const MAP_FOOTER_HEIGHT = 64;
const PAD = 16;
const CARD_MAX_WIDTH = 300;
const CARD_MIN_WIDTH = 160;
const CELL = 24;

const text = (x: number, y: number, value: string, size: number, weight: 400 | 600 | 700 = 400, colour = INK, anchor: 'start' | 'middle' | 'end' = 'start', rotate?: number): Mark => ({
  kind: 'text',
  x,
  y,
  text: value,
  size,
  weight,
  colour,
  anchor,
  ...(rotate === undefined ? {} : { rotate }),
});

/** Title (24 px, up to two lines), subtitle and caption (14 px). */
function headerPart(model: ExportModel, width: number, measure: TextMeasure): ScenePart {
  const marks: Mark[] = [];
  let y = PAD;
  for (const line of wrapText(measure, model.title, 24, 700, width - 2 * PAD, 2)) {
    marks.push(text(PAD, y + 24, line, 24, 700));
    y += 30;
  }
  for (const words of [model.subtitle, model.caption]) {
    if (!words) continue;
    for (const line of wrapText(measure, words, 14, 400, width - 2 * PAD, 3)) {
      marks.push(text(PAD, y + 16, line, 14, 400, MUTED));
      y += 20;
    }
  }
  return { name: 'header', box: { x: 0, y: 0, width, height: y + 10 }, marks };
}

function swatchMarks(swatch: ExportSwatch, box: Box): Mark[] {
  const fill: Mark = { kind: 'rect', ...box, fill: swatch.colour, stroke: '#9aa5b1', strokeWidth: 0.5 };
  return swatch.kind === 'hatch' ? [fill, ...hatchMarks(box, 4, swatch.stroke)] : [fill];
}

/**
 * The 3×3 square at (x, y): need up (its axis named above the square, an arrow up its left side), reach to
 * the right (an arrow and its name under the square), the gap corner outlined with its caption beside it.
 */
function bivariateMarks(square: NonNullable<ExportLegend['bivariate']>, x: number, y: number, cardWidth: number, measure: TextMeasure): { marks: Mark[]; height: number } {
  const marks: Mark[] = [];
  const left = x + 14; // room for the need arrow
  const inner = cardWidth - 20;
  marks.push(text(x, y + 11, fitText(measure, square.needAxis, 10, 600, inner), 10, 600));
  const top = y + 18;
  for (let need = 0; need < 3; need++) {
    for (let reach = 0; reach < 3; reach++) {
      const cell = square.cells[need]![reach]!;
      const cx = left + reach * CELL;
      const cy = top + (2 - need) * CELL;
      marks.push({ kind: 'rect', x: cx, y: cy, width: CELL - 2, height: CELL - 2, fill: cell.colour });
      marks.push(text(cx + (CELL - 2) / 2, cy + CELL / 2 + 2, cell.count, 9, 400, need === 2 || reach === 2 ? '#ffffff' : INK, 'middle'));
    }
  }
  const corner = { x: left + square.gapCorner.reach * CELL - 1.5, y: top + (2 - square.gapCorner.need) * CELL - 1.5, width: CELL + 1, height: CELL + 1 };
  marks.push({ kind: 'rect', ...corner, fill: 'none', stroke: INK, strokeWidth: 2 });
  const bottom = top + 3 * CELL;
  marks.push({ kind: 'line', x1: x + 5, y1: bottom - 2, x2: x + 5, y2: top + 2, stroke: INK, width: 1 });
  marks.push({ kind: 'path', points: [[x + 2, top + 7], [x + 5, top + 2], [x + 8, top + 7]], closed: true, fill: INK });
  marks.push({ kind: 'line', x1: left, y1: bottom + 3, x2: left + 3 * CELL - 2, y2: bottom + 3, stroke: INK, width: 1 });
  marks.push({ kind: 'path', points: [[left + 3 * CELL - 7, bottom], [left + 3 * CELL - 2, bottom + 3], [left + 3 * CELL - 7, bottom + 6]], closed: true, fill: INK });
  marks.push(text(left, bottom + 17, fitText(measure, square.reachAxis, 10, 600, inner - (left - x)), 10, 600));
  // The caption beside the square, level with the gap corner (top left).
  const captionX = left + 3 * CELL + 10;
  const room = x + inner - captionX;
  marks.push({ kind: 'rect', x: captionX, y: top + 5, width: 10, height: 10, fill: square.cells[2]![0]!.colour, stroke: INK, strokeWidth: 1.5 });
  wrapText(measure, square.gapCorner.caption, 11, 600, Math.max(40, room - 14), 3).forEach((line, i) => marks.push(text(captionX + 14, top + 14 + i * 14, line, 11, 600)));
  return { marks, height: 18 + 3 * CELL + 22 };
}

/** The legend card's marks at (x, y) for a card `width` wide, and its height. */
function legendMarks(legend: ExportLegend, x: number, y: number, width: number, measure: TextMeasure): { marks: Mark[]; height: number } {
  const marks: Mark[] = [];
  const inner = width - 20;
  let cy = y + 10;
  for (const line of wrapText(measure, legend.title, 13, 600, inner, 3)) {
    marks.push(text(x + 10, cy + 13, line, 13, 600));
    cy += 17;
  }
  if (legend.subtitle) {
    marks.push(text(x + 10, cy + 12, fitText(measure, legend.subtitle, 11, 400, inner), 11, 400, MUTED));
    cy += 16;
  }
  cy += 4;
  if (legend.bivariate) {
    const square = bivariateMarks(legend.bivariate, x + 10, cy, width, measure);
    marks.push(...square.marks);
    cy += square.height + 4;
  }
  for (const row of legend.rows) {
    marks.push(...swatchMarks(row.swatch, { x: x + 10, y: cy + 3, width: 16, height: 13 }));
    const countWidth = measure(row.count, 12, 400);
    marks.push(text(x + 32, cy + 14, fitText(measure, row.label, 12, 400, inner - 26 - countWidth - 6), 12));
    marks.push(text(x + width - 10, cy + 14, row.count, 12, 400, MUTED, 'end'));
    cy += 20;
  }
  for (const words of [legend.method, legend.source]) {
    if (!words) continue;
    cy += 2;
    for (const line of wrapText(measure, words, 10, 400, inner, 3)) {
      marks.push(text(x + 10, cy + 11, line, 10, 400, MUTED));
      cy += 13;
    }
  }
  return { marks, height: cy + 8 - y };
}

/** The width the legend card needs (its longest row or title line), within the card's bounds. */
function legendWidth(legend: ExportLegend, mapWidth: number, measure: TextMeasure): number {
  const rows = legend.rows.map((r) => 32 + measure(r.label, 12, 400) + 12 + measure(r.count, 12, 400) + 10);
  const square = legend.bivariate
    ? [14 + 3 * CELL + 10 + 14 + measure(legend.bivariate.gapCorner.caption, 11, 600) + 24, 24 + measure(legend.bivariate.reachAxis, 10, 600) + 20, measure(legend.bivariate.needAxis, 10, 600) + 24]
    : [];
  const title = measure(legend.title, 13, 600) + 20;
  return Math.min(mapWidth - 24, CARD_MAX_WIDTH, Math.max(CARD_MIN_WIDTH, ...rows, ...square, Math.min(title, CARD_MAX_WIDTH)));
}

/** The legend on a white card at the map's bottom left (null without a legend). */
function legendPart(legend: ExportLegend | null, map: Box, measure: TextMeasure): ScenePart | null {
  if (!legend) return null;
  const width = legendWidth(legend, map.width, measure);
  const probe = legendMarks(legend, 0, 0, width, measure);
  const x = map.x + 12;
  const y = Math.max(map.y + 12, map.y + map.height - probe.height - 12);
  const { marks, height } = legendMarks(legend, x, y, width, measure);
  const card: Mark = { kind: 'rect', x, y, width, height, fill: '#ffffff', radius: 6 };
  const border: Mark = { kind: 'rect', x, y, width, height, fill: 'none', stroke: '#c5ccd3', strokeWidth: 1, radius: 6 };
  return { name: 'legend', box: { x, y, width, height }, marks: [card, border, ...marks] };
}

/** The scale bar at the map's bottom right. */
function scalePart(model: ExportModel, map: Box): ScenePart | null {
  const bar = model.scale;
  if (!bar) return null;
  const x = map.x + map.width - bar.px - 24;
  const y = map.y + map.height - 22;
  const box = { x: x - 8, y: y - 20, width: bar.px + 16, height: 30 };
  return {
    name: 'scale-bar',
    box,
    marks: [
      { kind: 'rect', ...box, fill: '#ffffff', radius: 3 },
      { kind: 'path', points: [[x, y - 6], [x, y], [x + bar.px, y], [x + bar.px, y - 6]], closed: false, stroke: INK, strokeWidth: 2 },
      text(x, y - 9, bar.label, 11),
    ],
  };
}

/** The badges in a row, then up to two lines of attribution. */
function footerPart(model: ExportModel, top: number, width: number, measure: TextMeasure): ScenePart {
  const marks: Mark[] = [];
  let x = PAD;
  const y = top + 10;
  for (const badge of model.badges) {
    const w = measure(badge.text, 11, 700) + 16;
    if (x + w > width - PAD) break;
    marks.push({ kind: 'rect', x, y, width: w, height: 20, fill: badge.background, radius: 10 });
    marks.push(text(x + 8, y + 14, badge.text, 11, 700, badge.colour));
    x += w + 8;
  }
  wrapText(measure, model.attribution, 10, 400, width - 2 * PAD, 2).forEach((line, i) => marks.push(text(PAD, y + 34 + i * 13, line, 10, 400, MUTED)));
  return { name: 'footer', box: { x: 0, y: top, width, height: MAP_FOOTER_HEIGHT }, marks };
}

/**
 * The scene of a map export for a map of `map.width` × `map.height` CSS pixels.
 *
 * @example
 * const scene = mapExportScene(buildExportModel(state, { title: 'Armoede', camera }), { width: 960, height: 640 });
 * scene.parts.map((p) => p.name) // ['header', 'map', 'legend', 'scale-bar', 'footer']
 */
export function mapExportScene(model: ExportModel, map: { readonly width: number; readonly height: number }, measure: TextMeasure = approximateTextMeasure): Scene {
  if (!(map.width >= 200 && map.height >= 100)) throw new RangeError(`A map export needs a map of at least 200 × 100 px, got ${map.width} × ${map.height}`);
  const header = headerPart(model, map.width, measure);
  const mapBox = { x: 0, y: header.box.height, width: map.width, height: map.height };
  const mapPart: ScenePart = { name: 'map', box: mapBox, marks: [{ kind: 'image', key: 'map', ...mapBox }] };
  const parts = [header, mapPart, legendPart(model.legend, mapBox, measure), scalePart(model, mapBox), footerPart(model, mapBox.y + mapBox.height, map.width, measure)];
  return {
    width: map.width,
    height: mapBox.y + mapBox.height + MAP_FOOTER_HEIGHT,
    background: '#ffffff',
    font: EXPORT_FONT,
    title: model.subtitle ? `${model.title} — ${model.subtitle}` : model.title,
    parts: parts.filter((p): p is ScenePart => p !== null),
  };
}
