import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

// Plain JavaScript (npm run cli must not need tsx), so imported by URL, with its types stated here.
const { cliBundleIsFresh } = (await import(pathToFileURL(path.resolve(import.meta.dirname, '..', '..', 'scripts', 'build-cli.mjs')).href)) as {
  cliBundleIsFresh(root: string): boolean;
};

describe('cliBundleIsFresh (npm run cli rebuilds dist/cli when this says false)', () => {
  let root: string;
  // The bundle is written at the start of each test; its inputs a minute before (scripts/build-cli.mjs itself
  // is one of them, and was saved before the test ran).
  const at = (file: string, secondsAgo: number) => {
    const when = new Date(Date.now() - secondsAgo * 1000);
    utimesSync(path.join(root, file), when, when);
  };
  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'wijkzicht-build-cli-'));
    mkdirSync(path.join(root, 'dist', 'cli'), { recursive: true });
    mkdirSync(path.join(root, 'cli'));
    writeFileSync(path.join(root, 'cli', 'wijkzicht.ts'), '');
    writeFileSync(path.join(root, 'cli', 'other.ts'), '');
    writeFileSync(path.join(root, 'dist', 'cli', 'wijkzicht.mjs'), '');
    writeFileSync(path.join(root, 'dist', 'cli', 'inputs.json'), JSON.stringify({ inputs: ['cli/wijkzicht.ts', 'cli/other.ts'] }));
    at('cli/wijkzicht.ts', 60);
    at('cli/other.ts', 60);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('is fresh when every input is older than the bundle', () => {
    expect(cliBundleIsFresh(root)).toBe(true);
  });
  it('is stale when an input was edited after the build', () => {
    at('cli/other.ts', -5); // saved after the build (whose bundle was written just now)
    expect(cliBundleIsFresh(root)).toBe(false);
  });
  it('is stale when an input is gone, or npm installed packages after the build', () => {
    rmSync(path.join(root, 'cli', 'other.ts'));
    expect(cliBundleIsFresh(root)).toBe(false);
    writeFileSync(path.join(root, 'cli', 'other.ts'), '');
    at('cli/other.ts', 60);
    mkdirSync(path.join(root, 'node_modules'));
    writeFileSync(path.join(root, 'node_modules', '.package-lock.json'), '{}');
    expect(cliBundleIsFresh(root)).toBe(false);
  });
  it('is stale without a bundle or without the list of its inputs', () => {
    rmSync(path.join(root, 'dist', 'cli', 'inputs.json'));
    expect(cliBundleIsFresh(root)).toBe(false);
    writeFileSync(path.join(root, 'dist', 'cli', 'inputs.json'), JSON.stringify({ inputs: ['cli/wijkzicht.ts'] }));
    rmSync(path.join(root, 'dist', 'cli', 'wijkzicht.mjs'));
    expect(cliBundleIsFresh(root)).toBe(false);
  });
});
