import type { GeographyIndexEntry } from '../../../data/geography';
import { foldMunicipalityName as foldName } from '../../../data/geography';

/**
 * The municipalities that match what the user typed, best first: an exact NIS code, then names that start
 * with the query, then names with a word that starts with it, then names that contain it (each group by
 * name). An empty query lists all, by name.
 *
 * @example
 * searchMunicipalities(index.municipalities, 'kort').map((m) => m.name) // ['Kortemark', 'Kortenaken', 'Kortenberg', 'Kortrijk']
 * searchMunicipalities(index.municipalities, '34022')[0].name // 'Kortrijk'
 */
export function searchMunicipalities(entries: readonly GeographyIndexEntry[], query: string, limit = 12): GeographyIndexEntry[] {
  if (!(limit > 0)) throw new RangeError(`limit must be positive, got ${limit}`);
  const q = foldName(query);
  const byName = (a: GeographyIndexEntry, b: GeographyIndexEntry) => a.name.localeCompare(b.name, 'nl');
  if (q === '') return [...entries].sort(byName).slice(0, limit);
  const rank = (entry: GeographyIndexEntry): number => {
    if (entry.nis === q) return 0;
    const name = foldName(entry.name);
    if (name.startsWith(q)) return 1;
    if (name.split(' ').some((word) => word.startsWith(q))) return 2;
    if (name.includes(q)) return 3;
    if (/^\d+$/.test(q) && entry.nis.startsWith(q)) return 4;
    return -1;
  };
  return entries
    .map((entry) => ({ entry, rank: rank(entry) }))
    .filter((r) => r.rank >= 0)
    .sort((a, b) => a.rank - b.rank || byName(a.entry, b.entry))
    .slice(0, limit)
    .map((r) => r.entry);
}
