import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { refuseFixtureWritesInCI } from '../helpers/fixture-guard';
import { expectGolden, goldenMode } from './golden';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

describe('golden files cannot be rewritten in CI', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('compares by default and updates with UPDATE_GOLDEN=1 outside CI', () => {
    expect(goldenMode({})).toBe('compare');
    expect(goldenMode({ UPDATE_GOLDEN: '1' })).toBe('update');
    expect(goldenMode({ UPDATE_GOLDEN: '1', CI: 'false' })).toBe('update');
    expect(goldenMode({ UPDATE_GOLDEN: '1', CI: '0' })).toBe('update');
  });

  it('refuses UPDATE_GOLDEN=1 when CI is set, with a message that says why and what to do', () => {
    for (const CI of ['true', '1', 'yes']) {
      expect(() => goldenMode({ UPDATE_GOLDEN: '1', CI })).toThrow(/UPDATE_GOLDEN=1 refused because CI is set.*never rewritten in CI.*review the diff/);
    }
    // CI alone (comparing) is fine.
    expect(goldenMode({ CI: 'true' })).toBe('compare');
  });

  it('expectGolden throws under UPDATE_GOLDEN=1 and CI, and writes nothing', () => {
    vi.stubEnv('UPDATE_GOLDEN', '1');
    vi.stubEnv('CI', 'true');
    const file = join(fixtures, 'measure-area', 'never-written-by-this-test.out.json');
    expect(() => expectGolden('measure-area', 'never-written-by-this-test', { area: 1.5 })).toThrow(/refused because CI is set/);
    expect(existsSync(file)).toBe(false);
  });

  it('expectGolden still compares in CI', () => {
    vi.stubEnv('UPDATE_GOLDEN', '');
    vi.stubEnv('CI', 'true');
    expect(() => expectGolden('measure-area', 'never-written-by-this-test', {})).toThrow(/missing golden file/);
  });

  it('the fixture generators use the same guard', () => {
    expect(() => refuseFixtureWritesInCI('generate-fixtures.ts', { CI: 'true' })).toThrow(/^generate-fixtures\.ts refused because CI is set \(CI=true\)/);
    expect(() => refuseFixtureWritesInCI('generate-fixtures.ts', {})).not.toThrow();
  });
});
