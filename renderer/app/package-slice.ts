import type { LoadedPackage } from '../../data/package';
import type { Problem } from '../../data/problems';

/** The open package, what is being loaded, and the problems of the last attempt. */
export interface PackageState {
  readonly current: LoadedPackage | null;
  /** Label of the package being loaded, or null. */
  readonly loading: string | null;
  /** Problems of the last read: blocking (errors: the package was not opened) or warnings only. */
  readonly report: { readonly label: string; readonly blocking: boolean; readonly problems: readonly Problem[]; readonly open: boolean } | null;
  /**
   * A package read and valid but not yet in the database, whose areas the map may draw in a neutral fill
   * meanwhile (the first level of its first view; see `earlyGeometryLevel`), or null. Only while no package
   * is open: it never replaces what is on screen.
   */
  readonly early: { readonly pkg: LoadedPackage; readonly level: string } | null;
}

export const initialPackageState: PackageState = { current: null, loading: null, report: null, early: null };

export const startLoading = (label: string) => (s: PackageState): PackageState => ({ ...s, loading: label });

export const packageOpened = (pkg: LoadedPackage) => (s: PackageState): PackageState => ({
  ...s,
  current: pkg,
  loading: null,
  early: null,
  // A rejection the user has not closed yet stays visible (e.g. a bad startup package, then the demo).
  report: pkg.problems.length > 0 ? { label: pkg.sourceLabel, blocking: false, problems: pkg.problems, open: false } : s.report?.blocking && s.report.open ? s.report : null,
});

/** The package had errors: keep the current package, show why. */
export const packageRejected = (label: string, problems: readonly Problem[]) => (s: PackageState): PackageState => ({
  ...s,
  loading: null,
  early: null,
  report: { label, blocking: true, problems, open: true },
});

/** Loading stopped without a package (it failed: the failure is reported as a notice). */
export const loadingStopped = (s: PackageState): PackageState => (s.loading === null && s.early === null ? s : { ...s, loading: null, early: null });

/** A package is read (not yet in the database): the map may draw its areas at `level` meanwhile, when none is open. */
export const geometryRead = (pkg: LoadedPackage, level: string) => (s: PackageState): PackageState => (s.current ? s : { ...s, early: { pkg, level } });

export const setReportOpen = (open: boolean) => (s: PackageState): PackageState => (s.report ? { ...s, report: { ...s.report, open } } : s);

