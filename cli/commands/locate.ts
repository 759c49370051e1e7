import { parseArgs } from 'node:util';
import { buildAnalysisInput } from '../../data/analysis';
import { locateFacilities, type LocationModel } from '../../geo/location-allocation';
import { locateFacilitiesExactly } from '../../geo/location-allocation';
import { meters } from '../../geo/units';
import { choosePeriod, formatTable, numberOption, openPackageForCli } from '../cli-kit';

export const LOCATE_USAGE = `Usage: npm run cli -- locate --package <dir|zip> [options]

Where new locations would help most: adds k sites among the base areas' centroids while keeping today's
centres (or re-sites all), maximising persons in need covered within a radius (MCLP) or minimising
need-weighted distance (p-median), by greedy start + vertex interchange (Teitz–Bart).

  --add <k>              number of new sites (default 1)
  --model mclp|p-median  default mclp
  --radius-km <km>       MCLP coverage radius (default 1.5)
  --resite               choose all sites anew (k = --add, compared with today's centres)
  --period <year>        demand of that period (default: latest)
  --exact                also solve exactly by exhaustive search and print the gap (small k only)
  --json                 JSON (schema cli/schemas/locate.schema.json)
`;

/** `locate`: location-allocation over the package's base areas. */
export async function runLocateCommand(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(LOCATE_USAGE);
    return 0;
  }
  const { values } = parseArgs({
    args,
    strict: true,
    options: { package: { type: 'string' }, add: { type: 'string' }, model: { type: 'string' }, 'radius-km': { type: 'string' }, resite: { type: 'boolean', default: false }, period: { type: 'string' }, exact: { type: 'boolean', default: false }, json: { type: 'boolean', default: false } },
  });
  if (!values.package) throw new Error(`locate needs --package.\n\n${LOCATE_USAGE}`);
  const model = (values.model ?? 'mclp') as LocationModel;
  if (model !== 'mclp' && model !== 'p-median') throw new Error('--model must be mclp or p-median');
  const add = numberOption('add', values.add, 1, (x) => Number.isInteger(x) && x >= 0);
  const radius = meters(1000 * numberOption('radius-km', values['radius-km'], 1.5, (x) => x > 0));
  const { pkg, db } = await openPackageForCli(values.package);
  try {
    const period = choosePeriod(pkg, values.period);
    const input = await buildAnalysisInput(db, pkg, { level: pkg.baseLevel, period });
    const demand = input.areas.map((a) => ({ id: a.code, position: a.position, weight: Math.max(a.need ?? 0, 0) }));
    const candidates = input.areas.map((a) => ({ id: a.code, position: a.position }));
    const today = input.centres.map((c) => ({ id: c.id, position: c.position }));
    const problem = { demand, candidates, fixed: values.resite ? [] : today, add, model, ...(model === 'mclp' ? { radius } : {}), ...(values.resite ? { current: today } : {}) };
    const started = performance.now();
    const solution = locateFacilities(problem);
    const milliseconds = performance.now() - started;
    const exact = values.exact ? locateFacilitiesExactly(problem) : null;
    const nameOf = new Map(input.areas.map((a) => [a.code, a] as const));
    const report = {
      schema: 'wijkzicht-locate/1',
      package: { name: pkg.descriptor.name, title: pkg.descriptor.title, fictional: pkg.provenance.fictional, synthetic: pkg.provenance.synthetic },
      period,
      model,
      radiusM: model === 'mclp' ? radius : null,
      add,
      resite: values.resite,
      demand: { areas: demand.length, weight: `persons in need (${input.roles.need})`, totalWeight: Math.round(solution.totalWeight) },
      candidates: { count: candidates.length, kind: `${pkg.baseLevel} centroids` },
      fixedCentres: values.resite ? [] : today.map((c) => c.id),
      chosen: solution.chosen.map((id) => ({ id, name: nameOf.get(id)?.name ?? id, team: nameOf.get(id)?.team ?? null, lon: nameOf.get(id)!.position[0], lat: nameOf.get(id)!.position[1] })),
      objective: solution.objective,
      baseline: solution.baseline,
      gain: solution.gain,
      gainPercent: solution.gainPercent,
      coveredWeight: solution.coveredWeight,
      meanDistanceM: Math.round(solution.meanDistance),
      method: solution.method,
      evaluations: solution.evaluations,
      milliseconds: Math.round(milliseconds * 10) / 10,
      exact: exact ? { objective: exact.objective, chosen: exact.chosen, gapPercent: exact.objective === 0 ? 0 : (100 * Math.abs(exact.objective - solution.objective)) / Math.abs(exact.objective) } : null,
    };
    if (values.json) {
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      return 0;
    }
    const unit = model === 'mclp' ? 'persons in need covered' : 'person-metres (Σ need × distance)';
    process.stdout.write(
      [
        `Wijkzicht location-allocation — ${pkg.descriptor.title}, ${period}`,
        `${model.toUpperCase()}${model === 'mclp' ? ` within ${radius / 1000} km` : ''}; ${values.resite ? `re-site all, ${add} sites` : `add ${add} to today's ${today.length} centres`}; demand: ${demand.length} ${pkg.baseLevel}s weighted by persons in need`,
        '',
        formatTable(['chosen', 'name', 'team', 'lon', 'lat'], report.chosen.map((c) => [c.id, c.name, c.team, Number(c.lon.toFixed(5)), Number(c.lat.toFixed(5))])),
        '',
        `objective ${Math.round(solution.objective)} ${unit}; today ${Math.round(solution.baseline)}; gain ${Math.round(solution.gain)} (${solution.gainPercent.toFixed(2)} %)`,
        `persons in need within ${radius / 1000} km: ${Math.round(solution.coveredWeight)} of ${Math.round(solution.totalWeight)}; mean distance ${Math.round(solution.meanDistance)} m`,
        `${solution.method}, ${solution.evaluations} evaluations, ${report.milliseconds} ms`,
        exact ? `exact (exhaustive): ${Math.round(exact.objective)}; heuristic gap ${report.exact!.gapPercent.toFixed(3)} %` : '',
      ].join('\n') + '\n',
    );
    return 0;
  } finally {
    await db.close();
  }
}
