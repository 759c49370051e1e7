import { parseArgs } from 'node:util';
import { buildAnalysisInput, buildTerritoryInput, type TerritoryBalance } from '../../data/analysis';
import type { Database } from '../../data/db';
import type { LoadedPackage } from '../../data/package';
import { findAdjacentPolygons } from '../../geo/geometry';
import { proposeTerritories, type TerritoryInput } from '../../geo/territories';
import { choosePeriod, formatTable, numberOption, openPackageForCli } from '../cli-kit';

export const TERRITORIES_USAGE = `Usage: npm run cli -- territories --package <dir|zip> [options]

Proposes team territories over the base areas: contiguous (shared borders), balanced on a measure within a
tolerance, compact, each team keeping the areas of its own locations (region growing from the locations +
local search with contiguity-preserving moves).

  --teams <k>            number of teams (default: today's teams; each that serves areas needs a location inside one). Fewer: the teams kept
                         are spread out (the busiest today first, then each time the team farthest from
                         those kept); the others get no territory. More: new teams "Nieuw team 1", … each grow
                         from the area farthest from every location (balance dossiersPerFte: the mean FTE)
  --balance personsInNeed|openDossiers|dossiersPerFte   default personsInNeed
  --tolerance <x>        allowed deviation from the mean load, e.g. 0.1 = ±10 % (default 0.1)
  --keep-wijken          move whole wijken (the level just above the base level)
  --min-change           within the tolerance, change as few areas as possible from today
  --period <year>        measure of that period (default: latest)
  --json                 JSON (schema cli/schemas/territories.schema.json)
`;

export type { TerritoryBalance };

/**
 * The territory problem of a package at its base level (`buildTerritoryInput`, as the planner builds it),
 * with the adjacency from shared borders; `located` the teams taking part. Shared with the bench. Throws a
 * message naming the teams when one serves areas without a location (or, per FTE, has no FTE).
 */
export async function buildTerritoryProblem(db: Database, pkg: LoadedPackage, options: { period: number; balance: TerritoryBalance }): Promise<{ problem: TerritoryInput; located: readonly { id: string }[] }> {
  const input = await buildAnalysisInput(db, pkg, { level: pkg.baseLevel, period: options.period });
  const base = pkg.levels.find((l) => l.level === pkg.baseLevel)!;
  const byCode = new Map(base.areas.features.map((f) => [f.properties.code, f] as const));
  const neighbours = findAdjacentPolygons(input.areas.map((a) => byCode.get(a.code)!.geometry));
  const indexOf = new Map(input.areas.map((a, i) => [a.code, i] as const));
  const built = buildTerritoryInput(pkg, input, (code) => neighbours[indexOf.get(code)!]!.map((j) => input.areas[j]!.code), options.balance);
  if (!built.ok) {
    throw new Error(built.reason === 'no-fte' ? `dossiersPerFte needs social-worker FTE for every team; without: ${built.teams.join(', ')}` : `every team that serves areas needs a location inside one; without: ${built.teams.join(', ')}`);
  }
  return { problem: built.input, located: built.input.teams };
}

/** `territories`: propose contiguous, balanced team territories. */
export async function runTerritoriesCommand(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(TERRITORIES_USAGE);
    return 0;
  }
  const { values } = parseArgs({
    args,
    strict: true,
    options: { package: { type: 'string' }, teams: { type: 'string' }, balance: { type: 'string' }, tolerance: { type: 'string' }, 'keep-wijken': { type: 'boolean', default: false }, 'min-change': { type: 'boolean', default: false }, period: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  if (!values.package) throw new Error(`territories needs --package.\n\n${TERRITORIES_USAGE}`);
  const balance = (values.balance ?? 'personsInNeed') as TerritoryBalance;
  if (!['personsInNeed', 'openDossiers', 'dossiersPerFte'].includes(balance)) throw new Error('--balance must be personsInNeed, openDossiers or dossiersPerFte');
  const tolerance = numberOption('tolerance', values.tolerance, 0.1, (x) => x >= 0);
  const { pkg, db } = await openPackageForCli(values.package);
  try {
    const period = choosePeriod(pkg, values.period);
    const { problem, located } = await buildTerritoryProblem(db, pkg, { period, balance });
    const k = numberOption('teams', values.teams, located.length, (x) => Number.isInteger(x) && x >= 1);
    if (k > problem.areas.length) throw new Error(`--teams ${k}: there are only ${problem.areas.length} areas and every team needs at least one`);
    const started = performance.now();
    const proposal = proposeTerritories(problem, { tolerance, keepWijken: values['keep-wijken'], minChange: values['min-change'], ...(k === located.length ? {} : { teamCount: k }) });
    const milliseconds = Math.round(performance.now() - started);
    const report = {
      schema: 'wijkzicht-territories/1',
      package: { name: pkg.descriptor.name, title: pkg.descriptor.title, fictional: pkg.provenance.fictional, synthetic: pkg.provenance.synthetic },
      period,
      level: pkg.baseLevel,
      balance,
      tolerance,
      keepWijken: values['keep-wijken'],
      minChange: values['min-change'],
      teams: k,
      milliseconds,
      teamChanges: proposal.teamChanges ?? { dropped: [], added: [] },
      areas: proposal.assignment,
      report: proposal.report,
    };
    if (values.json) {
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      return 0;
    }
    const r = proposal.report;
    process.stdout.write(`${pkg.descriptor.title ?? pkg.descriptor.name} · ${period} · ${problem.areas.length} areas into ${k} teams on ${balance}, tolerance ±${tolerance * 100}% (${milliseconds} ms)\n\n`);
    process.stdout.write(`${formatTable(['team', 'areas', 'total', 'load', 'deviation %', 'compactness km', 'pieces'], r.teams.map((t) => [t.team, t.areas, Math.round(t.total), Number(t.load.toFixed(1)), Number((t.deviation * 100).toFixed(1)), Number((t.compactnessMeters / 1000).toFixed(1)), t.pieces]))}\n\n`);
    process.stdout.write(`max ÷ min ${r.maxOverMin.toFixed(3)} · worst deviation ${(r.worstDeviation * 100).toFixed(1)}% · ${r.toleranceMet ? 'tolerance met' : 'tolerance NOT met'} · ${r.changedAreas} areas (weight ${Math.round(r.changedWeight)}) change team\n`);
    for (const b of r.binding) process.stdout.write(`binding: ${b.constraint}: ${b.detail}\n`);
    const { dropped, added } = proposal.teamChanges ?? { dropped: [], added: [] };
    if (dropped.length > 0) process.stdout.write(`${k} of today's ${located.length} teams kept (spread out, busiest first); without a territory: ${dropped.join(', ')} (their locations go to the team whose territory holds them)\n`);
    for (const a of added) process.stdout.write(`new team ${a.id} grows from area ${a.seedArea} (farthest from the locations)\n`);
    for (const a of r.isolatedAreas) process.stdout.write(`isolated area ${a.code} joins the nearest team ${a.team}\n`);
    return 0;
  } finally {
    await db.close();
  }
}
