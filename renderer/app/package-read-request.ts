import type { PackageFile, PackageLocation, PackageRead } from '../../data/package';
import { createMemorySource, openHttpPackage, readPackageFiles, readSourceFiles } from '../../data/package';
import { generateDemoPackage } from '../../data/demo';

/**
 * What the package-read worker is asked (a typed request union, as duckdb-wasm's worker protocol): read and
 * validate the files handed over, or go to a location and read the files there itself.
 */
export type PackageReadRequest =
  | { readonly id: number; readonly kind: 'files'; readonly label: string; readonly files: readonly PackageFile[] }
  | { readonly id: number; readonly kind: 'location'; readonly location: PackageLocation };

/** An error crossing the worker boundary: its name, message and (Node-style) code, so `causeOf` can still tell what failed. */
export interface SerialisedError {
  readonly name: string;
  readonly message: string;
  readonly code?: string;
}

export type PackageReadResponse =
  | { readonly id: number; readonly kind: 'read'; readonly read: PackageRead; readonly ms: { readonly fetch: number; readonly read: number } }
  | { readonly id: number; readonly kind: 'failed'; readonly error: SerialisedError };

/** The files at a location: the web server's package (fetched) or the Demostad package (generated). */
export async function filesAtLocation(location: PackageLocation): Promise<{ label: string; files: PackageFile[] }> {
  if (location.kind === 'demo') {
    const files = generateDemoPackage().files;
    return { label: 'Demostad', files: await readSourceFiles(createMemorySource('Demostad', files)) };
  }
  return { label: location.label, files: await readSourceFiles(await openHttpPackage(location)) };
}

/**
 * Answers one request: the worker's whole work, and the same code path where there is no worker (Vitest,
 * Node). A bad package is a `read` answer with its problems; only a failure to reach the files (or a bug) is
 * `failed`.
 */
export async function answerPackageRead(request: PackageReadRequest): Promise<PackageReadResponse> {
  const { id } = request;
  try {
    const t0 = performance.now();
    const { label, files } = request.kind === 'files' ? request : await filesAtLocation(request.location);
    const t1 = performance.now();
    const read = await readPackageFiles(label, files);
    return { id, kind: 'read', read, ms: { fetch: t1 - t0, read: performance.now() - t1 } };
  } catch (error) {
    return { id, kind: 'failed', error: serialiseError(error) };
  }
}

export function serialiseError(error: unknown): SerialisedError {
  if (error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error)) {
    const e = error as { name?: unknown; message?: unknown; code?: unknown };
    return { name: typeof e.name === 'string' ? e.name : 'Error', message: String(e.message), ...(typeof e.code === 'string' ? { code: e.code } : {}) };
  }
  return { name: 'Error', message: String(error) };
}

/** The error again on this side, with its name, message and code (so `causeOf` recognises it as before). */
export function deserialiseError(error: SerialisedError): Error {
  const revived = new Error(error.message);
  revived.name = error.name;
  if (error.code !== undefined) Object.assign(revived, { code: error.code });
  return revived;
}
