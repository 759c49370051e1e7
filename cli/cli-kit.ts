import { openNodeDatabase } from '../data/db/open-node-database';
import type { Database } from '../data/db';
import type { LoadedPackage } from '../data/package';
import { formatProblem } from '../data/problems';
import { readPackage } from '../data/package';
import { loadPackageIntoDatabase } from '../data/db';
import { openNodePackageSource } from '../data/package/sources/node-folder-source';

/** Opens a package for a CLI command: read, validate (errors end the command with the problems), load into DuckDB. */
export async function openPackageForCli(location: string): Promise<{ pkg: LoadedPackage; db: Database }> {
  const result = await readPackage(await openNodePackageSource(location));
  if (!result.ok) {
    const lines = result.problems.filter((p) => p.severity === 'error').slice(0, 20).map((p) => `  ${formatProblem(p)}`);
    throw new Error(`${location} has errors; run 'npm run cli -- summary --package ${location}' for all of them:\n${lines.join('\n')}`);
  }
  const db = await openNodeDatabase();
  await loadPackageIntoDatabase(db, result.pkg);
  return { pkg: result.pkg, db };
}

/** A plain-text table with aligned columns (numbers right-aligned). */
export function formatTable(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  const text = rows.map((row) => row.map((c) => (c === null ? '–' : typeof c === 'number' ? String(c) : c)));
  const widths = header.map((h, i) => Math.max(h.length, ...text.map((r) => r[i]!.length)));
  const numeric = header.map((_, i) => rows.every((r) => r[i] === null || typeof r[i] === 'number'));
  const line = (cells: readonly string[]) => cells.map((c, i) => (numeric[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...text.map(line)].join('\n');
}

/** Parses a number option, with a clear message. */
export function numberOption(name: string, value: string | undefined, fallback: number, check: (x: number) => boolean = Number.isFinite): number {
  if (value === undefined) return fallback;
  const x = Number(value);
  if (!check(x)) throw new Error(`--${name} must be a valid number, got ${value}`);
  return x;
}

/** The latest period of the package, or the one asked for (which must exist). */
export function choosePeriod(pkg: LoadedPackage, asked: string | undefined): number {
  if (asked === undefined) return pkg.periods[pkg.periods.length - 1]!;
  const p = Number(asked);
  if (!pkg.periods.includes(p)) throw new Error(`--period ${asked}: the package has periods ${pkg.periods.join(', ')}`);
  return p;
}
