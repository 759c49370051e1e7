import type { Problem } from '../problems';
import type { GeographyIndex, GeographyIndexEntry } from './geography-format';

/** Lower case, accents and punctuation folded to single spaces: "Sint-Niklaas", "sint niklaas" and "SINT NIKLAAS" are one name. */
export function foldMunicipalityName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Levenshtein distance, for the names close to a misspelt one. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The names closest to `query`: names containing it first, then by edit distance (at most a third of the
 * length off), at most `limit`.
 *
 * @example
 * closeMunicipalityNames(index.municipalities, 'Kortrik') // ['Kortrijk', …]
 */
export function closeMunicipalityNames(entries: readonly GeographyIndexEntry[], query: string, limit = 5): string[] {
  const q = foldMunicipalityName(query);
  if (q === '') return [];
  const scored = entries.map((e) => {
    const name = foldMunicipalityName(e.name);
    return { e, score: name.includes(q) || q.includes(name) ? 0 : editDistance(q, name) };
  });
  const bound = Math.max(2, Math.ceil(q.length / 3));
  return scored
    .filter((s) => s.score <= bound)
    .sort((a, b) => a.score - b.score || a.e.name.localeCompare(b.e.name, 'nl'))
    .slice(0, limit)
    .map((s) => `${s.e.name} (${s.e.nis})`);
}

export type MunicipalityLookup = { readonly ok: true; readonly entry: GeographyIndexEntry } | { readonly ok: false; readonly problem: Problem };

/**
 * The municipality of the built-in geography that `query` names: a five-digit NIS code, or its name with any
 * case, accents, hyphens or spaces ("sint-niklaas", "Sint Niklaas"); a unique start of a name also counts
 * ("Kortr" → Kortrijk only when no other name starts so). Otherwise a problem: unknown (listing close names)
 * or ambiguous (listing the candidates). `file` is what the problem names as its place (a CLI flag, a field).
 *
 * @example
 * findMunicipality(index, '41002')           // { ok: true, entry: { nis: '41002', name: 'Aalst', … } }
 * findMunicipality(index, 'Kortrik').problem // import-municipality-unknown, "Did you mean Kortrijk (34022)?"
 */
export function findMunicipality(index: GeographyIndex | readonly GeographyIndexEntry[], query: string, file = '--municipality'): MunicipalityLookup {
  const entries = Array.isArray(index) ? (index as readonly GeographyIndexEntry[]) : (index as GeographyIndex).municipalities;
  const trimmed = query.trim();
  const unknown = (): MunicipalityLookup => ({
    ok: false,
    problem: { severity: 'error', code: 'import-municipality-unknown', file, params: { query: trimmed, close: closeMunicipalityNames(entries, trimmed).join(', ') } },
  });
  if (/^\d+$/.test(trimmed)) {
    const entry = entries.find((e) => e.nis === trimmed);
    return entry ? { ok: true, entry } : unknown();
  }
  const q = foldMunicipalityName(trimmed);
  if (q === '') return unknown();
  const exact = entries.filter((e) => foldMunicipalityName(e.name) === q);
  if (exact.length === 1) return { ok: true, entry: exact[0]! };
  const candidates = exact.length > 1 ? exact : entries.filter((e) => foldMunicipalityName(e.name).startsWith(q));
  if (candidates.length === 1) return { ok: true, entry: candidates[0]! };
  if (candidates.length > 1) {
    const names = candidates.slice(0, 8).map((e) => `${e.name} (${e.nis})`).join(', ') + (candidates.length > 8 ? ', …' : '');
    return { ok: false, problem: { severity: 'error', code: 'import-municipality-ambiguous', file, params: { query: trimmed, names } } };
  }
  return unknown();
}
