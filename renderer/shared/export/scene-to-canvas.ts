import type { Mark, Scene } from './scene';
import { UserError } from '../problems';

/**
 * The canvas backend of a scene: draws it at `scale` device pixels per CSS pixel (1×, 2×, 4×) and makes
 * a PNG of it. Text is drawn with the page's own (bundled) fonts. Only image marks take pixels from
 * elsewhere (the map, which the map itself drew at that resolution).
 */

function drawMark(ctx: CanvasRenderingContext2D, mark: Mark, font: string, images: Readonly<Record<string, CanvasImageSource>>): void {
  switch (mark.kind) {
    case 'rect': {
      ctx.globalAlpha = mark.opacity ?? 1;
      ctx.beginPath();
      if (mark.radius) ctx.roundRect(mark.x, mark.y, mark.width, mark.height, mark.radius);
      else ctx.rect(mark.x, mark.y, mark.width, mark.height);
      if (mark.fill !== 'none') {
        ctx.fillStyle = mark.fill;
        ctx.fill();
      }
      if (mark.stroke) {
        ctx.strokeStyle = mark.stroke;
        ctx.lineWidth = mark.strokeWidth ?? 1;
        ctx.stroke();
      }
      ctx.globalAlpha = 1;
      return;
    }
    case 'line':
      ctx.beginPath();
      ctx.setLineDash(mark.dash ? [...mark.dash] : []);
      ctx.moveTo(mark.x1, mark.y1);
      ctx.lineTo(mark.x2, mark.y2);
      ctx.strokeStyle = mark.stroke;
      ctx.lineWidth = mark.width;
      ctx.stroke();
      ctx.setLineDash([]);
      return;
    case 'path':
      ctx.beginPath();
      mark.points.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)));
      if (mark.closed) ctx.closePath();
      if (mark.fill && mark.fill !== 'none') {
        ctx.fillStyle = mark.fill;
        ctx.fill();
      }
      if (mark.stroke) {
        ctx.strokeStyle = mark.stroke;
        ctx.lineWidth = mark.strokeWidth ?? 1;
        ctx.stroke();
      }
      return;
    case 'circle':
      ctx.globalAlpha = mark.opacity ?? 1;
      ctx.beginPath();
      ctx.arc(mark.cx, mark.cy, mark.r, 0, Math.PI * 2);
      ctx.fillStyle = mark.fill;
      ctx.fill();
      if (mark.stroke) {
        ctx.strokeStyle = mark.stroke;
        ctx.lineWidth = mark.strokeWidth ?? 1;
        ctx.stroke();
      }
      ctx.globalAlpha = 1;
      return;
    case 'text':
      ctx.save();
      ctx.font = `${mark.weight} ${mark.size}px ${font}`;
      ctx.fillStyle = mark.colour;
      ctx.textAlign = mark.anchor === 'middle' ? 'center' : mark.anchor === 'end' ? 'right' : 'left';
      ctx.textBaseline = 'alphabetic';
      ctx.translate(mark.x, mark.y);
      if (mark.rotate) ctx.rotate((mark.rotate * Math.PI) / 180);
      ctx.fillText(mark.text, 0, 0);
      ctx.restore();
      return;
    case 'image': {
      const image = images[mark.key];
      if (image) ctx.drawImage(image, mark.x, mark.y, mark.width, mark.height);
      return;
    }
  }
}

/** Draws a scene into a 2D context already scaled to CSS pixels. */
export function drawScene(ctx: CanvasRenderingContext2D, scene: Scene, images: Readonly<Record<string, CanvasImageSource>> = {}): void {
  ctx.fillStyle = scene.background;
  ctx.fillRect(0, 0, scene.width, scene.height);
  for (const part of scene.parts) for (const mark of part.marks) drawMark(ctx, mark, scene.font, images);
}

/** A canvas's pixels as PNG bytes. */
export function canvasToPng(canvas: HTMLCanvasElement): Promise<Uint8Array> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => {
      if (!blob) return reject(new Error('The image could not be made (canvas.toBlob gave nothing)'));
      blob.arrayBuffer().then((b) => resolve(new Uint8Array(b)), reject);
    }, 'image/png'),
  );
}

/** A drawn PNG and its pixel size. */
export interface DrawnPng {
  readonly bytes: Uint8Array;
  readonly width: number;
  readonly height: number;
}

/**
 * A scene as a PNG at `scale`× (the scene's CSS size times `scale` in pixels).
 *
 * @example
 * const png = await sceneToPng(scene, 2, { map: mapCanvas });
 */
export async function sceneToPng(scene: Scene, scale: number, images: Readonly<Record<string, CanvasImageSource>> = {}): Promise<DrawnPng> {
  if (!(scale > 0 && scale <= 8)) throw new RangeError(`scale must be in (0, 8], got ${scale}`);
  await document.fonts.ready;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(scene.width * scale);
  canvas.height = Math.round(scene.height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new UserError('cause-out-of-memory', 'sceneToPng: no 2D drawing context (too large a canvas?)');
  ctx.scale(scale, scale);
  drawScene(ctx, scene, images);
  return { bytes: await canvasToPng(canvas), width: canvas.width, height: canvas.height };
}

/**
 * A text measure backed by a canvas (the page's fonts): what the scene builders lay text out with when
 * they draw for a PNG.
 */
export function canvasTextMeasure(font: string): (text: string, size: number, weight: number) => number {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) throw new UserError('cause-out-of-memory', 'canvasTextMeasure: no 2D drawing context');
  return (text, size, weight) => {
    ctx.font = `${weight} ${size}px ${font}`;
    return ctx.measureText(text).width;
  };
}
