import type { LoadedPackage } from '../../../../data/package';
import type { AreaDetailRow } from '../../../../data/queries';

/** The figures of one area (every indicator, every period), as loaded by `loadAreaDetails`. */
export type AreaDetailsEntry =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly rows: readonly AreaDetailRow[] }
  /** The figures could not be read (reported as a notice; the panel offers to try again). */
  | { readonly status: 'failed' };

/**
 * The detail panel's figures per `level|code`, for one package. They hold only what may be shown: the query
 * leaves suppressed counts in the database. Replaced as a whole when another package is opened.
 */
export interface AreaDetailsState {
  readonly pkg: LoadedPackage | null;
  readonly entries: ReadonlyMap<string, AreaDetailsEntry>;
}

export const initialAreaDetailsState: AreaDetailsState = { pkg: null, entries: new Map() };

export const detailsKey = (level: string, code: string): string => `${level}|${code}`;

const forPackage = (s: AreaDetailsState, pkg: LoadedPackage): AreaDetailsState => (s.pkg === pkg ? s : { pkg, entries: new Map() });

const withEntries = (s: AreaDetailsState, pkg: LoadedPackage, change: (entries: Map<string, AreaDetailsEntry>) => void): AreaDetailsState => {
  const base = forPackage(s, pkg);
  const entries = new Map(base.entries);
  change(entries);
  return { pkg, entries };
};

/** These areas are being loaded (a new package starts afresh). */
export const detailsRequested = (pkg: LoadedPackage, level: string, codes: readonly string[]) => (s: AreaDetailsState): AreaDetailsState =>
  withEntries(s, pkg, (entries) => {
    for (const code of codes) entries.set(detailsKey(level, code), { status: 'loading' });
  });

/** Rows arrived for these areas (areas without rows get an empty list). Ignored if another package was opened meanwhile. */
export const detailsLoaded = (pkg: LoadedPackage, level: string, codes: readonly string[], rows: readonly AreaDetailRow[]) => (s: AreaDetailsState): AreaDetailsState => {
  if (s.pkg !== pkg) return s;
  return withEntries(s, pkg, (entries) => {
    for (const code of codes) entries.set(detailsKey(level, code), { status: 'ready', rows: rows.filter((r) => r.code === code) });
  });
};

export const detailsFailed = (pkg: LoadedPackage, level: string, codes: readonly string[]) => (s: AreaDetailsState): AreaDetailsState => {
  if (s.pkg !== pkg) return s;
  return withEntries(s, pkg, (entries) => {
    for (const code of codes) entries.set(detailsKey(level, code), { status: 'failed' });
  });
};

/** Which of these areas still have to be loaded (never asked, or failed: "try again"). */
export function codesToLoad(s: AreaDetailsState, pkg: LoadedPackage, level: string, codes: readonly string[]): string[] {
  const unique = [...new Set(codes)];
  if (s.pkg !== pkg) return unique;
  return unique.filter((code) => {
    const entry = s.entries.get(detailsKey(level, code));
    return !entry || entry.status === 'failed';
  });
}
