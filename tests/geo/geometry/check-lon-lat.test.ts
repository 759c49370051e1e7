import { describe, expect, it } from 'vitest';
import { checkLonLat } from '../../../geo/geometry/check-lon-lat';

describe('checkLonLat', () => {
  it('returns valid pairs and throws on everything else', () => {
    expect(checkLonLat([3.95, 50.85], 'p')).toEqual([3.95, 50.85]);
    expect(checkLonLat([-180, -90], 'p')).toEqual([-180, -90]);
    expect(() => checkLonLat([180.1, 0], 'p')).toThrow(/longitude/);
    expect(() => checkLonLat([0, -90.1], 'p')).toThrow(/latitude/);
    expect(() => checkLonLat('3,50', 'p')).toThrow(TypeError);
    expect(() => checkLonLat([3], 'centre')).toThrow(/centre/);
  });
});
