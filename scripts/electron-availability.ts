/**
 * Is the Electron binary usable on this machine? The `electron` npm package (42+) has no install script:
 * it downloads its binary into `node_modules/electron/dist` on first use and records the executable's
 * path in `node_modules/electron/path.txt`. `npm start` probes that, tries the download once, and falls
 * back to the browser (`npm run web`) when it fails, e.g. offline.
 *
 * {@link decideLaunch} is the pure decision; {@link probeElectron} and {@link downloadElectron} gather its
 * inputs from the file system and the download attempt.
 */
import { spawn } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** What was found in `node_modules/electron`. */
export interface ElectronProbe {
  /** Trimmed content of `path.txt` (e.g. `electron`, `electron.exe`), or null when the file is missing. */
  readonly pathTxt: string | null;
  /** Where the binary would be (`<dist>/<pathTxt>`), or null without `path.txt` or when it leaves `dist`. */
  readonly binary: string | null;
  /** True when {@link binary} exists and is a regular file. */
  readonly binaryExists: boolean;
}

export type DownloadOutcome = { readonly ok: true } | { readonly ok: false; readonly reason: string };

export type LaunchDecision =
  | { readonly action: 'launch-electron'; readonly binary: string }
  | { readonly action: 'download' }
  | { readonly action: 'browser-fallback'; readonly reason: string };

/**
 * What `npm start` does next. Launch Electron when the binary exists; otherwise try the download once
 * (`download === null` means not tried yet); after a failed or useless download, fall back to the browser.
 * After a download, call it again with a fresh probe.
 */
export function decideLaunch(probe: ElectronProbe, download: DownloadOutcome | null): LaunchDecision {
  if (probe.binary !== null && probe.binaryExists) {
    return { action: 'launch-electron', binary: probe.binary };
  }
  if (download === null) return { action: 'download' };
  if (!download.ok) return { action: 'browser-fallback', reason: download.reason };
  return {
    action: 'browser-fallback',
    reason:
      probe.pathTxt === null
        ? 'the download finished but wrote no node_modules/electron/path.txt'
        : `the download finished but ${probe.binary ?? probe.pathTxt} is missing`,
  };
}

/** The one line `npm start` prints before falling back to the browser. */
export function browserFallbackMessage(reason: string): string {
  return (
    `Electron is not available on this machine (its binary could not be downloaded: ${reason}). ` +
    'Starting the same app in your browser instead: npm run web'
  );
}

/**
 * The binary `path.txt` points to, inside `distDir`; null when `pathTxt` is empty or escapes `distDir`
 * (absolute, or with `..`).
 */
export function binaryLocation(distDir: string, pathTxt: string): string | null {
  if (pathTxt === '' || path.isAbsolute(pathTxt)) return null;
  const binary = path.resolve(distDir, pathTxt);
  const relative = path.relative(path.resolve(distDir), binary);
  if (relative === '' || path.isAbsolute(relative) || relative.split(path.sep)[0] === '..') return null;
  return binary;
}

/**
 * Probes `electronDir` (normally `node_modules/electron`). Honours `ELECTRON_OVERRIDE_DIST_PATH` as the
 * `electron` package itself does.
 */
export function probeElectron(
  electronDir: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
): ElectronProbe {
  let pathTxt: string | null;
  try {
    pathTxt = readFileSync(path.join(electronDir, 'path.txt'), 'utf8').trim();
  } catch {
    pathTxt = null;
  }
  if (pathTxt === null) return { pathTxt, binary: null, binaryExists: false };
  const distDir = env.ELECTRON_OVERRIDE_DIST_PATH || path.join(electronDir, 'dist');
  const binary = binaryLocation(distDir, pathTxt);
  return { pathTxt, binary, binaryExists: binary !== null && isFile(binary) };
}

/**
 * A short, single-line reason from the output of a failed `install.js` run: a network error code line if
 * there is one (`getaddrinfo ENOTFOUND github.com`), else the first error message (`fetch failed`), else
 * the last line of output, else the exit status. At most 160 characters.
 */
export function summariseDownloadFailure(
  output: string,
  status: { readonly exitCode: number | null; readonly timedOutAfterMs?: number },
): string {
  if (status.timedOutAfterMs !== undefined) {
    const ms = status.timedOutAfterMs;
    return `the download timed out after ${ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`}`;
  }
  const lines = output
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('at '));
  const networkLine = lines.find((line) =>
    /\b(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|CERT_[A-Z_]+|UNABLE_TO_[A-Z_]+|HTTPError|Response code \d+)\b/.test(
      line,
    ),
  );
  const errorLine = lines.find((line) => /^([A-Za-z]*Error|Error)\b:?/.test(line));
  const chosen = networkLine ?? errorLine ?? lines.at(-1);
  const reason =
    chosen === undefined
      ? `install.js exited with code ${status.exitCode ?? 'unknown'}`
      : chosen.replace(/^(\[[^\]]*\]\s*)?([A-Za-z]*Error):\s*/, '');
  return reason.length > 160 ? `${reason.slice(0, 157)}...` : reason;
}

/**
 * Runs `node <electronDir>/install.js` once (it downloads the binary), capturing its output. Resolves
 * `{ ok: false, reason }` on a non-zero exit, a spawn error or after `timeoutMs`.
 */
export function downloadElectron(electronDir: string, timeoutMs = 120_000): Promise<DownloadOutcome> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(electronDir, 'install.js')], {
      cwd: electronDir,
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
    });
    let output = '';
    const collect = (chunk: Buffer): void => {
      if (output.length < 64_000) output += chunk.toString('utf8');
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill();
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ ok: false, reason: `could not run install.js (${error.message})` });
    });
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      if (!timedOut && exitCode === 0) {
        resolve({ ok: true });
        return;
      }
      const status = timedOut ? { exitCode, timedOutAfterMs: timeoutMs } : { exitCode };
      resolve({ ok: false, reason: summariseDownloadFailure(output, status) });
    });
  });
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
