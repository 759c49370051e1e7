import { currentCamera, snapshotMap } from '../../map/camera-bridge';

/**
 * The current view as a print-quality PNG at 1×, 2× or 4×: the map redrawn at that resolution (not
 * upscaled), with the title and caption above, the legend and a scale bar on the map, the attribution and
 * the data badges (synthetic / approximate / …) below. Everything is drawn locally from what is on screen
 * (the legend, badges and attribution are read from their DOM), so the image says what the screen says.
 */

const FONT = "'Noto Sans', system-ui, sans-serif";
const INK = '#1f2933';
const MUTED = '#52606d';

export interface ViewImage {
  readonly bytes: Uint8Array;
  readonly width: number;
  readonly height: number;
  /** Where the map and the legend are in the image (device pixels), for checks. */
  readonly mapBox: { x: number; y: number; width: number; height: number };
  readonly legendBox: { x: number; y: number; width: number; height: number } | null;
}

/** A round length (metres) whose bar is at most `maxPx` CSS pixels long at this latitude and zoom. */
export function chooseScaleBar(latitude: number, zoom: number, maxPx: number): { metres: number; px: number } {
  const metresPerPx = (40_075_016.686 * Math.cos((latitude * Math.PI) / 180)) / (512 * 2 ** zoom);
  const steps = [10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10_000, 20_000, 25_000, 50_000, 100_000];
  let best = steps[0]!;
  for (const m of steps) if (m / metresPerPx <= maxPx) best = m;
  return { metres: best, px: best / metresPerPx };
}

function legendFromDom(): { title: string; rows: { colour: string; label: string; count: string; hatch: boolean }[]; cells: string[] } {
  const legend = document.querySelector('[data-testid="legend"]');
  const title = legend?.querySelector('h2')?.textContent ?? '';
  const rows = [...(legend?.querySelectorAll('[data-testid="legend-entry"], [data-testid="legend-nodata"], [data-testid="legend-suppressed"]') ?? [])].map((li) => {
    const swatch = li.querySelector<HTMLElement>('.swatch');
    return {
      colour: swatch ? getComputedStyle(swatch).backgroundColor : '#cccccc',
      label: li.querySelector('.range')?.textContent ?? '',
      count: li.querySelector('.count')?.textContent ?? '',
      hatch: li.getAttribute('data-testid') === 'legend-suppressed',
    };
  });
  const cells = [...(legend?.querySelectorAll<HTMLElement>('[data-testid="bivariate-cell"]') ?? [])].map((c) => getComputedStyle(c).backgroundColor);
  return { title, rows, cells };
}

function badgesFromDom(): { text: string; background: string; colour: string }[] {
  return [...document.querySelectorAll<HTMLElement>('[data-testid="provenance-badges"] [data-testid^="badge-"]')].map((b) => ({
    text: (b.textContent ?? '').trim(),
    background: getComputedStyle(b).backgroundColor,
    colour: getComputedStyle(b).color,
  }));
}

