import type { ImportRow } from './collect-table-rows';
import { mappingOf } from './collect-table-rows';
import type { ImportedDefinition, ImportSpec } from './import-types';
import type { TableInput } from './read-import-inputs';
import { slug } from './slug';
import { suggestIndicatorDefinition } from './tables/suggest-indicator-definition';

/** Ids that name the residents of an area (the first one found is the population indicator). */
const POPULATION_IDS = ['population', 'bevolking', 'inwoners', 'aantal_inwoners', 'residents', 'ms_tot_residents', 'totale_bevolking', 'bevolking_totaal'];

/**
 * The population indicator among these ids: `population` first, then the usual Dutch and English names
 * (bevolking, inwoners, residents, Statbel's MS_TOT_RESIDENTS); null when there is none.
 *
 * @example
 * populationIndicatorOf(['leefloon', 'inwoners']) // 'inwoners'
 */
export function populationIndicatorOf(ids: Iterable<string>): string | null {
  const all = new Set(ids);
  return POPULATION_IDS.find((id) => all.has(id)) ?? null;
}

/**
 * The definition of every imported indicator: suggested from its header and values, then the user's changes
 * (by id). A count gets the population indicator as its denominator when there is one (imported, or in
 * `knownIds`, the indicators the package already has) and the user did not choose another; a denominator
 * that names no indicator is dropped. Sorted by id.
 *
 * @example
 * suggestDefinitions(kept, inputs.tables, spec, ['population']).find((d) => d.id === 'leefloon')?.denominator // 'population'
 */
export function suggestDefinitions(rows: readonly ImportRow[], tables: readonly TableInput[], spec: Pick<ImportSpec, 'mappings' | 'definitions' | 'package'>, knownIds: readonly string[] = []): ImportedDefinition[] {
  const byIndicator = new Map<string, { header: string; values: (number | null)[] }>();
  for (const r of rows) {
    const entry = byIndicator.get(r.indicator) ?? { header: r.indicator, values: [] };
    entry.values.push(r.value);
    byIndicator.set(r.indicator, entry);
  }
  const headerOf = new Map<string, string>();
  for (const input of tables) {
    const mapping = mappingOf(input, spec.mappings);
    if (mapping.layout.kind === 'wide') for (const h of mapping.layout.indicatorColumns) headerOf.set(slug(h), h);
  }
  const source = spec.package?.source ?? `Wijkzicht import: ${tables.map((t) => t.table.file).join(', ')}`;
  const population = populationIndicatorOf([...knownIds, ...byIndicator.keys()]);
  const definitions: ImportedDefinition[] = [...byIndicator.keys()].sort().map((id) => {
    const entry = byIndicator.get(id)!;
    const suggested = suggestIndicatorDefinition(headerOf.get(id) ?? entry.header, entry.values);
    const denominator = suggested.kind === 'count' && population !== null && id !== population ? population : suggested.denominator;
    const overrides = spec.definitions?.[id] ?? {};
    return { ...suggested, denominator, source, ...overrides, id };
  });
  const ids = new Set([...definitions.map((d) => d.id), ...knownIds]);
  return definitions.map((d) => (d.denominator !== null && !ids.has(d.denominator) ? { ...d, denominator: null } : d));
}
