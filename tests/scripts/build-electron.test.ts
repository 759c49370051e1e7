import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Metafile } from 'esbuild';
import {
  assertPreloadExternals,
  buildElectron,
  electronBuildOptions,
  externalImports,
  REPO_ROOT,
} from '../../scripts/build-electron';

describe('electronBuildOptions', () => {
  it('bundles main and preload to CommonJS for Node 22 with electron external', () => {
    const options = electronBuildOptions('/repo');
    expect(options.map((o) => o.outfile)).toEqual([
      path.join('/repo', 'dist', 'electron', 'main.cjs'),
      path.join('/repo', 'dist', 'electron', 'preload.cjs'),
    ]);
    for (const o of options) {
      expect(o).toMatchObject({ bundle: true, platform: 'node', format: 'cjs', target: 'node22', external: ['electron'], sourcemap: true });
    }
  });
});

describe('assertPreloadExternals', () => {
  const metafile = (imports: { path: string; external?: boolean }[]): Metafile => ({
    inputs: {},
    outputs: {
      'dist/electron/preload.cjs': {
        bytes: 1,
        inputs: {},
        imports: imports.map((i) => ({ path: i.path, kind: 'require-call' as const, external: i.external })),
        exports: [],
      },
    },
  });

  it('accepts a preload that only requires electron', () => {
    expect(() => assertPreloadExternals(metafile([{ path: 'electron', external: true }]))).not.toThrow();
  });

  it('refuses a preload that requires Node modules', () => {
    const bad = metafile([
      { path: 'electron', external: true },
      { path: 'node:fs', external: true },
      { path: 'electron/shared/ipc-contract.ts' },
    ]);
    expect(externalImports(bad)).toEqual(['electron', 'node:fs']);
    expect(() => assertPreloadExternals(bad)).toThrow(/requires node:fs at run time/);
  });
});

describe('buildElectron (real esbuild run)', () => {
  let outDir: string;
  let main: string;
  let preload: string;

  beforeAll(async () => {
    outDir = await mkdtemp(path.join(os.tmpdir(), 'wijkzicht-electron-build-'));
    await buildElectron(REPO_ROOT, outDir);
    main = await readFile(path.join(outDir, 'main.cjs'), 'utf8');
    preload = await readFile(path.join(outDir, 'preload.cjs'), 'utf8');
  });

  afterAll(async () => {
    await rm(outDir, { recursive: true, force: true });
  });

  it('writes CommonJS bundles with source maps', async () => {
    expect(main).toContain('require("electron")');
    expect(main).toContain('//# sourceMappingURL=main.cjs.map');
    expect(JSON.parse(await readFile(path.join(outDir, 'preload.cjs.map'), 'utf8'))).toHaveProperty('mappings');
    expect(main).not.toMatch(/^\s*import\s/m);
  });

  it('produces a preload that requires nothing but electron and exposes window.wijkzicht', () => {
    const required = [...preload.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);
    expect(required).toEqual(['electron']);
    expect(preload).toContain('exposeInMainWorld("wijkzicht"');
  });

  it('bundles the hardened window settings and the app:// start page into main', () => {
    expect(main).toContain('contextIsolation: true');
    expect(main).toContain('sandbox: true');
    expect(main).toContain('nodeIntegration: false');
    expect(main).toContain('webviewTag: false');
    expect(main).toContain('requestSingleInstanceLock');
    expect(main).toContain('/index.html');
  });
});
