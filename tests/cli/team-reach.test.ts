import { describe, expect, it } from 'vitest';
import { missingParts, teamReach } from '../../cli/commands/team-reach';
import type { LoadedPackage } from '../../data/package';

type Run = Parameters<typeof teamReach>[0];

const pkg = (over: Partial<LoadedPackage> = {}) =>
  ({ descriptor: { analysis: {} }, definitions: [{ id: 'known_clients', sensitive: true }], teams: [], territories: null, teamFte: [], centres: [], ...over }) as unknown as LoadedPackage;

/** A run whose teams A, B, C have these figures (the analysis run computes and suppresses them: runAnalysis). */
function run(figures: Record<string, { clients: number | null; reach: number | null; status: 'shown' | 'suppressed' | 'missing' }>): Run {
  return { result: { teams: Object.keys(figures).map((id) => ({ id, need: 100 })) }, teamClients: new Map(Object.entries(figures)) } as unknown as Run;
}

describe('teamReach (the CLI shape of the run’s known clients and reach per team)', () => {
  it('reports what the run shows, reach rounded to 4 decimals', () => {
    expect(teamReach(run({ A: { clients: 30, reach: 0.123456, status: 'shown' } }))).toEqual([{ id: 'A', knownClients: 30, reach: 0.1235, status: 'shown' }]);
  });

  it('never reports a count the run hides, and says missing where it has none', () => {
    const reach = teamReach(run({ A: { clients: null, reach: null, status: 'suppressed' }, B: { clients: null, reach: null, status: 'missing' } }));
    expect(reach).toEqual([
      { id: 'A', knownClients: null, reach: null, status: 'suppressed' },
      { id: 'B', knownClients: null, reach: null, status: 'missing' },
    ]);
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
