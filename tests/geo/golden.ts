/**
 * Golden-file helper for the geo/ tests. Inputs live in `tests/geo/fixtures/<name>/<case>.in.geojson` or
 * `<case>.in.json`, expected outputs in `<case>.out.json`. Outputs are compared exactly after a JSON round
 * trip with numbers rounded to 10 significant digits (so a last-bit difference in a transcendental function
 * does not fail a test). Set `UPDATE_GOLDEN=1` to (re)write the `.out.json` files instead of comparing; a
 * missing expected file fails with a hint. With CI set, UPDATE_GOLDEN=1 is refused (the test fails).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { refuseFixtureWritesInCI } from '../helpers/fixture-guard';

/**
 * Whether the golden files are compared or (re)written: `update` with UPDATE_GOLDEN=1, which throws when CI
 * is set too.
 *
 * @example
 * goldenMode({ UPDATE_GOLDEN: '1' })             // → 'update'
 * goldenMode({ UPDATE_GOLDEN: '1', CI: 'true' }) // throws: UPDATE_GOLDEN=1 refused because CI is set …
 */
export function goldenMode(env: NodeJS.ProcessEnv = process.env): 'compare' | 'update' {
  if (env.UPDATE_GOLDEN !== '1') return 'compare';
  refuseFixtureWritesInCI('UPDATE_GOLDEN=1', env);
  return 'update';
}
const fixturesRoot = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** The cases of a fixture folder: names of the `*.in.geojson` / `*.in.json` files without the suffix, sorted. */
export function listGoldenCases(name: string): string[] {
  const dir = join(fixturesRoot, name);
  return readdirSync(dir)
    .filter((f) => /\.in\.(geo)?json$/.test(f))
    .map((f) => f.replace(/\.in\.(geo)?json$/, ''))
    .sort();
}

/** The parsed input of one case. */
export function readGoldenInput<T = unknown>(name: string, caseName: string): T {
  const dir = join(fixturesRoot, name);
  const file = [`${caseName}.in.geojson`, `${caseName}.in.json`].map((f) => join(dir, f)).find((f) => existsSync(f));
  if (file === undefined) throw new Error(`no input fixture for ${name}/${caseName}`);
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

function normalise(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value), (_key, v: unknown) => (typeof v === 'number' && !Number.isInteger(v) ? Number(v.toPrecision(10)) : v));
}

/** Compares `actual` with `<case>.out.json`, or writes it when UPDATE_GOLDEN=1 (refused in CI). */
export function expectGolden(name: string, caseName: string, actual: unknown): void {
  const file = join(fixturesRoot, name, `${caseName}.out.json`);
  const normalised = normalise(actual);
  if (goldenMode() === 'update') {
    writeFileSync(file, `${JSON.stringify(normalised, null, 1)}\n`);
    return;
  }
  if (!existsSync(file)) throw new Error(`missing golden file ${file}: run the tests with UPDATE_GOLDEN=1 to create it`);
  expect(normalised).toEqual(JSON.parse(readFileSync(file, 'utf8')));
}
