/** Length of a PMTiles v3 header in bytes (the first bytes of the archive). */
export const PMTILES_HEADER_BYTES = 127;

export type PmtilesTileType = 'unknown' | 'mvt' | 'png' | 'jpeg' | 'webp' | 'avif' | 'mlt';
export type PmtilesCompression = 'unknown' | 'none' | 'gzip' | 'brotli' | 'zstd';

/** What a basemap needs to know about a PMTiles archive, read from its header. */
export interface PmtilesArchiveInfo {
  readonly specVersion: number;
  readonly tileType: PmtilesTileType;
  /** `raster` (PNG, JPEG, WebP, AVIF), `vector` (MVT, MLT) or `unsupported` (see `problem`). */
  readonly kind: 'raster' | 'vector' | 'unsupported';
  /** Why the archive cannot be shown, for `unsupported`. */
  readonly problem: 'unknown-tile-type' | 'compression' | null;
  readonly tileCompression: PmtilesCompression;
  readonly internalCompression: PmtilesCompression;
  readonly minZoom: number;
  readonly maxZoom: number;
  /** [west, south, east, north] in degrees. */
  readonly bounds: readonly [number, number, number, number];
  readonly centre: { readonly lon: number; readonly lat: number; readonly zoom: number };
  readonly metadata: { readonly offset: number; readonly length: number };
}

const TILE_TYPES: readonly PmtilesTileType[] = ['unknown', 'mvt', 'png', 'jpeg', 'webp', 'avif', 'mlt'];
const COMPRESSIONS: readonly PmtilesCompression[] = ['unknown', 'none', 'gzip', 'brotli', 'zstd'];
/** What the app can decode: the browser's DecompressionStream (and fflate) do gzip, not Brotli or Zstandard. */
const DECODABLE: ReadonlySet<PmtilesCompression> = new Set(['none', 'gzip']);

/**
 * Reads the 127-byte header of a PMTiles v3 archive (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md)
 * and says whether it holds raster or vector tiles, their zoom range and bounds, and whether the app can
 * decode them. Throws for bytes that are not a PMTiles v3 header (wrong magic, version or length).
 *
 * @example
 * const info = readPmtilesHeader(await file.slice(0, 127).arrayBuffer());
 * info.kind; // 'raster'
 */
export function readPmtilesHeader(bytes: ArrayBuffer | Uint8Array): PmtilesArchiveInfo {
  const view = bytes instanceof Uint8Array ? new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength) : bytes instanceof ArrayBuffer ? new DataView(bytes) : null;
  if (view === null) throw new TypeError('bytes must be an ArrayBuffer or a Uint8Array');
  if (view.byteLength < PMTILES_HEADER_BYTES) throw new RangeError(`A PMTiles header has ${PMTILES_HEADER_BYTES} bytes, got ${view.byteLength}`);
  const magic = String.fromCharCode(...Array.from({ length: 7 }, (_, i) => view.getUint8(i)));
  if (magic !== 'PMTiles') throw new RangeError('Not a PMTiles archive (the file does not start with "PMTiles")');
  const specVersion = view.getUint8(7);
  if (specVersion !== 3) throw new RangeError(`Only PMTiles version 3 is supported, this archive is version ${specVersion}`);
  const u64 = (offset: number) => Number(view.getBigUint64(offset, true));
  const e7 = (offset: number) => view.getInt32(offset, true) / 1e7;
  const internalCompression = COMPRESSIONS[view.getUint8(97)] ?? 'unknown';
  const tileCompression = COMPRESSIONS[view.getUint8(98)] ?? 'unknown';
  const tileType = TILE_TYPES[view.getUint8(99)] ?? 'unknown';
  const family = tileType === 'mvt' || tileType === 'mlt' ? 'vector' : tileType === 'unknown' ? null : 'raster';
  const decodable = DECODABLE.has(internalCompression) && (family === 'raster' || DECODABLE.has(tileCompression));
  return {
    specVersion,
    tileType,
    kind: family !== null && decodable ? family : 'unsupported',
    problem: family === null ? 'unknown-tile-type' : decodable ? null : 'compression',
    tileCompression,
    internalCompression,
    minZoom: view.getUint8(100),
    maxZoom: view.getUint8(101),
    bounds: [e7(102), e7(106), e7(110), e7(114)],
    centre: { zoom: view.getUint8(118), lon: e7(119), lat: e7(123) },
    metadata: { offset: u64(24), length: u64(32) },
  };
}
