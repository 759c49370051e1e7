import * as maplibregl from 'maplibre-gl';
import { FileSource, PMTiles, Protocol } from 'pmtiles';
import type { Services } from '../../../app/services';
import { buildPmtilesBasemap, type BasemapStyle } from '../../../map/layers/build-basemap-layers';
import { buildStyleUrlBasemap, checkStyleUrl } from '../../../map/layers/build-style-url-basemap';
import { PMTILES_HEADER_BYTES, readPmtilesHeader } from '../../../map/layers/read-pmtiles-header';
import { inSlice } from '../../../app/app-state';
import { setBasemap, type Basemap } from '../state/layers-slice';

/** Why a basemap could not be shown; the layer list words it per language. */
export type BasemapProblem =
  | { readonly code: 'not-pmtiles' | 'compression' | 'tile-type' | 'csp' }
  | { readonly code: 'read' | 'url' | 'network' | 'style'; readonly detail: string };

export class BasemapError extends Error {
  constructor(readonly problem: BasemapProblem) {
    super('detail' in problem ? `${problem.code}: ${problem.detail}` : problem.code);
  }
}

let protocol: Protocol | null = null;
let archives = 0;
/**
 * The prepared styles of the basemaps opened in this session, by the `url` the layers slice names them
 * with (a style holds what the state should not: the layer specs; the archive itself lives in the protocol).
 */
const prepared = new Map<string, BasemapStyle>();

/** The style to draw for the basemap of the layers slice, or null (none, or not prepared in this session). */
export function basemapStyleFor(basemap: Basemap): BasemapStyle | null {
  return basemap.kind === 'none' ? null : (prepared.get(basemap.url) ?? null);
}

/** The `pmtiles://` protocol, registered with MapLibre once, on first use (never at start). */
function pmtilesProtocol(): Protocol {
  if (!protocol) {
    protocol = new Protocol();
    maplibregl.addProtocol('pmtiles', protocol.tile);
  }
  return protocol;
}

/** A local file as a PMTiles source under a URL-safe key (file names can hold spaces or slashes). */
class KeyedFileSource extends FileSource {
  constructor(file: File, private readonly key: string) {
    super(file);
  }
  override getKey(): string {
    return this.key;
  }
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Shows a local PMTiles archive as the basemap, under the areas: reads its header (raster or vector),
 * for vector archives its layer list, and serves its tiles to MapLibre from the file itself through the
 * `pmtiles://` protocol — no network. The map overlays draw it once the layers slice names it. Throws a
 * `BasemapError` the layer list can word.
 */
export async function openPmtilesBasemap(services: Services, file: File): Promise<void> {
  let info;
  try {
    info = readPmtilesHeader(await file.slice(0, PMTILES_HEADER_BYTES).arrayBuffer());
  } catch (error) {
    if (error instanceof RangeError) throw new BasemapError({ code: 'not-pmtiles' });
    throw new BasemapError({ code: 'read', detail: message(error) });
  }
  if (info.kind === 'unsupported') throw new BasemapError({ code: info.problem === 'compression' ? 'compression' : 'tile-type' });
  const key = `basemap-${++archives}`;
  const archive = new PMTiles(new KeyedFileSource(file, key));
  let vectorLayers: string[] = [];
  let attribution: string[] = [];
  try {
    const metadata = (info.metadata.length > 0 ? await archive.getMetadata() : {}) as { vector_layers?: { id?: unknown }[]; attribution?: unknown };
    vectorLayers = (metadata.vector_layers ?? []).map((l) => l.id).filter((id): id is string => typeof id === 'string');
    if (typeof metadata.attribution === 'string') attribution = [metadata.attribution.replace(/<[^>]*>/g, '').trim()].filter(Boolean);
  } catch (error) {
    throw new BasemapError({ code: 'read', detail: message(error) });
  }
  const style = buildPmtilesBasemap(info, key, vectorLayers, attribution);
  pmtilesProtocol().add(archive);
  const url = `pmtiles://${key}`;
  prepared.set(url, style);
  services.store.update(inSlice('layers', setBasemap({ kind: 'pmtiles', name: file.name, url, tiles: info.kind, attribution })));
}

/**
 * Fetches a MapLibre style from a URL the user typed and shows its geometry and imagery layers as the
 * basemap. This is the one place the app reaches the internet, and only on the user's request; the app's
 * CSP (`connect-src 'self' blob: data:`) blocks it unless the server's origin is added there, which is
 * reported as `csp`.
 */
export async function openStyleUrlBasemap(services: Services, text: string): Promise<void> {
  let url: URL;
  try {
    url = checkStyleUrl(text);
  } catch (error) {
    throw new BasemapError({ code: 'url', detail: message(error) });
  }
  let blocked = false;
  const onViolation = (event: SecurityPolicyViolationEvent) => {
    if (event.blockedURI && url.href.startsWith(event.blockedURI)) blocked = true;
  };
  document.addEventListener('securitypolicyviolation', onViolation);
  let style: unknown;
  try {
    const response = await fetch(url.href, { credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-cache' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    style = await response.json();
  } catch (error) {
    // The violation event is dispatched asynchronously: give it a moment before judging.
    await new Promise((resolve) => setTimeout(resolve, 50));
    throw new BasemapError(blocked ? { code: 'csp' } : { code: 'network', detail: message(error) });
  } finally {
    document.removeEventListener('securitypolicyviolation', onViolation);
  }
  let built;
  try {
    built = buildStyleUrlBasemap(style, url.href);
  } catch (error) {
    throw new BasemapError({ code: 'style', detail: message(error) });
  }
  prepared.set(url.href, built.basemap);
  services.store.update(inSlice('layers', setBasemap({ kind: 'style-url', url: url.href, attribution: [...built.basemap.attribution], dropped: built.dropped.length })));
}

/** Removes the basemap: back to the plain offline background. */
export function removeBasemap(services: Services): void {
  services.store.update(inSlice('layers', setBasemap({ kind: 'none' })));
}
