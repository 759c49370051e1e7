import { describe, expect, it } from 'vitest';
import { measureDistance } from '../../../geo/measure/measure-distance';
import { INDICATOR_IDS, SENSITIVE, get, indicators, pkg, sectors, teamOf, type Row } from './demo-package-fixture';

describe('generateDemoPackage — indicators and FTE', () => {
  it('has all 13 indicators for every sector and period, as non-negative integers', () => {
    expect(indicators).toHaveLength(100 * 3 * 13);
    for (const s of sectors.features) {
      for (const period of [2022, 2023, 2024]) {
        for (const id of INDICATOR_IDS) {
          const v = get(String(s.properties.code), period, id);
          expect(Number.isInteger(v) && v >= 0, `${s.properties.code} ${period} ${id}`).toBe(true);
        }
      }
    }
    expect(pkg.csv('indicator-definitions').rows.map((r) => r.id)).toEqual(INDICATOR_IDS);
    for (const d of pkg.csv('indicator-definitions').rows) expect(d.source).toBe('FICTIEF / FICTIONAL (Demostad model)');
  });

  it('keeps the counts nested (known ≤ poverty ≤ population, kansarm ≤ births, …)', () => {
    for (const s of sectors.features) {
      const code = String(s.properties.code);
      for (const period of [2022, 2023, 2024]) {
        const v = (id: string) => get(code, period, id);
        expect(v('known_clients')).toBeLessThanOrEqual(v('est_poverty_persons'));
        expect(v('est_poverty_persons')).toBeLessThanOrEqual(v('population'));
        expect(v('leefloon_persons')).toBeLessThanOrEqual(v('est_poverty_persons'));
        expect(v('open_dossiers')).toBeLessThanOrEqual(v('known_clients'));
        expect(v('kansarm_births')).toBeLessThanOrEqual(v('births'));
        expect(v('households')).toBeLessThanOrEqual(v('population'));
        expect(v('single_parent_households')).toBeLessThanOrEqual(v('households'));
        expect(v('budgetmeter_households')).toBeLessThanOrEqual(v('households'));
        expect(v('vt_persons')).toBeLessThanOrEqual(v('population'));
        expect(v('alone_75plus')).toBeLessThanOrEqual(v('population'));
      }
    }
  });

  it('has small sensitive counts (1–4) so that suppression is exercised', () => {
    for (const id of SENSITIVE) {
      const small = indicators.filter((r) => r.indicator === id && Number(r.value) >= 1 && Number(r.value) <= 4);
      expect(small.length, id).toBeGreaterThan(0);
    }
  });

  it('has plausible municipality ratios and a trend over the periods', () => {
    const total = (period: number, id: string) => sectors.features.reduce((s, f) => s + get(String(f.properties.code), period, id), 0);
    const population = total(2024, 'population');
    expect(population / total(2024, 'households')).toBeGreaterThan(2.1);
    expect(population / total(2024, 'households')).toBeLessThan(2.4);
    expect(total(2024, 'births') / population).toBeGreaterThan(0.008);
    expect(total(2024, 'births') / population).toBeLessThan(0.012);
    expect(total(2024, 'est_poverty_persons') / population).toBeGreaterThan(0.08);
    expect(total(2024, 'est_poverty_persons') / population).toBeLessThan(0.2);
    const reach = total(2024, 'known_clients') / total(2024, 'est_poverty_persons');
    expect(reach).toBeGreaterThan(0.3);
    expect(reach).toBeLessThan(0.65);
    expect(total(2024, 'open_dossiers') / total(2024, 'known_clients')).toBeCloseTo(0.8, 1);
    for (const id of ['population', 'est_poverty_persons', 'known_clients']) {
      expect(total(2024, id), id).toBeGreaterThan(total(2022, id));
      expect(total(2024, id) / total(2022, id), id).toBeLessThan(1.25);
    }
  });

  it('lets reach fall with the distance to the nearest centre', () => {
    const centres = pkg.csv('centres').rows.map((c): [number, number] => [Number(c.lon), Number(c.lat)]);
    const rows = pkg.csv('sectors').rows.map((r) => {
      const d = Math.min(...centres.map((c) => measureDistance([Number(r.centroid_lon), Number(r.centroid_lat)], c)));
      return { d, known: get(r.sector_code!, 2024, 'known_clients'), poverty: get(r.sector_code!, 2024, 'est_poverty_persons') };
    });
    const reach = (list: typeof rows) => list.reduce((s, r) => s + r.known, 0) / list.reduce((s, r) => s + r.poverty, 0);
    const near = reach(rows.filter((r) => r.d < 500));
    const far = reach(rows.filter((r) => r.d > 1500));
    expect(near).toBeGreaterThan(0.5);
    expect(far).toBeLessThan(0.45);
  });

  it('has FTE in 0.5 steps for 7 teams × 7 profiles × 3 periods, totalling 77 social workers and 178 FTE in 2024', () => {
    const rows = pkg.csv('team-fte').rows;
    expect(rows).toHaveLength(7 * 7 * 3);
    for (const r of rows) expect((Number(r.fte) * 2) % 1).toBe(0);
    const sum = (filter: (r: Row) => boolean) => rows.filter(filter).reduce((s, r) => s + Number(r.fte), 0);
    expect(sum((r) => r.period === '2024' && r.profile === 'maatschappelijk_werker')).toBe(77);
    expect(sum((r) => r.period === '2024')).toBe(178);
    expect(new Set(rows.map((r) => r.profile)).size).toBe(7);
  });

  it('gives teams clearly different caseloads (open dossiers per social worker ~25 … ~60)', () => {
    const fte = new Map(pkg.csv('team-fte').rows.filter((r) => r.period === '2024' && r.profile === 'maatschappelijk_werker').map((r) => [r.team_id!, Number(r.fte)]));
    const dossiers = new Map<string, number>();
    for (const s of sectors.features) {
      const team = teamOf.get(String(s.properties.code))!;
      dossiers.set(team, (dossiers.get(team) ?? 0) + get(String(s.properties.code), 2024, 'open_dossiers'));
    }
    const caseloads = [...fte].map(([team, f]) => dossiers.get(team)! / f);
    expect(Math.min(...caseloads)).toBeGreaterThan(15);
    expect(Math.min(...caseloads)).toBeLessThan(35);
    expect(Math.max(...caseloads)).toBeGreaterThan(45);
    expect(Math.max(...caseloads)).toBeLessThan(80);
  });
});
