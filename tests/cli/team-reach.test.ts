import { describe, expect, it } from 'vitest';
import { missingParts, teamReach } from '../../cli/commands/team-reach';
import type { LoadedPackage } from '../../data/package';

type Run = Parameters<typeof teamReach>[1];

const pkg = (over: Partial<LoadedPackage> = {}) =>
  ({ descriptor: { analysis: {} }, definitions: [{ id: 'known_clients', sensitive: true }], teams: [], territories: null, teamFte: [], centres: [], ...over }) as unknown as LoadedPackage;

/** Areas a1–a6: a1–a2 in team A, a3–a4 in B, a5–a6 in C; `hidden` area codes have their clients suppressed. */
function run(clients: (number | null)[], hidden: string[] = []): Run {
  const areas = clients.map((c, i) => ({ code: `a${i + 1}`, team: ['A', 'A', 'B', 'B', 'C', 'C'][i]!, clients: c }));
  return {
    input: { areas },
    result: { teams: ['A', 'B', 'C'].map((id) => ({ id, need: 100 })) },
    settings: { suppressionThreshold: 4 },
    clientsSuppressed: new Set(hidden),
  } as unknown as Run;
}

describe('teamReach', () => {
  it('sums the known clients of each team and divides by its persons in need', () => {
    expect(teamReach(pkg(), run([10, 20, 30, 5, 40, 6]))).toEqual([
      { id: 'A', knownClients: 30, reach: 0.3, status: 'shown' },
      { id: 'B', knownClients: 35, reach: 0.35, status: 'shown' },
      { id: 'C', knownClients: 46, reach: 0.46, status: 'shown' },
    ]);
  });

  it('hides a team with one hidden area, and a second team with hidden areas so the total gives nothing back', () => {
    const hidden = teamReach(pkg(), run([10, 2, 30, 2, 40, 3], ['a2', 'a4', 'a6'])).map((t) => t.status);
    expect(hidden).toEqual(['suppressed', 'suppressed', 'suppressed']);
    // One team with one hidden area, one with two: both hidden, the third shown.
    expect(teamReach(pkg(), run([10, 2, 3, 2, 40, 50], ['a2', 'a3', 'a4'])).map((t) => t.status)).toEqual(['suppressed', 'suppressed', 'shown']);
    // One team with one hidden area and no other team with hidden areas: everything hidden.
    expect(teamReach(pkg(), run([10, 2, 30, 20, 40, 50], ['a2'])).map((t) => t.status)).toEqual(['suppressed', 'suppressed', 'suppressed']);
  });

  it('hides a sensitive team total of 1–4 and says missing where no area has clients', () => {
    const reach = teamReach(pkg(), run([1, 2, null, null, 40, 50]));
    expect(reach.map((t) => t.status)).toEqual(['suppressed', 'missing', 'suppressed']);
    expect(reach[0]!.knownClients).toBeNull();
  });
});

describe('missingParts', () => {
  it('blocks without teams and names how to add them; notes missing FTE, locations and roles', () => {
    const none = missingParts(pkg(), 'out');
    expect(none.blocking[0]).toContain('--teams teams.csv');
    expect(none.notes.join(' ')).toContain('--role need=<indicator id>');
    const teamsOnly = missingParts(pkg({ teams: [{ id: 'A', name: 'A' }], territories: { level: 'sector', teamOf: new Map() } }), 'out');
    expect(teamsOnly.blocking).toEqual([]);
    expect(teamsOnly.notes.join(' ')).toMatch(/No FTE of profile maatschappelijk_werker.*--fte/);
    expect(teamsOnly.notes.join(' ')).toContain('--centres');
  });
});
