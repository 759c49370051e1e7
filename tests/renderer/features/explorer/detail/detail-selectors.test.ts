import { createSessionMemory } from '../../../../../renderer/shared/session-memory';
import { scoreBand } from '../../../../../geo/indicators/score-band';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSuppressionPlan } from '../../../../../data/analysis/build-suppression-plan';
import type { AnalysisRun } from '../../../../../data/analysis/run-analysis';
import type { Database } from '../../../../../data/db/database';
import type { LoadedPackage } from '../../../../../data/package/model';
import { hiddenCellsAt, queryAreaDetails, type AreaDetailRow } from '../../../../../data/queries/area-details';
import { createServices, type Services } from '../../../../../renderer/app/services';
import { codesToLoad, detailsFailed, detailsKey, detailsLoaded, detailsRequested, initialAreaDetailsState } from '../../../../../renderer/features/explorer/state/area-details-slice';
import { areaOptions, buildAreaDetail, buildComparison, runForView, type AreaDetailModel, type IndicatorRowModel } from '../../../../../renderer/features/explorer/detail/detail-selectors';
import { loadAreaDetails } from '../../../../../renderer/features/explorer/detail/load-area-details';
import { sensitivePlans } from '../../../../../renderer/features/explorer/commands/suppression-plans';
import type { Platform } from '../../../../../renderer/shared/platform/platform';
import { createStore } from '../../../../../renderer/shared/store/store';
import { analyse, openDemo, stateWith } from '../charts/demo-fixture';

const SUPPRESSED = { nl: 'afgeschermd', en: 'suppressed' } as const;

/** Every number written in a string ("1.234", "12,5", "3 van 14" → 1234, 12.5, 3, 14), Dutch notation. */
const numbersIn = (text: string): number[] => [...text.matchAll(/\d[\d.]*(?:,\d+)?/g)].map((m) => Number(m[0].replace(/\./g, '').replace(',', '.')));

describe('the detail panel never shows a small count of a sensitive indicator (Demostad through query, plans and selectors)', () => {
  let db: Database;
  let pkg: LoadedPackage;
  let truth: Map<string, number | null>;
  beforeAll(async () => {
    ({ pkg, db } = await openDemo());
    const rows = await db.query<{ level: string; area_code: string; indicator: string; period: number; count: number | null }>(`SELECT level, area_code, indicator, period, count FROM indicator_rates`);
    truth = new Map(rows.map((r) => [`${r.level}|${r.area_code}|${r.indicator}|${r.period}`, r.count] as const));
  });
  afterAll(() => db.close());

  it.each(['sector', 'wijk', 'deelgemeente', 'team', 'municipality'])('at the %s level, in every period, for every area', async (level) => {
    const plans = await Promise.all(pkg.definitions.filter((d) => d.sensitive).flatMap((d) => pkg.periods.map((period) => buildSuppressionPlan(db, pkg, { indicator: d.id, period }))));
    const planOf = new Map(plans.map((p) => [`${p.indicator}|${p.period}`, p] as const));
    const codes = pkg.levels.find((l) => l.level === level)!.areas.features.map((f) => f.properties.code);
    const rows = await queryAreaDetails(db, { level, codes, baseLevel: pkg.baseLevel, hidden: hiddenCellsAt(plans, level) });
    const sensitive = new Set(pkg.definitions.filter((d) => d.sensitive).map((d) => d.id));
    let smallSeen = 0;
    let secondarySeen = 0;
    for (const period of pkg.periods) {
      for (const code of codes) {
        const entry = { status: 'ready' as const, rows: rows.filter((r) => r.code === code) };
        for (const language of ['nl', 'en'] as const) {
          const model = buildAreaDetail({ pkg, level, period, code, run: null, entry, language })!;
          expect(model.figures.status).toBe('ready');
          if (model.figures.status !== 'ready') continue;
          for (const row of model.figures.groups.flatMap((g) => g.rows)) {
            if (!sensitive.has(row.id)) continue;
            const count = truth.get(`${level}|${code}|${row.id}|${period}`) ?? null;
            const status = planOf.get(`${row.id}|${period}`)!.status.get(`${level}|${code}`);
            if (count !== null && count >= 1 && count <= 4) smallSeen++;
            if (status === 'secondary') secondarySeen++;
            if (status !== 'shown') {
              // Primary and secondary suppression alike: no count, rate or rank, and the text says why.
              expect(row.status).toBe('suppressed');
              expect([row.rate, row.rank]).toEqual([null, null]);
              expect(row.value).toBe(SUPPRESSED[language]);
              expect(row.trend.find((p) => p.period === period)!.value).toBeNull();
              expect(row.trendText).toContain(`${period}: ${SUPPRESSED[language]}`);
            }
            assertNoSmallCount(row, pkg.periods, (p) => truth.get(`${level}|${code}|${row.id}|${p}`) ?? null);
          }
        }
      }
    }
    if (level === 'sector') {
      expect(smallSeen).toBeGreaterThan(0);
      expect(secondarySeen).toBeGreaterThan(0);
    }
  });

  it('keeps hidden values hidden in the side-by-side comparison of two pinned areas', async () => {
    const plans = await Promise.all(pkg.definitions.filter((d) => d.sensitive).flatMap((d) => pkg.periods.map((period) => buildSuppressionPlan(db, pkg, { indicator: d.id, period }))));
    const hidden = hiddenCellsAt(plans, 'sector').filter((k) => k.includes('|2024|'));
    const [indicator, , code] = hidden[0]!.split('|');
    const other = pkg.levels.find((l) => l.level === 'sector')!.areas.features.map((f) => f.properties.code).find((c) => c !== code)!;
    const rows = await queryAreaDetails(db, { level: 'sector', codes: [code!, other], baseLevel: pkg.baseLevel, hidden: hiddenCellsAt(plans, 'sector') });
    const model = (c: string) => buildAreaDetail({ pkg, level: 'sector', period: 2024, code: c, run: null, entry: { status: 'ready', rows: rows.filter((r) => r.code === c) }, language: 'nl' })!;
    const comparison = buildComparison([model(code!), model(other)], 'nl');
    const row = comparison.rows.find((r) => r.id === indicator)!;
    expect(row.cells[0]).toEqual({ main: 'afgeschermd', sub: [], hidden: true });
    expect(comparison.areas.map((a) => a.code)).toEqual([code, other]);
  });
});

