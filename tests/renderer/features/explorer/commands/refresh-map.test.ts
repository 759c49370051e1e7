import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisRun } from '../../../../../data/analysis/run-analysis';
import type { Database, Row, SqlValue } from '../../../../../data/db/database';
import type { IndicatorDefinition, LoadedPackage } from '../../../../../data/package/model';
import { inSlice, type AppState } from '../../../../../renderer/app/app-state';
import { createServices, type Services } from '../../../../../renderer/app/services';
import { toggleLanguage } from '../../../../../renderer/app/ui-slice';
import { followViewWithMap, mapShown } from '../../../../../renderer/features/explorer/commands/map-follows-view';
import { ensureAnalysis, requestAnalysis } from '../../../../../renderer/features/explorer/commands/refresh-analysis';
import { refreshMap } from '../../../../../renderer/features/explorer/commands/refresh-map';
import { setHovered } from '../../../../../renderer/features/explorer/state/selection-slice';
import { setClassification, setIndicator, setMeasure } from '../../../../../renderer/features/explorer/state/view-slice';
import type { Platform } from '../../../../../renderer/shared/platform/platform';
import { createStore } from '../../../../../renderer/shared/store/store';
import { analyse, openDemo, stateWith } from '../charts/demo-fixture';

/**
 * A database that records which indicators its queries are about and holds back those of one indicator
 * until released: the first of two map requests can be made to finish after the second.
 */
function recordingDatabase(db: Database, indicatorIds: readonly string[]) {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let held: string | null = null;
  const asked: string[] = [];
  const wrapped: Database = {
    engine: db.engine,
    async query<R extends Row = Row>(sql: string, params?: readonly SqlValue[]): Promise<R[]> {
      const about = indicatorIds.filter((id) => params?.includes(id));
      asked.push(...about);
      if (held !== null && about.includes(held)) await gate;
      return db.query<R>(sql, params);
    },
    exec: (sql) => db.exec(sql),
    replaceTable: (table, columns) => db.replaceTable(table, columns),
    close: () => db.close(),
  };
  return { db: wrapped, asked, hold: (id: string) => (held = id), release: () => release() };
}

function servicesOn(state: AppState, database: () => Promise<Database>): Services {
  return createServices(createStore(state), {} as Platform, database);
}

describe('the map colouring (Demostad in DuckDB)', () => {
  let db: Database;
  let pkg: LoadedPackage;
  let run: AnalysisRun;
  let counts: IndicatorDefinition[];
  beforeAll(async () => {
    ({ pkg, db } = await openDemo());
    run = await analyse(db, pkg, 'wijk');
    // Counts that are no other indicator's denominator: each one's queries name only it.
    counts = pkg.definitions.filter((d) => d.kind === 'count' && !pkg.definitions.some((x) => x.denominator === d.id)).slice(0, 3);
    expect(counts).toHaveLength(3);
  });
  afterAll(() => db.close());

  /** The app state with the package open on the count map of the first count indicator at wijk level. */
  const start = () => inSlice('view', (v) => setIndicator(counts[0]!.id)(setMeasure('count')(v)))(stateWith(pkg, run, { level: 'wijk' }));

  it('keeps the latest request’s colouring when an older request finishes after it', async () => {
    const [a, b] = [counts[0]!.id, counts[1]!.id];
    const recorded = recordingDatabase(db, counts.map((d) => d.id));
    const services = servicesOn(start(), () => Promise.resolve(recorded.db));
    recorded.hold(a);
    let firstDone = false;
    const first = refreshMap(services).then(() => (firstDone = true));
    services.store.update(inSlice('view', setIndicator(b)));
    await refreshMap(services);
    expect(firstDone).toBe(false); // the first one is still waiting for its query
    const latest = services.store.getState().mapData;
    expect(latest.view?.indicator).toBe(b);
    expect(latest.colouring).not.toBeNull();
    recorded.release();
    await first;
    expect(recorded.asked).toContain(a); // it did compute, and finished last
    const after = services.store.getState().mapData;
    expect(after.view?.indicator).toBe(b);
    expect(after.colouring).toBe(latest.colouring);
    expect(after.computing).toBe(false);
    expect(services.store.getState().notices.items).toEqual([]);
  });

  it('follows the view by itself: a burst of changes computes only the latest, other changes compute nothing', async () => {
    const [a, b, c] = counts.map((d) => d.id);
    const recorded = recordingDatabase(db, counts.map((d) => d.id));
    const services = servicesOn(start(), () => Promise.resolve(recorded.db));
    const stop = followViewWithMap(services);
    await mapShown(services);
    expect(services.store.getState().mapData.view?.indicator).toBe(a);

    // Three controls in one go (e.g. a saved view): only the last indicator is queried.
    recorded.asked.length = 0;
    services.store.update(inSlice('view', setIndicator(b!)));
    services.store.update(inSlice('view', setIndicator(c!)));
    services.store.update(inSlice('view', setClassification({ method: 'equal-interval' })));
    await mapShown(services);
    expect(recorded.asked).not.toContain(b);
    expect(recorded.asked).toContain(c);
    const shown = services.store.getState().mapData;
    expect(shown.view).toBe(services.store.getState().view);
    expect(shown.view).toMatchObject({ indicator: c, classification: { method: 'equal-interval' } });
    expect(shown.colouring).not.toBeNull();

    // The pointer over the map, and the language on a map without team labels, change no colouring.
    services.store.update(inSlice('selection', setHovered('W01')));
    services.store.update(inSlice('ui', toggleLanguage));
    await mapShown(services);
    expect(services.store.getState().mapData).toBe(shown);

    // Once stopped (the map view is gone), nothing follows.
    stop();
    services.store.update(inSlice('view', setIndicator(a!)));
    await mapShown(services);
    expect(services.store.getState().mapData).toBe(shown);
  });

  it('reports a failed analysis once however many asked, and rejects for a caller that awaits it', async () => {
    // The store holds the wijk analysis; the sector one is asked for.
    const services = servicesOn(stateWith(pkg, run, { level: 'wijk' }), () => Promise.reject(new Error('engine down')));
    const awaited = ensureAnalysis(services, 'sector', 2024);
    requestAnalysis(services, 'sector', 2024);
    requestAnalysis(services, 'sector', 2024);
    await expect(awaited).rejects.toThrow('engine down');
    await new Promise((resolve) => setTimeout(resolve, 0));
    const { notices, analysis } = services.store.getState();
    expect(notices.items.map((n) => [n.code, n.repeats])).toEqual([['analysis-failed', 1]]);
    expect(analysis).toMatchObject({ computing: false, error: { key: 'sector|2024' } });
  });
});
