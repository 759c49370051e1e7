/**
 * Access to the data packages the user chose (a folder, or one .zip file). The main process keeps the real
 * locations; the renderer only sees {@link PackageHandle}s and can read exactly the files listed in them.
 *
 * Pure Node (fs/path), no `electron` import, so the path rules are unit-tested against a temp dir.
 */
import { randomUUID } from 'node:crypto';
import type { Dirent, Stats } from 'node:fs';
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { PackageFileEntry, PackageHandle } from '../shared/ipc-contract';

/** Upper bounds for one folder package; exceeding one aborts opening with a {@link PackageAccessError}. */
export interface PackageLimits {
  readonly maxFiles: number;
  readonly maxTotalBytes: number;
}

export const DEFAULT_PACKAGE_LIMITS: PackageLimits = {
  maxFiles: 10_000,
  maxTotalBytes: 2 * 1024 ** 3,
};

/** The command-line flag and environment variable that name the package to open at start-up. */
export const PACKAGE_FLAG = '--package';
export const PACKAGE_ENV = 'WIJKZICHT_PACKAGE';

/** Every failure a user can cause (missing path, refused path, too large, unknown handle). */
export class PackageAccessError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PackageAccessError';
  }
}

/**
 * The value of `--package <path>` or `--package=<path>` in `argv` (the first occurrence), or null when the
 * flag is absent. Throws when the flag has no value.
 */
export function packageArgument(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === PACKAGE_FLAG) {
      const value = argv[i + 1];
      if (value === undefined || value === '' || value.startsWith('--')) {
        throw new PackageAccessError(`${PACKAGE_FLAG} needs a folder or .zip path, e.g. ${PACKAGE_FLAG} ./my-package`);
      }
      return value;
    }
    if (arg !== undefined && arg.startsWith(`${PACKAGE_FLAG}=`)) {
      const value = arg.slice(PACKAGE_FLAG.length + 1);
      if (value === '') {
        throw new PackageAccessError(`${PACKAGE_FLAG}= needs a folder or .zip path`);
      }
      return value;
    }
  }
  return null;
}

/**
 * The absolute location of the start-up package: `--package` on the command line wins over the
 * `WIJKZICHT_PACKAGE` environment variable; relative paths are resolved against `cwd`. Null when neither is set.
 */
export function startupPackageLocation(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
): string | null {
  const location = packageArgument(argv) ?? (env[PACKAGE_ENV]?.trim() || null);
  return location === null ? null : path.resolve(cwd, location);
}

/**
 * True for a package-relative file path as listed in a handle: `/`-separated, non-empty segments, no `.`
 * or `..`, not absolute (no leading `/`, no drive letter), no backslashes or NUL bytes.
 */
export function isSafeRelativePath(filePath: string): boolean {
  if (filePath === '' || filePath.length > 4096) return false;
  if (filePath.includes('\0') || filePath.includes('\\')) return false;
  if (filePath.startsWith('/') || /^[A-Za-z]:/.test(filePath)) return false;
  return filePath.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

/** True when `candidate` is strictly inside `root` (both absolute, already resolved). */
export function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  if (relative === '' || path.isAbsolute(relative)) return false;
  return relative.split(path.sep)[0] !== '..';
}

/**
 * Lists every regular file under `root` (which must be a real path), recursively, as `/`-separated
 * relative paths sorted by path. Skips dot-files and dot-folders, `node_modules`, sockets and the like.
 * Symlinks to files are listed only when their target stays inside `root`; symlinked folders are not
 * followed. Throws a {@link PackageAccessError} when the package exceeds `limits`.
 */
export async function listPackageFolder(
  root: string,
  limits: PackageLimits = DEFAULT_PACKAGE_LIMITS,
): Promise<PackageFileEntry[]> {
  const files: PackageFileEntry[] = [];
  let totalBytes = 0;
  const pending: string[] = [''];

  while (pending.length > 0) {
    const relativeDir = pending.pop() as string;
    const entries: Dirent[] = await readdir(path.join(root, relativeDir), { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const relative = relativeDir === '' ? entry.name : `${relativeDir}/${entry.name}`;
      const absolute = path.join(root, relative);
      let size: number;
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') pending.push(relative);
        continue;
      } else if (entry.isFile()) {
        size = (await lstat(absolute)).size;
      } else if (entry.isSymbolicLink()) {
        const target = await resolveInside(root, absolute);
        if (target === null) continue;
        const targetStat = await stat(target);
        if (!targetStat.isFile()) continue;
        size = targetStat.size;
      } else {
        continue;
      }

      totalBytes += size;
      if (files.length + 1 > limits.maxFiles) {
        throw new PackageAccessError(
          `The data package has more than ${limits.maxFiles.toLocaleString('en')} files; ` +
            'choose the package folder itself, not a folder above it.',
        );
      }
      if (totalBytes > limits.maxTotalBytes) {
        throw new PackageAccessError(
          `The data package is larger than ${formatBytes(limits.maxTotalBytes)}; ` +
            'choose the package folder itself, or split the package.',
        );
      }
      files.push({ path: relative, size });
    }
  }

  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return files;
}

