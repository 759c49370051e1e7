/**
 * The few pieces of XML reading the XLSX reader needs. SpreadsheetML parts are machine-written, flat and
 * regular, so a scanner over tags is enough (and fast on 100,000-row sheets): it accepts namespace prefixes
 * (`<x:c>`), either quote style, XML entities and OOXML's `_xHHHH_` escapes. No DTDs or entities are ever
 * expanded beyond the five predefined ones and character references.
 */

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes the five XML entities and character references. */
export function decodeXmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return safeFromCodePoint(Number.parseInt(ref.slice(2), 16), whole);
    if (ref.startsWith('#')) return safeFromCodePoint(Number.parseInt(ref.slice(1), 10), whole);
    return NAMED[ref] ?? whole;
  });
}

function safeFromCodePoint(code: number, fallback: string): string {
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}

/** Decodes OOXML's `_xHHHH_` escapes (used for control characters such as `_x000D_`); `_x005F_` is `_`. */
export function decodeOoxmlEscapes(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/** Text content of an element as a spreadsheet shows it. */
export const xmlText = (raw: string): string => decodeOoxmlEscapes(decodeXmlEntities(raw));

/**
 * The attributes of a start tag's attribute text, by full name (`r:id`) and by local name (`id`, unless a
 * plain attribute of that name exists).
 */
export function attributes(text: string): Map<string, string> {
  const map = new Map<string, string>();
  const local = new Map<string, string>();
  for (const m of text.matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const name = m[1]!;
    const value = decodeXmlEntities(m[2] ?? m[3] ?? '');
    map.set(name, value);
    const colon = name.indexOf(':');
    if (colon >= 0 && !name.startsWith('xmlns')) local.set(name.slice(colon + 1), value);
  }
  for (const [k, v] of local) if (!map.has(k)) map.set(k, v);
  return map;
}

const ATTRIBUTE_PATTERNS = new Map<string, RegExp>();

/** One attribute of a start tag's attribute text (any prefix), or undefined: faster than `attributes` for hot paths. */
export function attribute(text: string, name: string): string | undefined {
  let re = ATTRIBUTE_PATTERNS.get(name);
  if (!re) {
    re = new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    ATTRIBUTE_PATTERNS.set(name, re);
  }
  const m = re.exec(text);
  if (!m) return undefined;
  const value = m[1] ?? m[2] ?? '';
  return value.includes('&') ? decodeXmlEntities(value) : value;
}

/** Matches elements `<name …/>` or `<name …>…</name>` with any prefix; group 1 = attributes, group 2 = content. */
export function elementPattern(name: string): RegExp {
  return new RegExp(`<(?:[\\w.-]+:)?${name}(?=[\\s/>])((?:[^>"']|"[^"]*"|'[^']*')*?)(?:/>|>([\\s\\S]*?)</(?:[\\w.-]+:)?${name}>)`, 'g');
}

/**
 * Like `elementPattern`, for elements whose attributes never hold `>` (cells, rows, values: references,
 * style indexes, types); faster on large sheets.
 */
export function plainElementPattern(name: string): RegExp {
  return new RegExp(`<(?:[\\w.-]+:)?${name}(?=[\\s/>])([^>]*?)(?:/>|>([\\s\\S]*?)</(?:[\\w.-]+:)?${name}>)`, 'g');
}

/** The content of the first element with the given name, or null. */
export function firstElement(xml: string, name: string): { attrs: string; content: string } | null {
  const m = elementPattern(name).exec(xml);
  return m ? { attrs: m[1] ?? '', content: m[2] ?? '' } : null;
}

/** Concatenated text of all `<t>` runs in an `<si>` or `<is>` element, without phonetic runs (`<rPh>`). */
export function richText(content: string): string {
  const withoutPhonetic = content.includes('rPh') ? content.replace(elementPattern('rPh'), '') : content;
  let out = '';
  for (const m of withoutPhonetic.matchAll(elementPattern('t'))) out += m[2] ?? '';
  return xmlText(out);
}

/** `C` → 2, `AA` → 26 (0-based column index); -1 for anything else. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) return -1;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

/** 2 → `C`, 26 → `AA`. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
