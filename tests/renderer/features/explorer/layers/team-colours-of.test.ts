import { describe, expect, it } from 'vitest';
import type { LoadedPackage } from '../../../../../data/package/model';
import { readPackage } from '../../../../../data/package/read-package';
import { createMemorySource } from '../../../../../data/package/sources/memory-source';
import { openNodePackageSource } from '../../../../../data/package/sources/node-folder-source';
import { colourDifference } from '../../../../../geo/colouring';
import { teamColoursOf, touchingTeamsOf } from '../../../../../renderer/features/explorer/layers/overlay-data';
import { TEAM_NEIGHBOUR_MIN_DIFFERENCE } from '../../../../../renderer/map/team-colours';
import { demoFiles } from '../../../../helpers/package-copies';
import { KORTRIJK_DIR, hasKortrijk, needsShared } from '../../../../helpers/shared-data';

describe('teamColoursOf (regression: the explorer ignored the colour chosen in Inrichten)', () => {
  it('keeps a team’s own colour and colours the others automatically', () => {
    const colours = teamColoursOf({ teams: [{ id: 'oost', colour: '#2e7d32' }, { id: 'west' }], centres: [] });
    expect(colours.get('oost')).toBe('#2e7d32');
    expect(colours.get('west')).toMatch(/^#[0-9a-f]{6}$/i);
    expect(colours.get('west')).not.toBe('#2e7d32');
  });

  it('colours a centre’s team that the team list lacks', () => {
    const colours = teamColoursOf({ teams: [], centres: [{ id: 'c1', name: 'C', teamId: 'noord', position: [3.2, 50.8] } as never] });
    expect(colours.get('noord')).toMatch(/^#[0-9a-f]{6}$/i);
  });
});

describe('teamColoursOf on real territories (regression: Noord and Centrum were both orange)', () => {
  const check = (pkg: LoadedPackage) => {
    const colours = teamColoursOf(pkg);
    const touching = touchingTeamsOf(pkg);
    const pairs = Object.entries(touching).flatMap(([a, list]) => list.map((b) => [a, b] as const));
    expect(pairs.length).toBeGreaterThan(0);
    for (const [a, b] of pairs) {
      expect(colours.get(a), `${a}–${b}`).not.toBe(colours.get(b));
      expect(colourDifference(colours.get(a)!, colours.get(b)!), `${a}–${b}`).toBeGreaterThanOrEqual(TEAM_NEIGHBOUR_MIN_DIFFERENCE);
    }
    expect(new Set(colours.values()).size).toBe(colours.size);
    return { colours, touching };
  };
  it('Kortrijk: 7 teams, touching teams at least ΔE00 30 apart', needsShared(hasKortrijk, '../shared/data/kortrijk'), async () => {
    const pkg = (await readPackage(await openNodePackageSource(KORTRIJK_DIR))).pkg!;
    const { colours, touching } = check(pkg);
    expect(colours.size).toBe(7);
    expect(touching.noord).toContain('centrum');
  });
  it('Demostad: touching teams at least ΔE00 30 apart', async () => {
    check((await readPackage(createMemorySource('demo', demoFiles()))).pkg!);
  });
});
