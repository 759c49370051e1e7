/**
 * Bundles the Electron main process and the preload script with esbuild:
 *   electron/main/main.ts       → dist/electron/main.cjs
 *   electron/preload/preload.ts → dist/electron/preload.cjs
 * CommonJS for Node 22 (Electron 45's Node), `electron` external, with source maps. The preload runs
 * sandboxed and may only `require('electron')`; the build fails if its bundle needs anything else.
 *
 * Usage: `npm run build:electron` (or `tsx scripts/build-electron.ts [--out-dir <dir>]`).
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type BuildOptions, type Metafile } from 'esbuild';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The esbuild options of both bundles; `outDir` defaults to `dist/electron` under `root`. */
export function electronBuildOptions(root: string = REPO_ROOT, outDir = path.join(root, 'dist', 'electron')): BuildOptions[] {
  const common: BuildOptions = {
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['electron'],
    sourcemap: true,
    metafile: true,
    logLevel: 'warning',
    legalComments: 'none',
  };
  return [
    { ...common, entryPoints: [path.join(root, 'electron', 'main', 'main.ts')], outfile: path.join(outDir, 'main.cjs') },
    { ...common, entryPoints: [path.join(root, 'electron', 'preload', 'preload.ts')], outfile: path.join(outDir, 'preload.cjs') },
  ];
}

/** Modules a bundle still imports at run time (its external imports), from an esbuild metafile. */
export function externalImports(metafile: Metafile): string[] {
  const externals = new Set<string>();
  for (const output of Object.values(metafile.outputs)) {
    for (const imported of output.imports) {
      if (imported.external) externals.add(imported.path);
    }
  }
  return [...externals].sort();
}

/** Throws when a sandboxed preload bundle would `require` anything but `electron`. */
export function assertPreloadExternals(metafile: Metafile): void {
  const forbidden = externalImports(metafile).filter((name) => name !== 'electron');
  if (forbidden.length > 0) {
    throw new Error(
      `The preload bundle requires ${forbidden.join(', ')} at run time; a sandboxed preload can only ` +
        "require 'electron'. Move that code to the main process.",
    );
  }
}

/** Builds both bundles; resolves the written output files (relative to `root`). */
export async function buildElectron(root: string = REPO_ROOT, outDir?: string): Promise<string[]> {
  const [mainOptions, preloadOptions] = electronBuildOptions(root, outDir);
  if (mainOptions === undefined || preloadOptions === undefined) throw new Error('missing build options');
  const [mainResult, preloadResult] = await Promise.all([build(mainOptions), build(preloadOptions)]);
  if (preloadResult.metafile === undefined || mainResult.metafile === undefined) throw new Error('esbuild wrote no metafile');
  assertPreloadExternals(preloadResult.metafile);
  return [...Object.keys(mainResult.metafile.outputs), ...Object.keys(preloadResult.metafile.outputs)];
}

function isMainModule(): boolean {
  const entry = process.argv[1];
  return entry !== undefined && import.meta.url === pathToFileURL(path.resolve(entry)).href;
}

if (isMainModule()) {
  const outDirIndex = process.argv.indexOf('--out-dir');
  const outDir = outDirIndex >= 0 ? process.argv[outDirIndex + 1] : undefined;
  buildElectron(REPO_ROOT, outDir === undefined ? undefined : path.resolve(outDir))
    .then((files) => console.log(`Electron bundles written: ${files.join(', ')}`))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    });
}
