import type { PNG } from 'pngjs';

/** Hex colour (`#rrggbb`) of one pixel of a decoded PNG. */
export function pngPixel(png: PNG, x: number, y: number): string {
  const i = (png.width * y + x) * 4;
  return `#${[png.data[i]!, png.data[i + 1]!, png.data[i + 2]!].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/** The distinct colours of a region of a PNG, sampled every `step` pixels (blank regions give one or two). */
export function pngColoursIn(png: PNG, x0: number, y0: number, width: number, height: number, step = 3): string[] {
  const seen = new Set<string>();
  for (let y = y0; y < y0 + height; y += step) for (let x = x0; x < x0 + width; x += step) seen.add(pngPixel(png, x, y));
  return [...seen];
}

/** What `findBivariateSquare` read from an image: the cells' centres, their pitch and the ink around them. */
export interface BivariateSquareProbe {
  /** Centre of each cell, `[need][reach]` (0 = low), in image pixels. */
  readonly centres: readonly (readonly { readonly x: number; readonly y: number }[])[];
  /** Distance between neighbouring cell centres (24 legend units times the image's scale). */
  readonly pitch: number;
  /** Dark (ink) pixels in the band above the square (the need axis' name). */
  readonly inkAbove: number;
  /** Dark pixels in the band under the square (the reach arrow and the reach axis' name). */
  readonly inkBelow: number;
  /** Dark pixels right of the square (the gap-corner caption). */
  readonly inkRight: number;
  /** Dark pixels on the outline around the gap corner (high need, low reach). */
  readonly inkCorner: number;
}

const isInk = (png: PNG, x: number, y: number) => {
  if (x < 0 || y < 0 || x >= png.width || y >= png.height) return false;
  const i = (png.width * y + x) * 4;
  return png.data[i]! + png.data[i + 1]! + png.data[i + 2]! < 3 * 90;
};

function countInk(png: PNG, x0: number, y0: number, width: number, height: number): number {
  let n = 0;
  for (let y = Math.round(y0); y < y0 + height; y++) for (let x = Math.round(x0); x < x0 + width; x++) if (isInk(png, x, y)) n++;
  return n;
}

/**
 * Finds the bivariate legend's 3×3 square in an exported image from its nine colours (`colours[need][reach]`,
 * as hex) inside a region — need growing upwards, reach to the right, cells one pitch apart, which no map
 * drawn in the same colours repeats — and counts the ink where the axes, the arrows, the caption and the
 * gap-corner outline belong. Null when no such square is there.
 */
export function findBivariateSquare(png: PNG, colours: readonly (readonly string[])[], region: { x: number; y: number; width: number; height: number }): BivariateSquareProbe | null {
  const rgb = colours.map((row) => row.map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number]));
  const matches = (x: number, y: number, want: readonly number[]) => {
    if (x < 0 || y < 0 || x >= png.width || y >= png.height) return false;
    const i = (png.width * y + x) * 4;
    return Math.abs(png.data[i]! - want[0]!) + Math.abs(png.data[i + 1]! - want[1]!) + Math.abs(png.data[i + 2]! - want[2]!) <= 6;
  };
  // Every (x, y, pitch) where all nine cells have their colour; the square's pitch is their median.
  const found: { x: number; y: number; p: number }[] = [];
  for (let y = region.y; y < Math.min(png.height, region.y + region.height); y += 2) {
    for (let x = region.x; x < Math.min(png.width, region.x + region.width); x += 2) {
      if (!matches(x, y, rgb[0]![0]!)) continue;
      for (let p = 16; p <= 160; p++) {
        let all = true;
        for (let need = 0; need < 3 && all; need++) for (let reach = 0; reach < 3 && all; reach++) all = matches(x + reach * p, y - need * p, rgb[need]![reach]!);
        if (all) found.push({ x, y, p });
      }
    }
  }
  if (found.length === 0) return null;
  const ps = found.map((f) => f.p).sort((a, b) => a - b);
  const pitch = ps[Math.floor(ps.length / 2)]!;
  const atPitch = found.filter((f) => f.p === pitch);
  const origin = { x: atPitch.reduce((s, f) => s + f.x, 0) / atPitch.length, y: atPitch.reduce((s, f) => s + f.y, 0) / atPitch.length };
  const centres = [0, 1, 2].map((need) => [0, 1, 2].map((reach) => ({ x: origin.x + reach * pitch, y: origin.y - need * pitch })));
  const left = origin.x - pitch / 2;
  const right = origin.x + 2.5 * pitch;
  const top = origin.y - 2.5 * pitch;
  const bottom = origin.y + pitch / 2;
  const corner = centres[2]![0]!;
  const half = pitch / 2 + 1;
  const outline =
    countInk(png, corner.x - half - 2, corner.y - half - 2, 2 * half + 4, 4) + countInk(png, corner.x - half - 2, corner.y + half - 2, 2 * half + 4, 4);
  return {
    centres,
    pitch,
    inkAbove: countInk(png, left, top - pitch * 0.75, right - left, pitch * 0.6),
    inkBelow: countInk(png, left, bottom, right - left, pitch),
    inkRight: countInk(png, right + 2, top, pitch * 4, pitch * 1.5),
    inkCorner: outline,
  };
}
