import { describe, expect, it } from 'vitest';
import { colourDifference } from '../../../geo/colouring';
import { assignTeamColours, buildTeamColourMatch, NO_TEAM_COLOUR, TEAM_NEIGHBOUR_MIN_DIFFERENCE, TEAM_PALETTE } from '../../../renderer/map/team-colours';

describe('team colours', () => {
  it('assigns colours by team id order, whatever order the teams come in', () => {
    const a = assignTeamColours(['zuid', 'noord', 'centrum', 'heule']);
    const b = assignTeamColours(['heule', 'centrum', 'zuid', 'noord', 'noord']);
    expect([...a]).toEqual([...b]);
    expect(a.get('centrum')).toBe(TEAM_PALETTE[0]);
    expect(a.get('zuid')).toBe(TEAM_PALETTE[3]);
  });
  it('sorts numeric ids as numbers', () => {
    const colours = assignTeamColours(['10', '2', '1']);
    expect([...colours.keys()]).toEqual(['1', '2', '10']);
  });
  it('gives up to 16 teams distinct colours, the first eight the colour-blind-safe Okabe–Ito set', () => {
    const ids = Array.from({ length: 16 }, (_, i) => `team-${String(i).padStart(2, '0')}`);
    const colours = [...assignTeamColours(ids).values()];
    expect(new Set(colours).size).toBe(16);
    expect(colours.slice(0, 8).sort()).toEqual(['#000000', '#0072b2', '#009e73', '#56b4e9', '#cc79a7', '#d55e00', '#e69f00', '#f0e442']);
    expect(colours).not.toContain(NO_TEAM_COLOUR);
    // The yellow, hard to see on a light choropleth, is not used by a municipality with seven teams.
    expect(colours.slice(0, 7)).not.toContain('#f0e442');
  });
  it('builds a match expression with a fallback for centres without a team', () => {
    expect(buildTeamColourMatch(new Map([['noord', '#0072b2'], ['zuid', '#e69f00']]))).toEqual(['match', ['to-string', ['get', 'team']], 'noord', '#0072b2', 'zuid', '#e69f00', NO_TEAM_COLOUR]);
    expect(buildTeamColourMatch(new Map())).toBe(NO_TEAM_COLOUR);
  });
  it('checks its input', () => {
    expect(() => assignTeamColours('abc' as never)).toThrow(TypeError);
  });
});

describe('team colours of touching teams', () => {
  it('keeps orange and vermillion, blue and sky blue off touching teams', () => {
    // Five teams in a row, each touching the next: in id order they would take blue, orange, green, pink, vermillion.
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const colours = assignTeamColours(ids, { a: ['b'], b: ['c'], c: ['d'], d: ['e'], e: ['a'] });
    for (const [x, y] of [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e'], ['e', 'a']] as const) {
      expect(colourDifference(colours.get(x)!, colours.get(y)!)).toBeGreaterThanOrEqual(TEAM_NEIGHBOUR_MIN_DIFFERENCE);
    }
    expect(new Set(colours.values()).size).toBe(5);
  });
  it('keeps a fixed colour', () => {
    expect(assignTeamColours(['a', 'b'], { a: ['b'] }, { a: '#e69f00' }).get('a')).toBe('#e69f00');
  });
});
