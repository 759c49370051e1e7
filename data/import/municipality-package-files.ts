import { buildMunicipalityPackage, GEOGRAPHY_CREDITS, GEOGRAPHY_PATHS, GEOGRAPHY_PERIOD } from '../geography/build-municipality-package';
import type { MunicipalityGeography } from '../geography/decode-municipality';
import { DEFINITIONS_RESOURCE, indicatorsResource, writeDefinitionsCsv, writeIndicatorsCsv } from './assemble-package-files';
import type { ImportedDefinition } from './import-types';
import type { LongIndicatorRow } from './tables/to-long-indicators';

/** The levels figures can be given at on a built-in municipality: its statistical sectors or its wijken. */
export type FigureLevel = 'sector' | 'wijk';

/** The areas resource of each figure level in the built-in package. */
export const FIGURE_LEVEL_RESOURCES: Readonly<Record<FigureLevel, string>> = { sector: 'areas-sectors', wijk: 'areas-wijken' };

/** The built-in population definition, as the import writes it. */
export const BUILT_IN_POPULATION: ImportedDefinition = {
  id: 'population',
  labelNl: 'Inwoners',
  labelEn: 'Residents',
  unit: 'persons',
  kind: 'count',
  denominator: null,
  polarity: 'neutral',
  sensitive: false,
  source: GEOGRAPHY_CREDITS.statbel,
};

/** The 2024 residents per area of the level: the sectors' own, or summed over the sectors of each wijk. */
export function builtInPopulationRows(geography: MunicipalityGeography, level: FigureLevel): LongIndicatorRow[] {
  const totals = new Map<string, number>();
  for (const s of geography.sectors) {
    const code = level === 'sector' ? s.code : s.wijk;
    if (code !== null) totals.set(code, (totals.get(code) ?? 0) + s.population);
  }
  return [...totals].map(([code, value]) => ({ code, period: GEOGRAPHY_PERIOD, indicator: BUILT_IN_POPULATION.id, value, suppressed: false, row: 0 }));
}

type Json = Record<string, unknown>;

/**
 * The package of a built-in municipality with imported figures at `level`: its real geography (at wijk level
 * the sectors are left out, the figures' areas being the finest), `indicators.csv` with the built-in 2024
 * residents (summed per wijk at wijk level) and the imported rows, and their definitions. The descriptor
 * names the tables as sources beside the geography's credits.
 *
 * @example
 * municipalityPackageFiles(genk, 'wijk', kept, definitions, { title: 'Genk', tables: ['cijfers.csv'] })
 */
export function municipalityPackageFiles(
  geography: MunicipalityGeography,
  level: FigureLevel,
  rows: readonly LongIndicatorRow[],
  definitions: readonly ImportedDefinition[],
  about: { readonly title?: string; readonly description?: string; readonly source?: string; readonly tables: readonly string[] },
): Map<string, string> {
  const files = buildMunicipalityPackage(geography);
  const descriptor = JSON.parse(files.get('datapackage.json')!) as Json;
  let resources = (descriptor.resources as Json[]).filter((r) => r.role !== 'indicators' && r.role !== 'indicator-definitions');
  if (level === 'wijk') {
    resources = resources.filter((r) => r.level !== 'sector');
    files.delete(GEOGRAPHY_PATHS.sectors);
    files.delete(GEOGRAPHY_PATHS.sectorTable);
  }
  const all = [...builtInPopulationRows(geography, level), ...rows];
  const periods = [...new Set(all.map((r) => r.period))].sort((a, b) => a - b);
  const tableSources = about.source ? [about.source] : about.tables;
  const updated = {
    ...descriptor,
    title: about.title ?? `${geography.name} — ingebouwde geografie met cijfers (${about.tables.join(', ')})`,
    // A title or description of the user's own replaces the built-in variants in both languages.
    titles: about.title ? { nl: about.title, en: about.title } : {
      nl: `${geography.name} — ingebouwde geografie met cijfers (${about.tables.join(', ')})`,
      en: `${geography.name} — built-in geography with figures (${about.tables.join(', ')})`,
    },
    description: about.description ?? `${String(descriptor.description)} Figures per ${level} imported by Wijkzicht from ${about.tables.join(', ')}.`,
    descriptions: about.description ? { nl: about.description, en: about.description } : {
      nl: `${String((descriptor.descriptions as Json).nl)} Cijfers per ${level} door Wijkzicht ingelezen uit ${about.tables.join(', ')}.`,
      en: `${String((descriptor.descriptions as Json).en)} Figures per ${level} imported by Wijkzicht from ${about.tables.join(', ')}.`,
    },
    periods,
    sources: [...(descriptor.sources as Json[]), ...tableSources.map((title) => ({ title }))],
    resources: [...resources, indicatorsResource(level, FIGURE_LEVEL_RESOURCES[level]), DEFINITIONS_RESOURCE],
  };
  files.set('datapackage.json', `${JSON.stringify(updated, null, 2)}\n`);
  files.set(GEOGRAPHY_PATHS.indicators, writeIndicatorsCsv(all));
  files.set(GEOGRAPHY_PATHS.definitions, writeDefinitionsCsv([BUILT_IN_POPULATION, ...definitions]));
  return files;
}
