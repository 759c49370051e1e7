import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';

/**
 * Starts a worker_thread on a TypeScript (or JavaScript) module. The tests and the fuzzer run from source
 * under tsx or Vitest, and a worker_thread does not inherit their loader, so for a `.ts` entry the worker
 * first registers tsx's loader, then imports `entry`; the bundled CLI (dist/cli) gives a `.mjs` entry. `workerData.data` reaches the module as
 * `workerData.data`.
 */
const BOOT = `
const { workerData } = require('node:worker_threads');
(async () => {
  if (workerData.tsx) (await import(workerData.tsx)).register();
  await import(workerData.entry);
})().catch((error) => { setTimeout(() => { throw error; }); });
`;

let tsxApi: string | null | undefined;

function tsxLoader(): string | null {
  if (tsxApi === undefined) {
    try {
      // The ES module entry of tsx's API (require.resolve finds its CommonJS twin beside it).
      const esm = createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs');
      tsxApi = existsSync(esm) ? pathToFileURL(esm).href : null;
    } catch {
      tsxApi = null;
    }
  }
  return tsxApi;
}

/**
 * The module `stem` beside `base` (an `import.meta.url`): `<stem>.ts` when the code runs from source (tsx,
 * Vitest), else `<stem>.mjs`, the worker's entry that scripts/build-cli.mjs writes beside the CLI bundle.
 *
 * @example
 * startTsWorker(siblingModule('read-inputs-thread', import.meta.url), null);
 */
export function siblingModule(stem: string, base: string): URL {
  const source = new URL(`./${stem}.ts`, base);
  return existsSync(source) ? source : new URL(`./${stem}.mjs`, base);
}

export function startTsWorker(entry: URL, data: unknown, resourceLimits?: ResourceLimits): Worker {
  const tsx = entry.pathname.endsWith('.ts') ? tsxLoader() : null;
  return new Worker(BOOT, { eval: true, workerData: { entry: entry.href, tsx, data }, ...(resourceLimits ? { resourceLimits } : {}), stdout: false, stderr: false });
}
