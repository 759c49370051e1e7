import type { LoadedPackage } from '../../../data/package';

/**
 * The story's title: the municipality's name, else the package's title.
 *
 * @example
 * storyTitleOf(kortrijk) // 'Kortrijk'
 */
export function storyTitleOf(pkg: Pick<LoadedPackage, 'descriptor'>): string {
  return pkg.descriptor.municipality?.name ?? pkg.descriptor.title ?? 'Wijkzicht';
}

/**
 * Where the story's figures come from, in one line: the package's sources and licences (as the attribution
 * line of the map), or '' when it names none.
 *
 * @example
 * storySourceLineOf(kortrijk, t) // 'Bron: Statbel · Stad Kortrijk (CC BY 4.0)'
 */
export function storySourceLineOf(pkg: Pick<LoadedPackage, 'provenance'>, t: (key: 'presentSource', params: { sources: string }) => string): string {
  const { sources, licenses } = pkg.provenance;
  if (sources.length === 0) return '';
  return t('presentSource', { sources: `${sources.join(' · ')}${licenses.length > 0 ? ` (${licenses.join('; ')})` : ''}` });
}
