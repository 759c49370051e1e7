/**
 * suppressHierarchy on the real Kortrijk hierarchy (sectors, wijken, deelgemeenten, teams, municipality) from
 * ../shared/data/kortrijk; skipped where that folder is absent.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLinearlyDeterminedCells } from '../../../geo/suppression/find-linearly-determined-cells';
import { findRecoverableCells } from '../../../geo/suppression/find-recoverable-cells';
import { suppressHierarchy, type AdditiveGroup, type HierarchyCell } from '../../../geo/suppression/suppress-hierarchy';
import { hasKortrijk, KORTRIJK_DIR } from '../../helpers/shared-data';
import { expectSafe, hidden } from './expect-safe';

interface KortrijkTables {
  cells: (indicator: string, period: string) => HierarchyCell[];
  groups: AdditiveGroup[];
  sensitive: string[];
  periods: string[];
}

function readCsv(file: string): Record<string, string>[] {
  const text = readFileSync(path.join(KORTRIJK_DIR, file), 'utf8').replace(/^\uFEFF/, '');
  if (text.includes('"')) throw new Error(`${file} has quoted fields: this small reader does not handle them`);
  const [header, ...lines] = text.trim().split(/\r?\n/);
  const keys = header!.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [keys[i]!, v])));
}

/** The Kortrijk hierarchy: sectors summed to wijk, deelgemeente, team and municipality, and every additive relation. */
function readKortrijk(): KortrijkTables {
  const sectors = readCsv('sectors.csv');
  const teamOf = new Map(readCsv('sector_team.csv').map((r) => [r.sector_code!, r.team_id!]));
  const indicators = readCsv('indicators.csv');
  const definitions = readCsv('indicator_definitions.csv');
  const levels = ['wijk', 'deelgemeente', 'team'] as const;
  const areaOf = (sector: Record<string, string>, level: (typeof levels)[number]): string =>
    `${level}:${level === 'team' ? teamOf.get(sector.sector_code!)! : sector[`${level}_code`]!}`;
  const members = new Map<string, string[]>();
  for (const s of sectors) for (const level of levels) (members.get(areaOf(s, level)) ?? members.set(areaOf(s, level), []).get(areaOf(s, level))!).push(`sector:${s.sector_code}`);
  const groups: AdditiveGroup[] = [...members].map(([total, parts]) => ({ total, parts }));
  for (const level of levels) groups.push({ total: 'municipality', parts: [...members.keys()].filter((k) => k.startsWith(`${level}:`)) });
  return {
    groups,
    sensitive: definitions.filter((d) => d.sensitive === 'yes').map((d) => d.id!),
    periods: [...new Set(indicators.map((r) => r.period!))].sort(),
    cells(indicator, period) {
      const value = new Map(indicators.filter((r) => r.indicator === indicator && r.period === period).map((r) => [r.area_code!, r.value === '' ? null : Number(r.value)]));
      const sums = new Map<string, number | null>();
      const add = (id: string, v: number | null): void => {
        const before = sums.has(id) ? sums.get(id)! : 0;
        sums.set(id, before === null || v === null ? null : before + v);
      };
      for (const s of sectors) {
        const v = value.has(s.sector_code!) ? value.get(s.sector_code!)! : null;
        add(`sector:${s.sector_code}`, v);
        for (const level of levels) add(areaOf(s, level), v);
        add('municipality', v);
      }
      return [...sums].map(([id, v]) => ({ id, value: v }));
    },
  };
}

if (!hasKortrijk) console.warn(`suppressHierarchy: skipping the Kortrijk tests, ${KORTRIJK_DIR} is not present`);

describe.skipIf(!hasKortrijk)('suppressHierarchy on the real Kortrijk hierarchy (needs ../shared/data/kortrijk)', () => {
  it('leaves nothing recoverable for every sensitive indicator and period, and reports the secondary cells', () => {
    const kortrijk = readKortrijk();
    expect(kortrijk.groups.length).toBe(14 + 8 + 7 + 3);
    const rows: string[] = [];
    let secondary = 0;
    let secondarySingleGroup = 0;
    let determinedSingleGroup = 0;
    const start = performance.now();
    for (const indicator of kortrijk.sensitive) {
      for (const period of kortrijk.periods) {
        const cells = kortrijk.cells(indicator, period);
        expect(cells.length).toBe(113 + 14 + 8 + 7 + 1);
        const status = suppressHierarchy(cells, kortrijk.groups, { sensitive: true });
        expectSafe(cells, kortrijk.groups, status);
        expect(status.get('municipality')).toBe('shown');
        const single = suppressHierarchy(cells, kortrijk.groups, { sensitive: true, audit: 'single-group' });
        expect(findRecoverableCells(cells, kortrijk.groups, single)).toEqual([]);
        const determined = findLinearlyDeterminedCells(cells, kortrijk.groups, single).length;
        const counts = { primary: hidden(status, 'primary').length, secondary: hidden(status, 'secondary').length };
        secondary += counts.secondary;
        secondarySingleGroup += hidden(single, 'secondary').length;
        determinedSingleGroup += determined;
        rows.push(`${indicator} ${period}: ${counts.primary} primary, ${counts.secondary} secondary (single-group: ${hidden(single, 'secondary').length}, leaving ${determined} solvable)`);
      }
    }
    console.info(`[suppressHierarchy] Kortrijk, ${kortrijk.sensitive.length} sensitive indicators × ${kortrijk.periods.length} periods (${(performance.now() - start).toFixed(1)} ms incl. checks):\n  ${rows.join('\n  ')}\n  total secondary ${secondary} (single-group audit ${secondarySingleGroup}, which leaves ${determinedSingleGroup} hidden cells solvable from the whole system)`);
  });

  it('suppresses all 13 indicators × 3 periods, each cell with a status (time printed, not asserted: speed belongs in the bench)', () => {
    const kortrijk = readKortrijk();
    const definitions = readCsv('indicator_definitions.csv');
    const tables = definitions.flatMap((d) => kortrijk.periods.map((period) => ({ cells: kortrijk.cells(d.id!, period), sensitive: d.sensitive === 'yes' })));
    expect(tables.length).toBe(39);
    let best = Infinity;
    for (let round = 0; round < 15; round++) {
      const start = performance.now();
      for (const t of tables) {
        const status = suppressHierarchy(t.cells, kortrijk.groups, { sensitive: t.sensitive });
        expect(status.size).toBe(t.cells.length);
      }
      best = Math.min(best, performance.now() - start);
    }
    console.info(`[suppressHierarchy] Kortrijk, 39 tables of 143 cells: ${best.toFixed(2)} ms (best of 15 rounds)`);
  });
});