/** No number in the row's text or trend equals the true count when that count is 1–4 (or its rate). */
function assertNoSmallCount(row: IndicatorRowModel, periods: readonly number[], countIn: (period: number) => number | null) {
  for (const p of periods) {
    const count = countIn(p);
    if (count === null || count < 1 || count > 4) continue;
    const point = row.trend.find((x) => x.period === p)!;
    expect(point.value).toBeNull();
  }
  const numbers = numbersIn(row.value);
  for (const n of numbers) expect(n === 0 || n > 4 || !Number.isInteger(n)).toBe(true);
}

describe('detail selectors', () => {
  let db: Database;
  let pkg: LoadedPackage;
  let run: AnalysisRun;
  let rows: AreaDetailRow[];
  let code: string;
  beforeAll(async () => {
    ({ pkg, db } = await openDemo());
    run = await analyse(db, pkg, 'wijk');
    code = run.result.areas.find((a) => a.gapRank === 1)!.code;
    rows = await queryAreaDetails(db, { level: 'wijk', codes: [code], baseLevel: pkg.baseLevel, hidden: hiddenCellsAt(await sensitivePlans(createSessionMemory(), db, pkg), 'wijk') });
  });
  afterAll(() => db.close());

  const detail = (language: 'nl' | 'en' = 'nl', entryRows: readonly AreaDetailRow[] | null = rows): AreaDetailModel =>
    buildAreaDetail({ pkg, level: 'wijk', period: 2024, code, run, entry: entryRows ? { status: 'ready', rows: entryRows } : undefined, language })!;

  it('lists every indicator of the package, grouped by theme, with value, rate per 1,000 of its denominator, rank and trend', () => {
    const model = detail();
    if (model.figures.status !== 'ready') throw new Error('not ready');
    const all = model.figures.groups.flatMap((g) => g.rows);
    expect(all.map((r) => r.id).sort()).toEqual(pkg.definitions.map((d) => d.id).sort());
    const poverty = all.find((r) => r.id === 'est_poverty_persons')!;
    const raw = rows.find((r) => r.indicator === 'est_poverty_persons' && r.period === 2024)!;
    expect(poverty.value).toBe(new Intl.NumberFormat('nl-BE').format(raw.count!));
    expect(poverty.rate).toBe(new Intl.NumberFormat('nl-BE', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(raw.rate!));
    expect(poverty.rateUnit).toBe('per 1.000 inwoners');
    expect(poverty.rank).toBe(`${raw.rank} van ${raw.ranked}`);
    expect(poverty.trend.map((p) => p.period)).toEqual(pkg.periods);
    expect(poverty.trend[poverty.trend.length - 1]!.value).toBeCloseTo(raw.rate!, 9);
    expect(all.find((r) => r.id === 'population')!.rate).toBeNull();
    expect(model.figures.groups[0]!.title).toBe('Armoede en kwetsbaarheid');
  });

  it('adds the analysis facts: team, nearest centre, own team’s centre, need index, reach and gap rank with reasons', () => {
    const model = detail();
    expect(model.facts.map((f) => f.id)).toEqual(['team', 'nearest', 'own-centre', 'need', 'reach', 'gap']);
    // The gap in words first (band from scoreBand), its number in brackets, then its rank among the level's areas.
    const area = run.result.areas.find((a) => a.code === code)!;
    const gap = model.facts.find((f) => f.id === 'gap')!;
    expect(gap.words?.band).toBe(scoreBand(area.gapScore!));
    expect(gap.value).toBe(`${gap.words!.word} (${gap.words!.number}) · rang 1 van ${run.result.areas.length} wijken`);
    expect(gap.value).toMatch(/^(laag|gemiddeld|hoog) \(-?\d+,\d\d\) · rang/);
    const need = model.facts.find((f) => f.id === 'need')!;
    expect(need.words?.band).toBe(scoreBand(area.needIndex!));
    expect(need.value).toMatch(/^(laag|gemiddeld|hoog) \(-?\d+,\d\d\)$/);
    expect(model.facts.find((f) => f.id === 'nearest')!.value).toMatch(/ · \d+(,\d)? k?m$/);
    expect(model.gapReasons.length).toBeGreaterThan(0);
    expect(model.name).toBe(run.result.areas.find((a) => a.code === code)!.name);
    expect(model.source.notes).toEqual(['synthetic', 'fictional']);
  });

  it('says "loading" before the figures arrive, and nothing for an area of another level', () => {
    expect(detail('nl', null).figures.status).toBe('loading');
    expect(buildAreaDetail({ pkg, level: 'wijk', period: 2024, code: 'no-such-area', run, entry: undefined, language: 'nl' })).toBeNull();
  });

  it('writes English words and numbers with the language switch', () => {
    const model = detail('en');
    expect(model.levelLabel).toBe('Neighbourhood (wijk)');
    if (model.figures.status !== 'ready') throw new Error('not ready');
    const population = model.figures.groups.flatMap((g) => g.rows).find((r) => r.id === 'population')!;
    expect(population.rank).toMatch(/^\d+ of \d+$/);
    expect(population.label).toBe('Residents');
  });

  it('compares two areas row by row', () => {
    const model = detail();
    const comparison = buildComparison([model, model], 'nl');
    expect(comparison.rows.filter((r) => r.kind === 'fact').map((r) => r.id)).toEqual(['fact:team', 'fact:nearest', 'fact:own-centre', 'fact:need', 'fact:reach', 'fact:gap']);
    expect(comparison.rows.filter((r) => r.kind === 'indicator')).toHaveLength(pkg.definitions.length);
    const poverty = comparison.rows.find((r) => r.id === 'est_poverty_persons')!;
    expect(poverty.cells[0]!.sub).toEqual([expect.stringMatching(/per 1\.000$/), expect.stringMatching(/^rang \d+ van \d+$/)]);
    expect(comparison.loading).toBe(false);
  });

  it('offers the areas of the level by name (the keyboard alternative to clicking the map), and the run only for the view', () => {
    const options = areaOptions(pkg, 'wijk', 'nl');
    expect(options).toHaveLength(pkg.levels.find((l) => l.level === 'wijk')!.areas.features.length);
    expect(options.map((o) => o.name)).toEqual([...options.map((o) => o.name)].sort((a, b) => a.localeCompare(b, 'nl-BE', { numeric: true, sensitivity: 'base' })));
    const state = stateWith(pkg, run, { level: 'wijk' });
    expect(runForView(state)).toBe(run);
    expect(runForView({ ...state, view: { ...state.view, level: 'sector' } })).toBeNull();
  });
});

describe('area details slice and command', () => {
  let db: Database;
  let pkg: LoadedPackage;
  beforeAll(async () => {
    ({ pkg, db } = await openDemo());
  });
  afterAll(() => db.close());

  it('keeps figures per package, level and area; a new package starts afresh; failures are asked again', () => {
    let s = detailsRequested(pkg, 'wijk', ['a', 'b'])(initialAreaDetailsState);
    expect(s.entries.get(detailsKey('wijk', 'a'))).toEqual({ status: 'loading' });
    expect(codesToLoad(s, pkg, 'wijk', ['a', 'c'])).toEqual(['c']);
    s = detailsLoaded(pkg, 'wijk', ['a'], [{ code: 'a', indicator: 'x', period: 2024, status: 'shown', count: 1, denominator: null, rate: null, rank: 1, ranked: 1 }])(s);
    expect(s.entries.get(detailsKey('wijk', 'a'))).toMatchObject({ status: 'ready' });
    s = detailsFailed(pkg, 'wijk', ['b'])(s);
    expect(codesToLoad(s, pkg, 'wijk', ['a', 'b'])).toEqual(['b']);
    const other = { ...pkg };
    expect(detailsLoaded(other, 'wijk', ['a'], [])(s)).toBe(s);
    expect(detailsRequested(other, 'wijk', ['z'])(s).entries.size).toBe(1);
  });

  it('loadAreaDetails reports a failure as a coded notice (no error text kept) and asks again next time', async () => {
    const services = createServices(createStore(stateWith(pkg, null, { level: 'wijk' })), {} as Platform, () => Promise.reject(new Error('disk gone')));
    const code = pkg.levels.find((l) => l.level === 'wijk')!.areas.features[0]!.properties.code;
    await loadAreaDetails(services, { level: 'wijk', codes: [code] });
    const { details, notices } = services.store.getState();
    expect(details.entries.get(detailsKey('wijk', code))).toEqual({ status: 'failed' });
    expect(notices.items.map((n) => n.code)).toEqual(['area-details-failed']);
    expect(JSON.stringify(notices.items)).not.toContain('disk gone');
    expect(codesToLoad(details, pkg, 'wijk', [code])).toEqual([code]);
  });

  it('loadAreaDetails puts only what may be shown in its store, once per area', async () => {
    const store = createStore(stateWith(pkg, null, { level: 'sector' }));
    let opened = 0;
    const gated = createServices(store, {} as Platform, () => Promise.resolve(db));
    const services: Services = {
      ...gated,
      withDatabase: (access, work) => {
        opened++;
        return gated.withDatabase(access, work);
      },
    };
    const plans = await sensitivePlans(services.memory, db, pkg);
    const hidden = hiddenCellsAt(plans, 'sector');
    const code = hidden[0]!.split('|')[2]!;
    await loadAreaDetails(services, { level: 'sector', codes: [code] });
    const entry = services.store.getState().details.entries.get(detailsKey('sector', code));
    if (entry?.status !== 'ready') throw new Error(`not loaded: ${JSON.stringify(entry)}`);
    expect(entry.rows.length).toBe(pkg.definitions.length * pkg.periods.length);
    const hiddenSet = new Set(hidden);
    for (const r of entry.rows) if (hiddenSet.has(`${r.indicator}|${r.period}|${r.code}`)) expect(r).toMatchObject({ status: 'suppressed', count: null, rate: null, rank: null });
    await loadAreaDetails(services, { level: 'sector', codes: [code] });
    expect(opened).toBe(1);
    // The plans are cached per package in the session's memory: asking again returns the same objects,
    // and another session computes its own.
    expect((await sensitivePlans(services.memory, db, pkg))[0]).toBe(plans[0]);
    expect((await sensitivePlans(createSessionMemory(), db, pkg))[0]).not.toBe(plans[0]);
  });
});
