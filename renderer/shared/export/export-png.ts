/**
 * PNG exports of what is on screen, drawn locally (no network): the map canvas with a title and its
 * attribution, and an SVG chart. The map canvas keeps its drawing buffer (map-controller), so it can be
 * read after it was drawn.
 */

const HEADER = 44;
const FOOTER = 28;
const FONT = "'Noto Sans', system-ui, sans-serif";

function canvasToPng(canvas: HTMLCanvasElement): Promise<Uint8Array> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => {
      if (!blob) return reject(new Error('The image could not be made (canvas.toBlob gave nothing)'));
      blob.arrayBuffer().then((b) => resolve(new Uint8Array(b)), reject);
    }, 'image/png'),
  );
}

/** Shortens `text` with … until it fits `width` pixels. */
function fit(ctx: CanvasRenderingContext2D, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  let cut = text;
  while (cut.length > 1 && ctx.measureText(`${cut}…`).width > width) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/**
 * The map as a PNG at the screen's pixel ratio: a title above, the attribution below.
 *
 * @example
 * const bytes = await mapToPng(map.getCanvas(), { title: 'Scenario 1 — caseload per VTE', attribution: 'Statbel · MapLibre' });
 */
export async function mapToPng(mapCanvas: HTMLCanvasElement, text: { title: string; attribution: string }): Promise<Uint8Array> {
  if (mapCanvas.width === 0 || mapCanvas.height === 0) throw new Error('The map has no size yet: show it first');
  const ratio = mapCanvas.width / Math.max(1, mapCanvas.clientWidth || mapCanvas.width);
  const out = document.createElement('canvas');
  out.width = mapCanvas.width;
  out.height = mapCanvas.height + Math.round((HEADER + FOOTER) * ratio);
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('No 2D drawing context for the export');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(mapCanvas, 0, Math.round(HEADER * ratio));
  ctx.fillStyle = '#1f2933';
  ctx.font = `600 ${Math.round(18 * ratio)}px ${FONT}`;
  ctx.textBaseline = 'middle';
  ctx.fillText(fit(ctx, text.title, out.width - 24 * ratio), 12 * ratio, (HEADER / 2) * ratio);
  ctx.fillStyle = '#52606d';
  ctx.font = `${Math.round(11 * ratio)}px ${FONT}`;
  ctx.fillText(fit(ctx, text.attribution, out.width - 24 * ratio), 12 * ratio, out.height - (FOOTER / 2) * ratio);
  return canvasToPng(out);
}

/** Splits `text` into lines of at most `width` pixels (at most `max` lines, the last shortened with …). */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width <= width || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= max) return lines;
  return [...lines.slice(0, max - 1), fit(ctx, lines.slice(max - 1).join(' '), width)];
}

/**
 * An SVG chart (e.g. a Recharts chart) as a PNG at `scale`× its on-screen size, on white, with its title
 * (wrapped) and legend above it. Text keeps its on-screen font, size and colour (copied into the SVG, as
 * the page's CSS does not travel with it).
 *
 * @example
 * const bytes = await svgToPng(svg, { title: 'Caseload per VTE', legend: [{ label: 'Vandaag', colour: '#9ecae1' }] }, 2);
 */
export async function svgToPng(svg: SVGSVGElement, text: { title: string; legend?: readonly { label: string; colour: string }[] }, scale = 2): Promise<Uint8Array> {
  const box = svg.getBoundingClientRect();
  const width = Math.max(1, Math.round(box.width));
  const height = Math.max(1, Math.round(box.height));
  if (width < 40 || height < 40) throw new Error('The chart is too small to export: show it first');
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  const originals = svg.querySelectorAll('text, tspan');
  copy.querySelectorAll('text, tspan').forEach((element, i) => {
    const style = getComputedStyle(originals[i]!);
    for (const property of ['font-family', 'font-size', 'font-weight', 'fill']) (element as SVGElement).style.setProperty(property, style.getPropertyValue(property));
  });
  const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(copy)], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const measure = document.createElement('canvas').getContext('2d');
    if (!measure) throw new Error('No 2D drawing context for the export');
    measure.font = `600 ${15 * scale}px ${FONT}`;
    const titleLines = wrap(measure, text.title, (width - 16) * scale, 2);
    const legend = text.legend ?? [];
    const top = (12 + titleLines.length * 20 + (legend.length > 0 ? 22 : 0) + 6) * scale;
    const out = document.createElement('canvas');
    out.width = width * scale;
    out.height = top + height * scale;
    const ctx = out.getContext('2d')!;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, out.width, out.height);
    ctx.fillStyle = '#1f2933';
    ctx.font = `600 ${15 * scale}px ${FONT}`;
    ctx.textBaseline = 'middle';
    titleLines.forEach((line, i) => ctx.fillText(line, 8 * scale, (12 + 10 + i * 20) * scale));
    let x = 8 * scale;
    const y = (12 + titleLines.length * 20 + 11) * scale;
    ctx.font = `${12 * scale}px ${FONT}`;
    for (const item of legend) {
      ctx.fillStyle = item.colour;
      ctx.fillRect(x, y - 5 * scale, 10 * scale, 10 * scale);
      ctx.fillStyle = '#1f2933';
      const label = fit(ctx, item.label, out.width / Math.max(1, legend.length) - 22 * scale);
      ctx.fillText(label, x + 14 * scale, y);
      x += 14 * scale + ctx.measureText(label).width + 14 * scale;
    }
    ctx.drawImage(image, 0, top, width * scale, height * scale);
    return await canvasToPng(out);
  } finally {
    URL.revokeObjectURL(url);
  }
}
