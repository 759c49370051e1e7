import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';

/** How much an archive may unpack to, counted in real inflated bytes (not the sizes the archive declares). */
export interface UnzipLimits {
  /** Largest single entry once unpacked. */
  readonly maxEntryBytes: number;
  /** All kept entries together once unpacked. */
  readonly maxTotalBytes: number;
  /** Most entries the archive may list (kept or skipped). */
  readonly maxEntries: number;
}

export const DEFAULT_UNZIP_LIMITS: UnzipLimits = { maxEntryBytes: 512 * 1024 ** 2, maxTotalBytes: 1024 ** 3, maxEntries: 10_000 };

/** Why an archive was refused: `kind` says which rule, `entry` which entry (when one is to blame). */
export class ZipLimitError extends Error {
  override readonly name = 'ZipLimitError';
  constructor(
    readonly kind: 'not-a-zip' | 'damaged' | 'entry-too-large' | 'total-too-large' | 'too-many-entries',
    readonly entry: string | null,
    message: string,
  ) {
    super(message);
  }

  /** A refusal because of what the archive unpacks to (not because it is damaged or no zip). */
  get aboutSize(): boolean {
    return this.kind === 'entry-too-large' || this.kind === 'total-too-large' || this.kind === 'too-many-entries';
  }
}

const SLICE_BYTES = 16 * 1024;
const MiB = (bytes: number): string => `${Math.round(bytes / 1024 ** 2)} MiB`;

/**
 * Unpacks a .zip archive as a stream, entry by entry, counting the bytes each entry really inflates to:
 * a 128-byte archive that claims (or inflates to) gigabytes is refused as soon as an entry passes
 * `maxEntryBytes` or all kept entries pass `maxTotalBytes`, before that memory is taken. Directories,
 * macOS resource forks (`__MACOSX/`, `._*`) and entries the filter rejects are skipped without inflating
 * them. Throws a `ZipLimitError` naming the rule and the entry.
 *
 * @example
 * const files = unzipCapped(bytes, { filter: (name) => name.endsWith('.csv') });
 * files['cijfers.csv']; // Uint8Array
 */
export function unzipCapped(archive: Uint8Array, options: { readonly filter?: (name: string) => boolean; readonly limits?: Partial<UnzipLimits> } = {}): Record<string, Uint8Array> {
  if (!(archive instanceof Uint8Array)) throw new TypeError('unzipCapped: archive must be a Uint8Array');
  const limits = { ...DEFAULT_UNZIP_LIMITS, ...options.limits };
  if (!isZipSignature(archive)) throw new ZipLimitError('not-a-zip', null, 'this is not a .zip archive');
  const out: Record<string, Uint8Array> = {};
  const unfinished = new Set<string>();
  let entries = 0;
  let total = 0;
  let refused: ZipLimitError | null = null;
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (file: UnzipFile) => {
    if (++entries > limits.maxEntries) throw (refused = new ZipLimitError('too-many-entries', file.name, `the archive has more than ${limits.maxEntries} entries`));
    if (!keeps(file.name, options.filter)) return;
    const chunks: Uint8Array[] = [];
    let size = 0;
    unfinished.add(file.name);
    file.ondata = (error, chunk, final) => {
      // fflate hands an exception thrown here back as `error`: the first refusal is the one that counts.
      if (refused) throw refused;
      if (error) throw (refused = new ZipLimitError('damaged', file.name, `${file.name} cannot be unpacked (${error.message})`));
      size += chunk.length;
      total += chunk.length;
      if (size > limits.maxEntryBytes) throw (refused = new ZipLimitError('entry-too-large', file.name, `${file.name} unpacks to more than ${MiB(limits.maxEntryBytes)}`));
      if (total > limits.maxTotalBytes) throw (refused = new ZipLimitError('total-too-large', file.name, `the archive unpacks to more than ${MiB(limits.maxTotalBytes)}`));
      chunks.push(chunk);
      if (final) {
        out[file.name] = concat(chunks, size);
        unfinished.delete(file.name);
      }
    };
    file.start();
  };
  try {
    // In slices: one slice of deflate data inflates to at most ~1,032 times its size (~16 MiB here), so
    // the caps are checked before a bomb's memory is taken.
    for (let at = 0; at < archive.length; at += SLICE_BYTES) unzip.push(archive.subarray(at, at + SLICE_BYTES), at + SLICE_BYTES >= archive.length);
  } catch (error) {
    if (refused) throw refused;
    if (error instanceof ZipLimitError) throw error;
    const inside = [...unfinished][0] ?? null;
    throw new ZipLimitError('damaged', inside, `the archive is damaged${inside ? ` inside ${inside}` : ''} (${error instanceof Error ? error.message : String(error)})`);
  }
  if (refused) throw refused;
  const cut = [...unfinished][0];
  if (cut !== undefined) throw new ZipLimitError('damaged', cut, `the archive ends inside ${cut} (a download or copy that stopped early?)`);
  return out;
}

function keeps(name: string, filter: ((name: string) => boolean) | undefined): boolean {
  if (name.endsWith('/') || name.startsWith('__MACOSX/')) return false;
  if ((name.split('/').pop() ?? '').startsWith('._')) return false;
  return filter ? filter(name) : true;
}

/** `PK\3\4` (an entry) or `PK\5\6` (an empty archive). */
function isZipSignature(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
