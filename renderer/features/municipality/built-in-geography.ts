import type { GeographyIndex, GeographyIndexEntry } from '../../../data/geography';
import { GEOGRAPHY_INDEX_SCHEMA } from '../../../data/geography';
import geographyIndex from '../../../assets/geography/index.json';

/**
 * The built-in geography of Flanders and Brussels as the renderer ships it: the index (names, NIS codes,
 * provinces, populations) is part of the bundle; each municipality's record (`<nis>.json.gz`, 2–40 KB) is a
 * file of the build, fetched from the app's own origin only when it is opened (never from the network).
 */

/** The URL of each record in the build, by NIS code (Vite emits the files and gives their URLs). */
const RECORD_URLS: ReadonlyMap<string, string> = new Map(
  Object.entries(import.meta.glob<string>('../../../assets/geography/*.json.gz', { query: '?url', import: 'default', eager: true })).map(([file, url]) => [
    file.slice(file.lastIndexOf('/') + 1, -'.json.gz'.length),
    url,
  ]),
);

/** The index of the built-in municipalities, checked once. */
export function builtInIndex(): GeographyIndex {
  const index = geographyIndex as unknown as GeographyIndex;
  if (index.schema !== GEOGRAPHY_INDEX_SCHEMA) throw new Error(`built-in geography index has schema ${String(index.schema)}`);
  return index;
}

/** The URL of a municipality's record in this build, or null when the build does not hold it. */
export function recordUrlOf(entry: Pick<GeographyIndexEntry, 'nis'>): string | null {
  return RECORD_URLS.get(entry.nis) ?? null;
}

/** How many municipality records this build holds (304 for Flanders and Brussels). */
export function builtInRecordCount(): number {
  return RECORD_URLS.size;
}
