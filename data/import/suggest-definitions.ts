import type { ImportRow } from './collect-table-rows';
import { mappingOf } from './collect-table-rows';
import type { ImportedDefinition, ImportSpec } from './import-types';
import type { TableInput } from './read-import-inputs';
import { slug } from './slug';
import { suggestIndicatorDefinition } from './tables/suggest-indicator-definition';

/**
 * The definition of every imported indicator: suggested from its header and values, then the user's changes
 * (by id); a denominator that names no indicator of the import is dropped. Sorted by id.
 *
 * @example
 * suggestDefinitions(kept, inputs.tables, spec).map((d) => d.id) // ['inkomen', 'leefloon']
 */
export function suggestDefinitions(rows: readonly ImportRow[], tables: readonly TableInput[], spec: ImportSpec, knownIds: readonly string[] = []): ImportedDefinition[] {
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
  const definitions: ImportedDefinition[] = [...byIndicator.keys()].sort().map((id) => {
    const entry = byIndicator.get(id)!;
    const suggested = suggestIndicatorDefinition(headerOf.get(id) ?? entry.header, entry.values);
    const overrides = spec.definitions?.[id] ?? {};
    return { ...suggested, source, ...overrides, id };
  });
  const ids = new Set([...definitions.map((d) => d.id), ...knownIds]);
  return definitions.map((d) => (d.denominator !== null && !ids.has(d.denominator) ? { ...d, denominator: null } : d));
}
