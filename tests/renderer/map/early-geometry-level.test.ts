import { describe, expect, it } from 'vitest';
import type { LoadedPackage } from '../../../data/package/model';
import { readPackage } from '../../../data/package/read-package';
import { createMemorySource } from '../../../data/package/sources/memory-source';
import { EARLY_GEOMETRY_MAX_AREAS, earlyGeometryLevel } from '../../../renderer/map/early-geometry-level';
import { demoFiles } from '../../helpers/package-copies';

const demo = async (): Promise<LoadedPackage> => (await readPackage(createMemorySource('demo', demoFiles()))).pkg!;
const count = (pkg: LoadedPackage, level: string) => pkg.levels.find((l) => l.level === level)!.areas.features.length;

describe('earlyGeometryLevel', () => {
  it('gives the level of a small package, up to the threshold', async () => {
    const pkg = await demo();
    const wijken = count(pkg, 'wijk');
    expect(earlyGeometryLevel(pkg, 'wijk')).toBe('wijk');
    expect(earlyGeometryLevel(pkg, 'wijk', wijken)).toBe('wijk');
    expect(earlyGeometryLevel(pkg, 'wijk', wijken - 1)).toBeNull();
    expect(earlyGeometryLevel(pkg, 'team', count(pkg, 'team'))).toBe('team');
  });

  it('gives null above the threshold (a Belgian-size level) and for a level the package lacks', async () => {
    const pkg = await demo();
    const sectors = count(pkg, pkg.baseLevel);
    expect(earlyGeometryLevel(pkg, pkg.baseLevel, sectors - 1)).toBeNull();
    expect(earlyGeometryLevel(pkg, 'provincie')).toBeNull();
    expect(earlyGeometryLevel(pkg, '')).toBeNull();
    expect(EARLY_GEOMETRY_MAX_AREAS).toBeLessThan(19_790);
  });

  it('refuses a threshold that is not a number ≥ 0', async () => {
    const pkg = await demo();
    expect(() => earlyGeometryLevel(pkg, 'wijk', -1)).toThrow(RangeError);
    expect(() => earlyGeometryLevel(pkg, 'wijk', Number.NaN)).toThrow(RangeError);
  });
});
