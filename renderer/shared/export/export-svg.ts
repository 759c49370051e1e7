/**
 * A chart as a standalone SVG file (vector, for reports): the chart's own SVG with its text styles written
 * into it (the page's CSS does not travel with the file), a title above and the source line below.
 */

const XMLNS = 'http://www.w3.org/2000/svg';
const FONT = "'Noto Sans', Arial, sans-serif";

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

/**
 * @example
 * const svgText = chartToSvg(figure.querySelector('svg')!, 'Caseload per VTE', 'Bron: team_fte (2024)');
 */
export function chartToSvg(svg: SVGSVGElement, title: string, source: string): string {
  const box = svg.getBoundingClientRect();
  const width = Math.max(1, Math.round(box.width));
  const height = Math.max(1, Math.round(box.height));
  if (width < 40 || height < 40) throw new Error('The chart is too small to export: show it first');
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = svg.querySelectorAll('text, tspan');
  copy.querySelectorAll('text, tspan').forEach((element, i) => {
    const style = getComputedStyle(originals[i]!);
    for (const property of ['font-size', 'font-weight', 'fill']) (element as SVGElement).style.setProperty(property, style.getPropertyValue(property));
    (element as SVGElement).style.setProperty('font-family', FONT);
  });
  copy.setAttribute('x', '0');
  copy.setAttribute('y', '36');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.removeAttribute('class');
  const inner = new XMLSerializer().serializeToString(copy);
  const total = height + 36 + 28;
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="${XMLNS}" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family="${escapeXml(FONT)}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="8" y="24" font-size="15" font-weight="600" fill="#1f2933">${escapeXml(title)}</text>`,
    inner,
    `<text x="8" y="${height + 36 + 18}" font-size="10" fill="#52606d">${escapeXml(source)}</text>`,
    `</svg>`,
  ].join('\n');
}
