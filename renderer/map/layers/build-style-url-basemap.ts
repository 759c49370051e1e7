import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { BasemapStyle } from './build-basemap-layers';
import { BASEMAP_PREFIX } from './ids';

/** Layer types taken over from a remote style: the geometry and imagery, not labels or 3-D. */
const KEPT_TYPES = new Set(['background', 'fill', 'line', 'raster', 'hillshade', 'circle']);

/**
 * Checks a style URL typed by the user: an absolute `https:` URL (or `http:` on the loopback, for a tile
 * server on the same machine). Returns the parsed URL; throws with the reason otherwise.
 *
 * @example
 * checkStyleUrl('https://tiles.example.org/styles/light/style.json').host; // 'tiles.example.org'
 */
export function checkStyleUrl(text: string): URL {
  if (typeof text !== 'string' || text.trim() === '') throw new TypeError('Give the URL of a MapLibre style (style.json)');
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new RangeError(`Not a URL: ${text.trim()}`);
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) throw new RangeError(`Only https: style URLs are supported, got ${url.protocol}`);
  return url;
}

/**
 * Turns a MapLibre style fetched from `styleUrl` into a basemap to draw under the areas: every source and
 * layer id gets the `basemap-` prefix, relative TileJSON and tile URLs are resolved against the style URL,
 * and only geometry and imagery layers are kept — labels (`symbol`), 3-D and heat maps, and layers that
 * need the style's sprite (`*-pattern`) are dropped and listed, because the app renders its own labels
 * with its bundled font and loads no sprite or glyphs. Throws for something that is not a version-8 style
 * or that uses `mapbox://` URLs.
 *
 * @example
 * const { basemap, dropped } = buildStyleUrlBasemap(await (await fetch(url)).json(), url);
 */
export function buildStyleUrlBasemap(style: unknown, styleUrl: string): { basemap: BasemapStyle; dropped: string[] } {
  const base = checkStyleUrl(styleUrl);
  if (!style || typeof style !== 'object') throw new TypeError('The style URL did not return a JSON object');
  const { version, sources, layers } = style as { version?: unknown; sources?: unknown; layers?: unknown };
  if (version !== 8) throw new RangeError(`Not a MapLibre style (version 8), got version ${String(version)}`);
  if (!sources || typeof sources !== 'object' || !Array.isArray(layers)) throw new RangeError('The style has no sources or no layers');
  const resolve = (u: unknown) => {
    if (typeof u !== 'string') return u;
    if (u.startsWith('mapbox://')) throw new RangeError('mapbox:// URLs are not supported');
    // Keep MapLibre's {z}/{x}/{y} placeholders readable after resolving.
    return new URL(u, base).href.replace(/%7B/gi, '{').replace(/%7D/gi, '}');
  };
  const outSources: Record<string, SourceSpecification> = {};
  const attribution = new Set<string>();
  for (const [id, spec] of Object.entries(sources as Record<string, Record<string, unknown>>)) {
    if (!spec || typeof spec !== 'object') continue;
    const copy: Record<string, unknown> = { ...spec };
    if ('url' in copy) copy.url = resolve(copy.url);
    if (Array.isArray(copy.tiles)) copy.tiles = copy.tiles.map(resolve);
    if ('data' in copy && typeof copy.data === 'string') copy.data = resolve(copy.data);
    if (typeof copy.attribution === 'string') attribution.add(plainText(copy.attribution));
    outSources[`${BASEMAP_PREFIX}${id}`] = copy as unknown as SourceSpecification;
  }
  const dropped: string[] = [];
  const outLayers: LayerSpecification[] = [];
  for (const layer of layers as Record<string, unknown>[]) {
    if (!layer || typeof layer !== 'object' || typeof layer.id !== 'string' || typeof layer.type !== 'string') continue;
    const paint = (layer.paint ?? {}) as Record<string, unknown>;
    const needsSprite = Object.keys(paint).some((k) => k.endsWith('-pattern'));
    if (!KEPT_TYPES.has(layer.type) || needsSprite) {
      dropped.push(layer.id);
      continue;
    }
    const copy: Record<string, unknown> = { ...layer, id: `${BASEMAP_PREFIX}${layer.id}` };
    if (typeof layer.source === 'string') {
      if (!(`${BASEMAP_PREFIX}${layer.source}` in outSources)) {
        dropped.push(layer.id);
        continue;
      }
      copy.source = `${BASEMAP_PREFIX}${layer.source}`;
    }
    delete copy.metadata;
    outLayers.push(copy as unknown as LayerSpecification);
  }
  return { basemap: { sources: outSources, layers: outLayers, attribution: [...attribution].filter((a) => a !== '') }, dropped };
}

/** Attribution HTML as plain text (the app never injects remote HTML). */
function plainText(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&copy;/g, '©').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
}
