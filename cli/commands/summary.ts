import { parseArgs } from 'node:util';
import { openNodeDatabase } from '../../data/db/open-node-database';
import { describeProblem, type Language } from '../../data/problems';
import { analysisRolesOf, summarisePackage, type LoadedPackage } from '../../data/package';
import { readPackage } from '../../data/package';
import { openNodePackageSource } from '../../data/package/sources/node-folder-source';

/**
 * The residents of the base level: the population role's values summed over the base areas, for the latest
 * period that has them; null when the package has no population indicator.
 */
export function basePopulation(pkg: LoadedPackage): { level: string; indicator: string; period: number; total: number; areas: number } | null {
  const indicator = analysisRolesOf(pkg).population;
  const ids = pkg.indicators.columns.get('indicator')!;
  const periods = pkg.indicators.columns.get('period')!;
  const values = pkg.indicators.columns.get('value')!;
  const rows = ids.flatMap((id, i) => (id === indicator && typeof values[i] === 'number' && typeof periods[i] === 'number' ? [{ period: periods[i], value: values[i] }] : []));
  if (rows.length === 0) return null;
  const period = Math.max(...rows.map((r) => r.period));
  const latest = rows.filter((r) => r.period === period);
  return { level: pkg.baseLevel, indicator, period, total: latest.reduce((sum, r) => sum + r.value, 0), areas: latest.length };
}

/** `summary --package <dir>`: prints the JSON summary; exit 1 when the package has errors. */
export async function runSummary(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { package: { type: 'string' }, lang: { type: 'string', default: 'en' } }, strict: true });
  if (!values.package) throw new Error('summary needs --package <folder or .zip>');
  const language: Language = values.lang === 'nl' ? 'nl' : 'en';
  const source = await openNodePackageSource(values.package);
  const result = await readPackage(source);
  const problems = {
    errors: result.problems.filter((p) => p.severity === 'error').length,
    warnings: result.problems.filter((p) => p.severity === 'warning').length,
    items: result.problems.map((p) => ({ severity: p.severity, code: p.code, ...describeProblem(p, language), file: p.file, row: p.row ?? null, feature: p.feature ?? null, field: p.field ?? null })),
  };
  if (!result.ok) {
    process.stdout.write(`${JSON.stringify({ package: values.package, ok: false, problems }, null, 2)}\n`);
    return 1;
  }
  const db = await openNodeDatabase();
  try {
    const summary = await summarisePackage(db, result.pkg);
    process.stdout.write(`${JSON.stringify({ package: values.package, ok: true, ...summary, basePopulation: basePopulation(result.pkg), problems }, null, 2)}\n`);
  } finally {
    await db.close();
  }
  return 0;
}
