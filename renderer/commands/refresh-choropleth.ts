import { buildSuppressionPlan } from '../../data/analysis/build-suppression-plan';
import { queryAreaIndicatorValues } from '../../data/queries/area-indicator-values';
import { buildChoropleth } from '../../geo/build-choropleth';
import { inSlice } from '../state/app-state';
import { choroplethComputed, startComputing } from '../state/map-data-slice';
import { loadFailed } from '../state/package-slice';
import type { Services } from './services';

let generation = 0;

/**
 * Recomputes the choropleth for the current view from DuckDB. Results of an older request that finishes
 * after a newer one are dropped, so fast clicking never shows a stale map.
 */
export async function refreshChoropleth(services: Services): Promise<void> {
  const { store } = services;
  const { pkg, view } = store.getState();
  const current = pkg.current;
  if (!current) return;
  const definition = current.definitions.find((d) => d.id === view.indicator);
  if (!definition) return;
  const mine = ++generation;
  store.update(inSlice('mapData', startComputing));
  try {
    if (definition.kind !== 'count' && view.level !== current.baseLevel) {
      store.update(inSlice('mapData', choroplethComputed(view, null, 'not-aggregable')));
      return;
    }
    const db = await services.database();
    const rows = await queryAreaIndicatorValues(db, { level: view.level, indicator: view.indicator, period: view.period, denominator: definition.denominator });
    // Sensitive indicators follow the package-wide plan, so no level shown can be differenced with another.
    const plan = definition.sensitive ? await buildSuppressionPlan(db, current, { indicator: view.indicator, period: view.period }) : null;
    if (mine !== generation) return;
    const marked = plan ? rows.map((r) => ({ ...r, hidden: ['primary', 'secondary'].includes(plan.status.get(`${view.level}|${r.code}`) ?? 'shown') })) : rows;
    const choropleth = buildChoropleth(marked, { sensitive: definition.sensitive, hasDenominator: definition.denominator !== null, classes: view.classes });
    store.update(inSlice('mapData', choroplethComputed(view, choropleth)));
  } catch (error) {
    if (mine === generation) {
      store.update(inSlice('mapData', choroplethComputed(view, null)));
      store.update(inSlice('pkg', loadFailed(`Kaart kon niet berekend worden / map could not be computed: ${error instanceof Error ? error.message : String(error)}`)));
    }
  }
}
