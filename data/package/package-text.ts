/**
 * Package texts in two languages. A descriptor keeps its single Frictionless `title` (and `description`);
 * beside it an optional `titles` (and `descriptions`) object may give the text per UI language:
 * `"titles": { "nl": "…", "en": "…" }`. Sources and licences take `titles` the same way.
 * See docs/data-formats.md (Texts in two languages).
 */

/** The languages a package text can be given in (the UI languages). */
export const TEXT_LANGUAGES = ['nl', 'en'] as const;
export type TextLanguage = (typeof TEXT_LANGUAGES)[number];

/** A text per UI language; either may be absent. */
export type LocalisedTexts = Readonly<Partial<Record<TextLanguage, string>>>;

/** Anything with a single title and, optionally, per-language titles (a package, a source, a licence). */
export interface TitledText {
  readonly title?: string;
  readonly titles?: LocalisedTexts;
}

/** Anything with a single description and, optionally, per-language descriptions (a package). */
export interface DescribedText {
  readonly description?: string;
  readonly descriptions?: LocalisedTexts;
}

const other = (language: TextLanguage): TextLanguage => (language === 'nl' ? 'en' : 'nl');

/**
 * The text of a package, source or licence to show in `language`: the variant in that language, else the
 * one in the other language, else the single field. `field` picks the title (default) or the description.
 * Undefined only when the item has none of them.
 *
 * @example
 * packageText({ title: 'Demostad', titles: { nl: 'Demostad (fictief)' } }, 'en') // 'Demostad (fictief)'
 */
export function packageText(item: TitledText & { readonly title: string }, language: TextLanguage, field?: 'title'): string;
export function packageText(item: TitledText & DescribedText, language: TextLanguage, field?: 'title' | 'description'): string | undefined;
export function packageText(item: TitledText & DescribedText, language: TextLanguage, field: 'title' | 'description' = 'title'): string | undefined {
  const variants = field === 'title' ? item.titles : item.descriptions;
  return variants?.[language] ?? variants?.[other(language)] ?? item[field];
}

/**
 * The source of an indicator to show in `language`: its `source_nl` / `source_en` where the package gives
 * them (the other language's when only that one is there), else the single `source`.
 *
 * @example
 * indicatorSource({ source: 'FICTIEF / FICTIONAL', sources: { nl: 'FICTIEF', en: 'FICTIONAL' } }, 'nl') // 'FICTIEF'
 */
export function indicatorSource(definition: { readonly source: string; readonly sources?: LocalisedTexts }, language: TextLanguage): string {
  return definition.sources?.[language] ?? definition.sources?.[other(language)] ?? definition.source;
}

/** Reports a problem with a descriptor member at a JSON path, in English and Dutch. */
export type TextProblem = (path: string, detail: string, detailNl: string) => void;

/**
 * Reads an optional per-language text object at JSON path `at`: undefined when absent; the valid `nl`/`en`
 * entries otherwise. A value that is not an object, an entry that is not a non-empty string and a key that
 * is not `nl` or `en` are reported through `problem` and left out (the single field still applies).
 */
export function readLocalisedTexts(value: unknown, at: string, problem: TextProblem): LocalisedTexts | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problem(at, 'must be an object such as {"nl": "…", "en": "…"}', 'moet een object zijn zoals {"nl": "…", "en": "…"}');
    return undefined;
  }
  const texts: Partial<Record<TextLanguage, string>> = {};
  for (const [key, text] of Object.entries(value as Record<string, unknown>)) {
    if (!(TEXT_LANGUAGES as readonly string[]).includes(key)) {
      problem(`${at}.${key}`, 'is not read: only "nl" and "en" are', 'wordt niet gelezen: alleen "nl" en "en" wel');
    } else if (typeof text !== 'string' || text.trim() === '') {
      problem(`${at}.${key}`, 'must be a non-empty text', 'moet een niet-lege tekst zijn');
    } else {
      texts[key as TextLanguage] = text;
    }
  }
  return Object.keys(texts).length > 0 ? texts : undefined;
}

/**
 * The source and licence lines of a package's provenance in `language` (each through {@link packageText}),
 * without repeats; a provenance without per-language texts gives its single titles.
 *
 * @example
 * provenanceTexts(pkg.provenance, 'nl').sources.join(' · ')
 */
export function provenanceTexts(
  provenance: { readonly sources: readonly string[]; readonly licenses: readonly string[]; readonly sourceTexts?: readonly TitledText[]; readonly licenceTexts?: readonly TitledText[] },
  language: TextLanguage,
): { sources: string[]; licenses: string[] } {
  const lines = (texts: readonly TitledText[] | undefined, single: readonly string[]) =>
    texts ? [...new Set(texts.map((t) => packageText(t, language) ?? '').filter((t) => t !== ''))] : [...single];
  return { sources: lines(provenance.sourceTexts, provenance.sources), licenses: lines(provenance.licenceTexts, provenance.licenses) };
}
