import type { IndicatorDefinition } from '../../../../data/package';

export type ThemeId = 'population' | 'poverty' | 'service' | 'other';
export const THEME_ORDER: readonly ThemeId[] = ['poverty', 'service', 'population', 'other'];

const KNOWN: Record<string, ThemeId> = {
  population: 'population',
  households: 'population',
  births: 'population',
  alone_75plus: 'population',
  est_poverty_persons: 'poverty',
  leefloon_persons: 'poverty',
  vt_persons: 'poverty',
  single_parent_households: 'poverty',
  kansarm_births: 'poverty',
  budgetmeter_households: 'poverty',
  known_clients: 'service',
  open_dossiers: 'service',
  help_requests: 'service',
};

/**
 * The theme an indicator is listed under: the package's own `theme` when it gives one (kept as its own
 * group), else the Kortrijk schema's grouping, else a guess from the id.
 *
 * @example
 * themeOf({ id: 'leefloon_persons', theme: null }) // 'poverty'
 */
export function themeOf(definition: Pick<IndicatorDefinition, 'id' | 'theme'>): string {
  if (definition.theme) return definition.theme;
  const known = KNOWN[definition.id];
  if (known) return known;
  if (/armoede|poverty|leefloon|werkloos|schuld|debt|inkomen|income|uitkering/i.test(definition.id)) return 'poverty';
  if (/client|dossier|hulp|request|ocmw|service/i.test(definition.id)) return 'service';
  if (/inwoner|population|bevolking|huishoud|household|geboor|birth|leeftijd|age/i.test(definition.id)) return 'population';
  return 'other';
}

/** Definitions grouped by theme, themes in a fixed order, indicators by label; filtered by a search text. */
export function groupByTheme(definitions: readonly IndicatorDefinition[], search: string, labelOf: (d: IndicatorDefinition) => string): { theme: string; items: IndicatorDefinition[] }[] {
  const needle = search.trim().toLowerCase();
  const matching = definitions.filter((d) => needle === '' || labelOf(d).toLowerCase().includes(needle) || d.id.toLowerCase().includes(needle));
  const groups = new Map<string, IndicatorDefinition[]>();
  for (const d of matching) {
    const theme = themeOf(d);
    groups.set(theme, [...(groups.get(theme) ?? []), d]);
  }
  const order = (t: string) => {
    const i = THEME_ORDER.indexOf(t as ThemeId);
    return i < 0 ? THEME_ORDER.length - 1 : i;
  };
  return [...groups]
    .sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b))
    .map(([theme, items]) => ({ theme, items: items.sort((a, b) => labelOf(a).localeCompare(labelOf(b))) }));
}
