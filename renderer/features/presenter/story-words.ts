import { packageText, provenanceTexts, type LoadedPackage, type TextLanguage } from '../../../data/package';

/**
 * The story's title: the municipality's name, else the package's title in `language`.
 *
 * @example
 * storyTitleOf(kortrijk, 'nl') // 'Kortrijk'
 */
export function storyTitleOf(pkg: Pick<LoadedPackage, 'descriptor'>, language: TextLanguage): string {
  return pkg.descriptor.municipality?.name ?? packageText(pkg.descriptor, language);
}

/**
 * Where the story's figures come from, in one line: the package's sources and licences (as the attribution
 * line of the map) in `language`, or '' when it names none.
 *
 * @example
 * storySourceLineOf(kortrijk, t, 'nl') // 'Bron: Statbel · Stad Kortrijk (CC BY 4.0)'
 */
export function storySourceLineOf(pkg: Pick<LoadedPackage, 'provenance'>, t: (key: 'presentSource', params: { sources: string }) => string, language: TextLanguage): string {
  const { sources, licenses } = provenanceTexts(pkg.provenance, language);
  if (sources.length === 0) return '';
  return t('presentSource', { sources: `${sources.join(' · ')}${licenses.length > 0 ? ` (${licenses.join('; ')})` : ''}` });
}
