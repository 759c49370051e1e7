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
