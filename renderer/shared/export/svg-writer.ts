/**
 * A small SVG writer: elements as text with escaped attribute values and content, numbers written short.
 * Pure (no DOM): what it writes is a standalone SVG file.
 */

export const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

const XML_ESCAPES: Readonly<Record<string, string>> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' };

/**
 * Text safe in XML content and quoted attribute values; characters XML 1.0 forbids (control characters
 * other than tab and newline) are dropped.
 *
 * @example
 * escapeXml('A & B <1–4>') // 'A &amp; B &lt;1–4&gt;'
 */
export function escapeXml(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[<>&"']/g, (c) => XML_ESCAPES[c]!);
}

/**
 * A number as SVG writes it: at most two decimals, no trailing zeros, no `-0`.
 *
 * @example
 * svgNumber(12.3456) // '12.35'
 */
export function svgNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`An SVG number must be finite, got ${value}`);
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

export type SvgAttributes = Readonly<Record<string, string | number | null | undefined>>;

/**
 * One element: `name` with its attributes (null and undefined left out) and content (already SVG text).
 *
 * @example
 * svgElement('rect', { x: 0, y: 0, width: 10, height: 5, fill: '#fff' }) // '<rect x="0" y="0" width="10" height="5" fill="#fff"/>'
 */
export function svgElement(name: string, attributes: SvgAttributes = {}, content?: string | readonly string[]): string {
  if (!/^[a-zA-Z][\w:-]*$/.test(name)) throw new RangeError(`Not an element name: ${name}`);
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== null && entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${typeof value === 'number' ? svgNumber(value) : escapeXml(value)}"`)
    .join('');
  const inner = content === undefined ? '' : typeof content === 'string' ? content : content.join('');
  return inner === '' ? `<${name}${attrs}/>` : `<${name}${attrs}>${inner}</${name}>`;
}

/** A text element's content: the text escaped. */
export const svgText = (text: string): string => escapeXml(text);

/**
 * A standalone SVG document (XML declaration, namespace, viewBox, a `<title>`) around `body`.
 *
 * @example
 * svgDocument({ width: 100, height: 50, title: 'Grafiek' }, [svgElement('rect', { width: 100, height: 50, fill: '#fff' })])
 */
export function svgDocument(options: { width: number; height: number; title: string; font?: string }, body: readonly string[]): string {
  const { width, height } = options;
  if (!(width > 0 && height > 0)) throw new RangeError(`An SVG needs a size, got ${width} × ${height}`);
  const root = svgElement(
    'svg',
    { xmlns: SVG_NAMESPACE, width, height, viewBox: `0 0 ${svgNumber(width)} ${svgNumber(height)}`, 'font-family': options.font, role: 'img' },
    ['\n', svgElement('title', {}, svgText(options.title)), '\n', ...body.map((line) => `${line}\n`)],
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${root}\n`;
}
