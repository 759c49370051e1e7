/**
 * `npm start`: builds the renderer and the Electron bundles, then opens the desktop app. When the Electron
 * binary is missing and cannot be downloaded (e.g. offline), it says so in one line and serves the same
 * app in the browser via `scripts/web.ts`, so the command always starts Wijkzicht.
 *
 *   npm start
 *   npm start -- --package ./path/to/package      (or a .zip; or WIJKZICHT_PACKAGE=...)
 *   npm start -- --no-build                        (reuse dist/ as built)
 *   npm start -- --port 5174 --open                (browser fallback only)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { buildElectron, REPO_ROOT } from './build-electron';
import { browserFallbackMessage, decideLaunch, downloadElectron, probeElectron } from './electron-availability';
import { electronArguments, parseStartArgs, webArguments, type StartOptions } from './start-args';

const resolveModule = createRequire(import.meta.url).resolve;
const ELECTRON_DIR = path.join(REPO_ROOT, 'node_modules', 'electron');
const MAIN_BUNDLE = path.join(REPO_ROOT, 'dist', 'electron', 'main.cjs');
const RENDERER_INDEX = path.join(REPO_ROOT, 'dist', 'renderer', 'index.html');
const WEB_SCRIPT = path.join(REPO_ROOT, 'scripts', 'web.ts');

async function main(): Promise<number> {
  const userCwd = process.env.INIT_CWD ?? process.cwd();
  const options = parseStartArgs(process.argv.slice(2), process.env, (p) => path.resolve(userCwd, p));

  if (options.build) {
    const viteBin = path.join(path.dirname(resolveModule('vite/package.json')), 'bin', 'vite.js');
    const viteExit = await run(process.execPath, [viteBin, 'build'], REPO_ROOT);
    if (viteExit !== 0) throw new Error(`The renderer build (vite build) failed with exit code ${viteExit}.`);
    await buildElectron(REPO_ROOT);
  }
  for (const required of [RENDERER_INDEX, MAIN_BUNDLE]) {
    if (!existsSync(required)) {
      throw new Error(`${path.relative(REPO_ROOT, required)} is missing: run npm start without --no-build.`);
    }
  }

  let decision = decideLaunch(probeElectron(ELECTRON_DIR), null);
  if (decision.action === 'download') {
    console.log('The Electron binary is not installed yet; downloading it once (this can take a minute)…');
    const outcome = await downloadElectron(ELECTRON_DIR);
    decision = decideLaunch(probeElectron(ELECTRON_DIR), outcome);
  }

  switch (decision.action) {
    case 'launch-electron':
      return launchElectron(decision.binary, options);
    case 'browser-fallback':
      console.log(browserFallbackMessage(decision.reason));
      return run(process.execPath, [resolveModule('tsx/cli'), WEB_SCRIPT, ...webArguments(options)], REPO_ROOT);
    case 'download':
      throw new Error('unreachable: the Electron download was already attempted');
  }
}

function launchElectron(binary: string, options: StartOptions): Promise<number> {
  const env = { ...process.env };
  // Set by some tools; it would make Electron behave as plain Node and ignore the app.
  delete env.ELECTRON_RUN_AS_NODE;
  return run(binary, electronArguments(MAIN_BUNDLE, options), REPO_ROOT, env);
}

/** Runs a child with inherited stdio, forwarding Ctrl+C/SIGTERM; resolves its exit code (1 for a signal). */
function run(command: string, args: readonly string[], cwd: string, env = process.env): Promise<number> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(command, args, { cwd, env, stdio: 'inherit', windowsHide: false });
    const forward = (signal: NodeJS.Signals): void => {
      child.kill(signal);
    };
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    const cleanup = (): void => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
    };
    child.on('error', (error) => {
      cleanup();
      reject(new Error(`Could not start ${path.basename(command)}: ${error.message}`));
    });
    child.on('close', (code) => {
      cleanup();
      resolve(code ?? 1);
    });
  });
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
