import * as maplibregl from 'maplibre-gl';
import { FileSource, PMTiles, Protocol } from 'pmtiles';
import type { Services } from '../../../app/services';
import { buildPmtilesBasemap, type BasemapStyle } from '../../../map/layers/build-basemap-layers';
import { buildStyleUrlBasemap, checkStyleUrl } from '../../../map/layers/build-style-url-basemap';
import { PMTILES_HEADER_BYTES, readPmtilesHeader } from '../../../map/layers/read-pmtiles-header';
import { inSlice } from '../../../app/app-state';
import { UserError } from '../../../shared/problems';
import { defineSessionSlot } from '../../../shared/session-memory';
import { setBasemap, type Basemap } from '../state/layers-slice';

/**
 * Why the user's choice cannot be a basemap, said in place by the layer list (guidance about the file or
 * the address, not a failure of the app): not a PMTiles archive, one the app cannot read, a server the
 * app's CSP blocks (how to allow it), an address or a style that is not usable (with our own reason).
 * Anything else (a file that cannot be read, no connection) is thrown as it is, for 'basemap-failed'.
 */
export type BasemapProblem =
  | { readonly code: 'not-pmtiles' | 'compression' | 'tile-type' | 'csp' }
  | { readonly code: 'url' | 'style'; readonly detail: string };

export class BasemapError extends Error {
  constructor(readonly problem: BasemapProblem) {
    super('detail' in problem ? `${problem.code}: ${problem.detail}` : problem.code);
  }
}

/**
 * The basemaps of the session: the `pmtiles://` protocol (registered with MapLibre on first use, never at
 * start; MapLibre's protocol table is global, so it is the window's one session that serves it), the count
 * of archives opened (their URL-safe keys), and the prepared styles by the `url` the layers slice names
 * them with (a style holds what the state should not: the layer specs; the archive lives in the protocol).
 */
const basemaps = defineSessionSlot('basemaps', () => ({ protocol: null as Protocol | null, archives: 0, prepared: new Map<string, BasemapStyle>() }));

/** The style to draw for the basemap of the layers slice, or null (none, or not prepared in this session). */
export function basemapStyleFor(services: Services, basemap: Basemap): BasemapStyle | null {
  return basemap.kind === 'none' ? null : (basemaps(services.memory).prepared.get(basemap.url) ?? null);
}

/** The session's `pmtiles://` protocol, registered with MapLibre on first use. */
function pmtilesProtocol(services: Services): Protocol {
  const memory = basemaps(services.memory);
  if (!memory.protocol) {
    memory.protocol = new Protocol();
    maplibregl.addProtocol('pmtiles', memory.protocol.tile);
  }
  return memory.protocol;
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

/** Our own reason why an address or a style is not usable (written by checkStyleUrl and buildStyleUrlBasemap). */
const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Shows a local PMTiles archive as the basemap, under the areas: reads its header (raster or vector),
 * for vector archives its layer list, and serves its tiles to MapLibre from the file itself through the
 * `pmtiles://` protocol — no network. The map overlays draw it once the layers slice names it. Throws a
 * `BasemapError` the layer list can word, or the error of a file that could not be read.
 */
export async function openPmtilesBasemap(services: Services, file: File): Promise<void> {
  const bytes = await file.slice(0, PMTILES_HEADER_BYTES).arrayBuffer();
  let info;
  try {
    info = readPmtilesHeader(bytes);
  } catch (error) {
    if (error instanceof RangeError) throw new BasemapError({ code: 'not-pmtiles' });
    throw error;
  }
  if (info.kind === 'unsupported') throw new BasemapError({ code: info.problem === 'compression' ? 'compression' : 'tile-type' });
  const memory = basemaps(services.memory);
  const key = `basemap-${++memory.archives}`;
  const archive = new PMTiles(new KeyedFileSource(file, key));
  const metadata = (info.metadata.length > 0 ? await archive.getMetadata() : {}) as { vector_layers?: { id?: unknown }[]; attribution?: unknown };
  const vectorLayers = (metadata.vector_layers ?? []).map((l) => l.id).filter((id): id is string => typeof id === 'string');
  const attribution = typeof metadata.attribution === 'string' ? [metadata.attribution.replace(/<[^>]*>/g, '').trim()].filter(Boolean) : [];
  const style = buildPmtilesBasemap(info, key, vectorLayers, attribution);
  pmtilesProtocol(services).add(archive);
  const url = `pmtiles://${key}`;
  memory.prepared.set(url, style);
  services.store.update(inSlice('layers', setBasemap({ kind: 'pmtiles', name: file.name, url, tiles: info.kind, attribution })));
}

/**
 * Fetches a MapLibre style from a URL the user typed and shows its geometry and imagery layers as the
 * basemap. This is the one place the app reaches the internet, and only on the user's request; the app's
 * CSP (`connect-src 'self' blob: data:`) blocks it unless the server's origin is added there, which is
 * said as `csp`. No connection or a refusing server is thrown as an error (for 'basemap-failed').
 */
export async function openStyleUrlBasemap(services: Services, text: string): Promise<void> {
  let url: URL;
  try {
    url = checkStyleUrl(text);
  } catch (error) {
    throw new BasemapError({ code: 'url', detail: reason(error) });
  }
  let blocked = false;
  const onViolation = (event: SecurityPolicyViolationEvent) => {
    if (event.blockedURI && url.href.startsWith(event.blockedURI)) blocked = true;
  };
  document.addEventListener('securitypolicyviolation', onViolation);
  let style: unknown;
  try {
    const response = await fetch(url.href, { credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-cache' });
    if (!response.ok) throw new UserError('cause-file-unreachable', `style URL answered HTTP ${response.status}`);
    style = await response.json();
  } catch (error) {
    // The violation event is dispatched asynchronously: give it a moment before judging.
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (blocked) throw new BasemapError({ code: 'csp' });
    throw error;
  } finally {
    document.removeEventListener('securitypolicyviolation', onViolation);
  }
  let built;
  try {
    built = buildStyleUrlBasemap(style, url.href);
  } catch (error) {
    throw new BasemapError({ code: 'style', detail: reason(error) });
  }
  basemaps(services.memory).prepared.set(url.href, built.basemap);
  services.store.update(inSlice('layers', setBasemap({ kind: 'style-url', url: url.href, attribution: [...built.basemap.attribution], dropped: built.dropped.length })));
}

/** Removes the basemap: back to the plain offline background. */
export function removeBasemap(services: Services): void {
  services.store.update(inSlice('layers', setBasemap({ kind: 'none' })));
}
