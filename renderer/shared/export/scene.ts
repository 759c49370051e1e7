/**
 * A drawing as plain data: named parts (header, legend, plot, …), each a list of marks in CSS pixels. The
 * export builders compute a scene from their model (pure, testable); two small backends draw it: as an SVG
 * text (`sceneToSvg`) and on a 2D canvas (`drawScene`, for PNGs at 1×, 2× or 4×). Nothing here reads the page.
 */

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export type Mark =
  | { readonly kind: 'rect'; readonly x: number; readonly y: number; readonly width: number; readonly height: number; readonly fill: string; readonly stroke?: string; readonly strokeWidth?: number; readonly radius?: number; readonly opacity?: number }
  | { readonly kind: 'line'; readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number; readonly stroke: string; readonly width: number; readonly dash?: readonly number[] }
  /** A polygon (closed) or polyline through `points`. */
  | { readonly kind: 'path'; readonly points: readonly (readonly [number, number])[]; readonly closed: boolean; readonly fill?: string; readonly stroke?: string; readonly strokeWidth?: number }
  | { readonly kind: 'circle'; readonly cx: number; readonly cy: number; readonly r: number; readonly fill: string; readonly stroke?: string; readonly strokeWidth?: number; readonly opacity?: number }
  /** One line of text; `y` is its baseline. `rotate` (degrees) turns it about (x, y). */
  | { readonly kind: 'text'; readonly x: number; readonly y: number; readonly text: string; readonly size: number; readonly weight: 400 | 600 | 700; readonly colour: string; readonly anchor: 'start' | 'middle' | 'end'; readonly rotate?: number }
  /** A raster drawn in by the backend from its `images` by key (e.g. the map), scaled into the box. */
  | { readonly kind: 'image'; readonly key: string; readonly x: number; readonly y: number; readonly width: number; readonly height: number };

/** A named part of a scene (its marks and the box they take), e.g. `legend` or `scale-bar`. */
export interface ScenePart {
  readonly name: string;
  readonly box: Box;
  readonly marks: readonly Mark[];
}

export interface Scene {
  readonly width: number;
  readonly height: number;
  readonly background: string;
  readonly font: string;
  /** The document's title (SVG `<title>`), for assistive technology. */
  readonly title: string;
  readonly parts: readonly ScenePart[];
}

export const EXPORT_FONT = "'Noto Sans', Arial, system-ui, sans-serif";
export const INK = '#1f2933';
export const MUTED = '#52606d';

/** The part of a scene by name, or undefined. */
export function partOf(scene: Scene, name: string): ScenePart | undefined {
  return scene.parts.find((p) => p.name === name);
}

/** Every text mark of a scene (or of one part), in drawing order. */
export function textsOf(scene: Scene, part?: string): string[] {
  return scene.parts.filter((p) => part === undefined || p.name === part).flatMap((p) => p.marks.flatMap((m) => (m.kind === 'text' ? [m.text] : [])));
}

/**
 * Diagonal hatching (45°, lower left to upper right) clipped to a box, as line marks: the "suppressed"
 * swatch, drawn the same in SVG and on canvas.
 *
 * @example
 * hatchMarks({ x: 0, y: 0, width: 16, height: 12 }, 4, '#555555').length // 7
 */
export function hatchMarks(box: Box, spacing: number, stroke: string, width = 1): Mark[] {
  if (!(spacing > 0)) throw new RangeError(`hatch spacing must be positive, got ${spacing}`);
  const marks: Mark[] = [];
  const { x, y, width: w, height: h } = box;
  // Lines x' + y' = c (in box coordinates with y' up from the bottom), for c every `spacing` along w + h.
  for (let c = spacing; c < w + h; c += spacing) {
    const x1 = Math.max(0, c - h);
    const x2 = Math.min(w, c);
    marks.push({ kind: 'line', x1: x + x1, y1: y + h - (c - x1), x2: x + x2, y2: y + h - (c - x2), stroke, width });
  }
  return marks;
}
