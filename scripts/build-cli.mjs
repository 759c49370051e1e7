/**
 * Builds the command line once into an ES module bundle with esbuild, so that `npm run cli` starts Node on
 * JavaScript instead of compiling TypeScript with tsx at every call (issue 16.6):
 *
 *   cli/wijkzicht.ts                        → dist/cli/wijkzicht.mjs (each command a chunk loaded when used)
 *   cli/commands/import-thread.ts           → dist/cli/import-thread.mjs (the import command's worker_thread)
 *   data/import/node/read-inputs-thread.ts  → dist/cli/read-inputs-thread.mjs (reading tables in a worker_thread)
 *
 * Plain JavaScript on purpose: `scripts/cli.mjs` (what `npm run cli` runs) imports it to check that the bundle
 * is fresh, and that check must not need tsx.
 *
 * Fresh means: every file esbuild read for the last build (listed in dist/cli/inputs.json), this script and
 * node_modules/.package-lock.json (which npm rewrites at every install; the packages' own files keep the
 * dates of their tarballs) are no newer than the bundle. A few hundred `stat` calls, a few milliseconds.
 *
 * Usage: `npm run build:cli` (always builds) or `node scripts/build-cli.mjs --if-stale`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const THIS_SCRIPT = fileURLToPath(import.meta.url);

/** The bundle's folder and entry under `root`. */
export const cliBundleDir = (root = REPO_ROOT) => path.join(root, 'dist', 'cli');
export const cliBundleEntry = (root = REPO_ROOT) => path.join(cliBundleDir(root), 'wijkzicht.mjs');
const inputsFile = (dir) => path.join(dir, 'inputs.json');

/**
 * True when dist/cli holds a bundle built from the sources as they are now: no input of the last build (nor
 * this script) was changed, or removed, after the bundle was written.
 *
 * @param {string} [root]
 * @returns {boolean}
 */
export function cliBundleIsFresh(root = REPO_ROOT) {
  const dir = cliBundleDir(root);
  let builtMs;
  let inputs;
  try {
    builtMs = statSync(cliBundleEntry(root)).mtimeMs;
    inputs = JSON.parse(readFileSync(inputsFile(dir), 'utf8')).inputs;
  } catch {
    return false;
  }
  if (!Array.isArray(inputs) || inputs.length === 0) return false;
  for (const file of [THIS_SCRIPT, path.join(root, 'node_modules', '.package-lock.json')]) {
    if (existsSync(file) && statSync(file).mtimeMs > builtMs) return false;
  }
  for (const input of inputs) {
    try {
      if (statSync(path.resolve(root, input)).mtimeMs > builtMs) return false;
    } catch {
      return false; // an input was removed or renamed
    }
  }
  return true;
}

/** Files of a build with fixed names, moved in last (the entry last of all: its date marks the build). */
const FIXED = ['import-thread.mjs', 'read-inputs-thread.mjs', 'inputs.json', 'wijkzicht.mjs'];
/** Chunks of earlier builds are removed once they are this old (a CLI still running may load them). */
const OLD_CHUNK_MS = 10 * 60_000;

/**
 * Builds the bundle into a folder of its own beside dist/cli, then moves it in file by file: first the
 * chunks (their names carry a hash of their content, so they never replace a different file), then the
 * files with fixed names, each by an atomic rename. A CLI started meanwhile never sees a missing or half
 * written entry, a CLI still running from the previous build still finds its chunks, and two builds at once
 * write the same files. Chunks no build has written for ten minutes are removed.
 *
 * @param {string} [root]
 * @returns {Promise<string>} the bundle's entry file
 */
export async function buildCliBundle(root = REPO_ROOT) {
  const { build } = await import('esbuild');
  const dir = cliBundleDir(root);
  const temporary = `${dir}.building-${process.pid}-${Date.now()}`;
  mkdirSync(dir, { recursive: true });
  try {
    const result = await build({
      absWorkingDir: root,
      entryPoints: {
        wijkzicht: path.join(root, 'cli', 'wijkzicht.ts'),
        'import-thread': path.join(root, 'cli', 'commands', 'import-thread.ts'),
        'read-inputs-thread': path.join(root, 'data', 'import', 'node', 'read-inputs-thread.ts'),
      },
      outdir: temporary,
      // One folder, no subfolders: modules find their siblings (the worker entry) beside import.meta.url.
      chunkNames: '[name]-[hash]',
      outExtension: { '.js': '.mjs' },
      bundle: true,
      // Each command is a chunk loaded when it runs: `--help` or `summary` do not load the importers.
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      // DuckDB-WASM and Arrow stay in node_modules: DuckDB finds its .wasm and worker files there (data/db
      // resolves them with require.resolve), and both must share one apache-arrow. The other packages are
      // bundled: Node then neither resolves hundreds of files nor scans CommonJS modules for their exports.
      external: ['@duckdb/duckdb-wasm', 'apache-arrow'],
      // Bundled CommonJS packages call require(): give the ES module bundle one.
      banner: { js: "import { createRequire as __wijkzichtRequire } from 'node:module'; const require = __wijkzichtRequire(import.meta.url);" },
      metafile: true,
      logLevel: 'warning',
      legalComments: 'none',
    });
    const inputs = Object.keys(result.metafile.inputs).sort();
    writeFileSync(inputsFile(temporary), `${JSON.stringify({ note: 'Sources of this bundle, for scripts/build-cli.mjs --if-stale', inputs }, null, 1)}\n`);
    const written = readdirSync(temporary);
    for (const file of written.filter((f) => !FIXED.includes(f))) renameSync(path.join(temporary, file), path.join(dir, file));
    for (const file of FIXED) renameSync(path.join(temporary, file), path.join(dir, file));
    const now = Date.now();
    for (const file of readdirSync(dir)) {
      const at = path.join(dir, file);
      if (!written.includes(file) && now - statSync(at).mtimeMs > OLD_CHUNK_MS) rmSync(at, { force: true });
    }
  } finally {
    rmSync(temporary, { recursive: true, force: true });
  }
  return cliBundleEntry(root);
}

/**
 * The bundle's entry, built first when it is missing or stale.
 *
 * @param {string} [root]
 * @returns {Promise<string>}
 */
export async function ensureCliBundle(root = REPO_ROOT) {
  return cliBundleIsFresh(root) ? cliBundleEntry(root) : buildCliBundle(root);
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(path.resolve(entry)).href) {
  const ifStale = process.argv.includes('--if-stale');
  (ifStale ? ensureCliBundle() : buildCliBundle()).then(
    (file) => {
      if (!ifStale) console.log(`CLI bundle written: ${path.relative(REPO_ROOT, file)}`);
    },
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
