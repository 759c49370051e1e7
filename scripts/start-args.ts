/**
 * Command-line handling of `npm start` (pure, unit-tested):
 *
 *   npm start [-- --package <dir|file.zip>] [--no-build] [--port <n>] [--open] [other Electron flags]
 *
 * `WIJKZICHT_PACKAGE` names the package when `--package` is absent. Relative package paths are resolved
 * against the directory `npm start` was typed in (`INIT_CWD`), not the repo root npm switches to.
 * `--port` and `--open` only matter for the browser fallback; other flags go to Electron.
 */

export interface StartOptions {
  /** Absolute path of the start-up package, or null. */
  readonly packagePath: string | null;
  /** False with `--no-build`: reuse `dist/` as it is. */
  readonly build: boolean;
  /** `--port <n>` for the browser fallback. */
  readonly port: string | null;
  /** `--open` for the browser fallback. */
  readonly open: boolean;
  /** Everything else, passed to Electron after the main script. */
  readonly electronArgs: readonly string[];
}

/** Parses `argv` (without node and script); `resolvePath` makes a path absolute (e.g. against `INIT_CWD`). */
export function parseStartArgs(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  resolvePath: (relativeOrAbsolute: string) => string,
): StartOptions {
  let packageArg: string | null = null;
  let build = true;
  let port: string | null = null;
  let open = false;
  const electronArgs: string[] = [];

  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--package' || arg === '--port') {
      const value = argv[i + 1];
      if (value === undefined || value === '' || value.startsWith('--')) {
        throw new Error(`${arg} needs a value, e.g. npm start -- ${arg} ${arg === '--port' ? '5173' : './my-package'}`);
      }
      if (arg === '--package') packageArg = value;
      else port = value;
      i += 1;
    } else if (arg.startsWith('--package=')) {
      packageArg = requireValue(arg, '--package=');
    } else if (arg.startsWith('--port=')) {
      port = requireValue(arg, '--port=');
    } else if (arg === '--no-build') {
      build = false;
    } else if (arg === '--open') {
      open = true;
    } else {
      electronArgs.push(arg);
    }
  }

  const fromEnv = env.WIJKZICHT_PACKAGE?.trim() || null;
  const chosen = packageArg ?? fromEnv;
  return { packagePath: chosen === null ? null : resolvePath(chosen), build, port, open, electronArgs };
}

/** Arguments for Electron: the bundled main script, the package (if any), then the pass-through flags. */
export function electronArguments(mainScript: string, options: StartOptions): string[] {
  return [
    mainScript,
    ...(options.packagePath === null ? [] : ['--package', options.packagePath]),
    ...options.electronArgs,
  ];
}

/** Arguments for `scripts/web.ts` in the browser fallback (the renderer is already built). */
export function webArguments(options: StartOptions): string[] {
  return [
    '--no-build',
    ...(options.packagePath === null ? [] : ['--package', options.packagePath]),
    ...(options.port === null ? [] : ['--port', options.port]),
    ...(options.open ? ['--open'] : []),
  ];
}

function requireValue(arg: string, prefix: string): string {
  const value = arg.slice(prefix.length);
  if (value === '') throw new Error(`${prefix} needs a value`);
  return value;
}