function wrapText(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width <= width || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Draws the current view at `scale`× (1, 2 or 4) into a PNG.
 *
 * @example
 * const image = await exportViewPng({ title: 'Kortrijk 2024', caption: 'Armoede per wijk' }, 2);
 */
export async function exportViewPng(text: { title: string; caption: string }, scale: 1 | 2 | 4): Promise<ViewImage> {
  if (![1, 2, 4].includes(scale)) throw new RangeError(`scale must be 1, 2 or 4, got ${scale}`);
  const camera = currentCamera();
  const snapshot = snapshotMap(scale);
  if (!camera || !snapshot) throw new Error('There is no map to export yet');
  const map = await snapshot;
  await document.fonts.ready;
  const s = scale;
  const measure = document.createElement('canvas').getContext('2d')!;
  measure.font = `${14 * s}px ${FONT}`;
  const captionLines = text.caption ? wrapText(measure, text.caption, map.width - 32 * s) : [];
  const header = (16 + 30 + captionLines.length * 20 + 10) * s;
  const footer = 64 * s;
  const out = document.createElement('canvas');
  out.width = map.width;
  out.height = header + map.height + footer;
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('No 2D drawing context for the export');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = INK;
  ctx.font = `700 ${24 * s}px ${FONT}`;
  ctx.fillText(text.title, 16 * s, (16 + 24) * s, out.width - 32 * s);
  ctx.fillStyle = MUTED;
  ctx.font = `${14 * s}px ${FONT}`;
  captionLines.forEach((line, i) => ctx.fillText(line, 16 * s, (16 + 30 + 16 + i * 20) * s));
  ctx.drawImage(map, 0, header);
  const mapBox = { x: 0, y: header, width: map.width, height: map.height };

  // Legend: bottom left on the map, on a white card.
  const legend = legendFromDom();
  let legendBox: ViewImage['legendBox'] = null;
  if (legend.rows.length > 0 || legend.cells.length > 0) {
    ctx.font = `600 ${13 * s}px ${FONT}`;
    const titleLines = wrapText(ctx, legend.title, 230 * s);
    const titleWidth = Math.max(0, ...titleLines.map((line) => ctx.measureText(line).width));
    ctx.font = `${12 * s}px ${FONT}`;
    const rowsWidth = Math.max(0, ...legend.rows.map((r) => ctx.measureText(`${r.label}  ${r.count}`).width));
    const width = Math.min(map.width - 24 * s, Math.max(160 * s, rowsWidth + 40 * s, titleWidth + 24 * s));
    const gridHeight = legend.cells.length === 9 ? 3 * 22 * s + 8 * s : 0;
    const height = (12 + titleLines.length * 17 + 6) * s + legend.rows.length * 20 * s + gridHeight + 8 * s;
    const x = 12 * s;
    const y = header + map.height - height - 12 * s;
    legendBox = { x, y, width, height };
    ctx.fillStyle = 'rgba(255,255,255,0.94)';
    ctx.strokeStyle = '#c5ccd3';
    ctx.lineWidth = s;
    ctx.beginPath();
    ctx.roundRect(x, y, width, height, 6 * s);
    ctx.fill();
    ctx.stroke();
    ctx.fillStyle = INK;
    ctx.font = `600 ${13 * s}px ${FONT}`;
    titleLines.forEach((line, i) => ctx.fillText(line, x + 10 * s, y + (12 + 12 + i * 17) * s));
    let rowY = y + (12 + titleLines.length * 17 + 6) * s;
    if (legend.cells.length === 9) {
      legend.cells.forEach((colour, i) => {
        ctx.fillStyle = colour;
        ctx.fillRect(x + 10 * s + (i % 3) * 22 * s, rowY + Math.floor(i / 3) * 22 * s, 20 * s, 20 * s);
      });
      rowY += gridHeight;
    }
    ctx.font = `${12 * s}px ${FONT}`;
    for (const row of legend.rows) {
      ctx.fillStyle = row.colour;
      ctx.fillRect(x + 10 * s, rowY + 3 * s, 16 * s, 13 * s);
      if (row.hatch) {
        ctx.strokeStyle = '#555555';
        ctx.lineWidth = s;
        for (let k = -13; k < 16; k += 4) {
          ctx.beginPath();
          ctx.moveTo(x + 10 * s + Math.max(0, k) * s, rowY + 3 * s + Math.max(0, -k) * s);
          ctx.lineTo(x + 10 * s + Math.min(16, k + 13) * s, rowY + 3 * s + Math.min(13, 13 - k) * s);
          ctx.stroke();
        }
      }
      ctx.fillStyle = INK;
      ctx.fillText(row.label, x + 32 * s, rowY + 14 * s);
      ctx.fillStyle = MUTED;
      const countWidth = ctx.measureText(row.count).width;
      ctx.fillText(row.count, x + width - 10 * s - countWidth, rowY + 14 * s);
      rowY += 20 * s;
    }
  }

  // Scale bar: bottom right on the map.
  const bar = chooseScaleBar(camera.center[1], camera.zoom, 120);
  const barX = map.width - (bar.px + 24) * s;
  const barY = header + map.height - 22 * s;
  ctx.fillStyle = 'rgba(255,255,255,0.9)';
  ctx.fillRect(barX - 8 * s, barY - 20 * s, (bar.px + 16) * s, 30 * s);
  ctx.strokeStyle = INK;
  ctx.lineWidth = 2 * s;
  ctx.beginPath();
  ctx.moveTo(barX, barY - 6 * s);
  ctx.lineTo(barX, barY);
  ctx.lineTo(barX + bar.px * s, barY);
  ctx.lineTo(barX + bar.px * s, barY - 6 * s);
  ctx.stroke();
  ctx.fillStyle = INK;
  ctx.font = `${11 * s}px ${FONT}`;
  ctx.fillText(bar.metres >= 1000 ? `${bar.metres / 1000} km` : `${bar.metres} m`, barX, barY - 9 * s);

  // Footer: the badges, then the attribution.
  let bx = 16 * s;
  const by = header + map.height + 10 * s;
  ctx.font = `700 ${11 * s}px ${FONT}`;
  for (const badge of badgesFromDom()) {
    const w = ctx.measureText(badge.text).width + 16 * s;
    ctx.fillStyle = badge.background;
    ctx.beginPath();
    ctx.roundRect(bx, by, w, 20 * s, 10 * s);
    ctx.fill();
    ctx.fillStyle = badge.colour;
    ctx.fillText(badge.text, bx + 8 * s, by + 14 * s);
    bx += w + 8 * s;
  }
  ctx.fillStyle = MUTED;
  ctx.font = `${10 * s}px ${FONT}`;
  const attribution = document.querySelector('[data-testid="attribution"]')?.textContent ?? '';
  wrapText(ctx, attribution, out.width - 32 * s)
    .slice(0, 2)
    .forEach((line, i) => ctx.fillText(line, 16 * s, by + (20 + 14 + i * 13) * s));

  const blob = await new Promise<Blob | null>((resolve) => out.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The image could not be made');
  return { bytes: new Uint8Array(await blob.arrayBuffer()), width: out.width, height: out.height, mapBox, legendBox };
}
