import type { MultiPolygon, Polygon } from 'geojson';
import type { LoadedPackage } from '../../../../data/package';
import { findBoundingBox, type BoundingBox } from '../../../../geo/geometry';
import type { LonLat } from '../../../../geo/units';
import { MESSAGES } from '../../../shared/i18n/messages';

/** Something the search can find: an area of any level, or a service location. */
export type Place =
  | { readonly kind: 'area'; readonly id: string; readonly name: string; readonly level: string; readonly bbox: BoundingBox; readonly geometry: Polygon | MultiPolygon }
  | { readonly kind: 'centre'; readonly id: string; readonly name: string; readonly team: string | null; readonly position: LonLat };

interface Entry {
  readonly place: Place;
  /** The name, normalised. */
  readonly key: string;
  /** Words of the normalised name. */
  readonly words: readonly string[];
  /** Words a query may use to narrow to this kind or level, in Dutch and English ("wijk", "sector", "locatie"). */
  readonly kindWords: readonly string[];
  /** Coarser levels sort first on a tie (municipality before deelgemeente before wijk before sector). */
  readonly coarseness: number;
}

/** A prepared list of places, built once per package. */
export interface PlaceIndex {
  readonly entries: readonly Entry[];
}

/**
 * Text as the search compares it: accents removed (é → e, ë → e), lower case, every run of other than
 * letters and digits one space.
 *
 * @example
 * normaliseSearchText('Sint-Élooi  (Kortrijk)'); // 'sint elooi kortrijk'
 */
export function normaliseSearchText(text: string): string {
  if (typeof text !== 'string') throw new TypeError('text must be a string');
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const CENTRE_WORDS = ['locatie', 'locaties', 'location', 'locations', 'centrum', 'centre', 'center', 'wijkcentrum'];

function wordsOf(text: string): string[] {
  const normal = normaliseSearchText(text);
  return normal === '' ? [] : normal.split(' ');
}

/**
 * The places of a package: every area of every level (with its bounding box) and every centre, with the
 * level names in Dutch and English as words a query can use.
 *
 * @example
 * const index = buildPlaceIndex(pkg);
 * index.entries.length; // areas of all levels + centres
 */
export function buildPlaceIndex(pkg: Pick<LoadedPackage, 'levels' | 'centres'>): PlaceIndex {
  const entries: Entry[] = [];
  pkg.levels.forEach((level, i) => {
    const kindWords = [...new Set([level.level, MESSAGES.nl.levels[level.level] ?? '', MESSAGES.en.levels[level.level] ?? ''].flatMap(wordsOf))];
    for (const feature of level.areas.features) {
      const name = feature.properties.name || feature.properties.code;
      entries.push({
        place: { kind: 'area', id: feature.properties.code, name, level: level.level, bbox: findBoundingBox(feature.geometry), geometry: feature.geometry },
        key: normaliseSearchText(name),
        words: wordsOf(name),
        kindWords,
        // Levels are listed finest first.
        coarseness: i + 1,
      });
    }
  });
  for (const c of pkg.centres) {
    entries.push({
      place: { kind: 'centre', id: c.id, name: c.name, team: c.teamId, position: [c.lon, c.lat] },
      key: normaliseSearchText(c.name),
      words: wordsOf(c.name),
      kindWords: CENTRE_WORDS,
      coarseness: 0,
    });
  }
  return { entries };
}

/**
 * Places whose name matches every word of the query (accent- and case-insensitive; a word matches the
 * start of a word of the name, or — from three letters — anywhere in the name; a word may also be a level
 * or "locatie"/"location" to narrow the results). Best first: the whole name, then names starting with
 * the query, then word starts, then the rest; on a tie coarser levels before finer, areas before
 * locations, then by name.
 *
 * @example
 * searchPlaces(index, 'heule').map((p) => p.name); // ['Heule', 'Heule-Centrum', …]
 */
export function searchPlaces(index: PlaceIndex, query: string, limit = 12): Place[] {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be an integer ≥ 1, got ${limit}`);
  const key = normaliseSearchText(query);
  if (key === '') return [];
  const tokens = key.split(' ');
  const scored: { entry: Entry; score: number }[] = [];
  for (const entry of index.entries) {
    const nameTokens = tokens.filter((token) => !entry.kindWords.some((w) => w.startsWith(token)) || matchesName(entry, token));
    // Every token must match the name or narrow the kind; at least one must match the name.
    if (nameTokens.length === 0) continue;
    if (!nameTokens.every((token) => matchesName(entry, token))) continue;
    const nameQuery = nameTokens.join(' ');
    const score = entry.key === nameQuery ? 0 : entry.key.startsWith(nameQuery) ? 1 : nameTokens.every((token) => entry.words.some((w) => w.startsWith(token))) ? 2 : 3;
    scored.push({ entry, score });
  }
  scored.sort((a, b) => a.score - b.score || b.entry.coarseness - a.entry.coarseness || a.entry.key.localeCompare(b.entry.key) || a.entry.place.id.localeCompare(b.entry.place.id));
  return scored.slice(0, limit).map((s) => s.entry.place);
}

function matchesName(entry: Entry, token: string): boolean {
  return entry.words.some((w) => w.startsWith(token)) || (token.length >= 3 && entry.key.includes(token));
}