interface OpenPackage {
  readonly handle: PackageHandle;
  /** Real path every file must stay inside. */
  readonly root: string;
  /** Listed relative path → absolute location. */
  readonly files: ReadonlyMap<string, string>;
}

/**
 * The packages opened in this run, by handle id. {@link open} turns a user-chosen location into a handle;
 * {@link readFile} serves only files listed in a handle, re-checking on every read that the file's real
 * path is still inside the package (a file replaced by a symlink to elsewhere is refused).
 */
export class PackageRegistry {
  private readonly packages = new Map<string, OpenPackage>();

  constructor(
    private readonly limits: PackageLimits = DEFAULT_PACKAGE_LIMITS,
    private readonly createId: () => string = randomUUID,
  ) {}

  /** Opens a folder or a `.zip` file (absolute path) and returns its handle. */
  async open(location: string): Promise<PackageHandle> {
    const absolute = path.resolve(location);
    const displayName = path.basename(absolute) || absolute;
    let info: Stats;
    try {
      info = await stat(absolute);
    } catch {
      throw new PackageAccessError(`Data package not found: ${absolute}`);
    }

    let opened: Omit<OpenPackage, 'handle'> & { kind: PackageHandle['kind']; entries: PackageFileEntry[] };
    if (info.isDirectory()) {
      const root = await realpath(absolute);
      const entries = await listPackageFolder(root, this.limits);
      const files = new Map(entries.map((entry) => [entry.path, path.join(root, ...entry.path.split('/'))]));
      opened = { kind: 'folder', root, files, entries };
    } else if (info.isFile() && path.extname(absolute).toLowerCase() === '.zip') {
      if (info.size > this.limits.maxTotalBytes) {
        throw new PackageAccessError(`The data package is larger than ${formatBytes(this.limits.maxTotalBytes)}.`);
      }
      const real = await realpath(absolute);
      const name = path.basename(real);
      opened = {
        kind: 'zip',
        root: path.dirname(real),
        files: new Map([[name, real]]),
        entries: [{ path: name, size: info.size }],
      };
    } else {
      throw new PackageAccessError(`Not a data package: ${absolute} (expected a folder or a .zip file)`);
    }

    const handle: PackageHandle = { id: this.createId(), displayName, kind: opened.kind, files: opened.entries };
    this.packages.set(handle.id, { handle, root: opened.root, files: opened.files });
    return handle;
  }

  /** True when `handleId` belongs to a package opened in this run. */
  has(handleId: string): boolean {
    return this.packages.has(handleId);
  }

  /**
   * The bytes of one listed file. Arguments are `unknown` because they arrive from the renderer over IPC;
   * anything but a known handle id and a listed, safe relative path is refused with a clear error.
   */
  async readFile(handleId: unknown, filePath: unknown): Promise<Uint8Array> {
    if (typeof handleId !== 'string' || typeof filePath !== 'string') {
      throw new PackageAccessError('readPackageFile(handleId, path) expects two strings');
    }
    const opened = this.packages.get(handleId);
    if (opened === undefined) {
      throw new PackageAccessError(
        `Unknown data package handle "${handleId}": open the package again (handles last for one run of the app)`,
      );
    }
    const name = opened.handle.displayName;
    if (!isSafeRelativePath(filePath)) {
      throw new PackageAccessError(`Refused to read "${filePath}": not a relative path inside data package "${name}"`);
    }
    const absolute = opened.files.get(filePath);
    if (absolute === undefined) {
      throw new PackageAccessError(`"${filePath}" is not a file of data package "${name}"`);
    }
    const real = await resolveInside(opened.root, absolute);
    if (real === null) {
      throw new PackageAccessError(
        `Refused to read "${filePath}": it no longer exists or resolves outside data package "${name}"`,
      );
    }
    if (!(await stat(real)).isFile()) {
      throw new PackageAccessError(`"${filePath}" in data package "${name}" is no longer a regular file`);
    }
    const bytes = await readFile(real);
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
}

/** The real path of `file` when it exists and stays inside `root`; null otherwise. */
async function resolveInside(root: string, file: string): Promise<string | null> {
  let real: string;
  try {
    real = await realpath(file);
  } catch {
    return null;
  }
  return isInside(root, real) ? real : null;
}

function formatBytes(bytes: number): string {
  const gib = bytes / 1024 ** 3;
  if (gib >= 1) return `${Number(gib.toFixed(1))} GiB`;
  const mib = bytes / 1024 ** 2;
  if (mib >= 1) return `${Number(mib.toFixed(1))} MiB`;
  return `${bytes} bytes`;
}
