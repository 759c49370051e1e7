import { describe, expect, it } from 'vitest';
import { teamColoursOf } from '../../../../../renderer/features/explorer/layers/overlay-data';

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
