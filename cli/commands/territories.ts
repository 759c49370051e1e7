import { parseArgs } from 'node:util';
import { buildAnalysisInput } from '../../data/analysis';
import type { Database } from '../../data/db';
import type { LoadedPackage } from '../../data/package';
import { assignPointsToPolygons, findAdjacentPolygons } from '../../geo/geometry';
import { proposeTerritories, type TerritoryInput } from '../../geo/territories';
import { choosePeriod, formatTable, numberOption, openPackageForCli } from '../cli-kit';

export const TERRITORIES_USAGE = `Usage: npm run cli -- territories --package <dir|zip> [options]

Proposes team territories over the base areas: contiguous (shared borders), balanced on a measure within a
tolerance, compact, each team keeping the areas of its own locations (region growing from the locations +
local search with contiguity-preserving moves).

  --teams <k>            number of teams (default: today's teams that have a location). Fewer: the teams kept
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

export type TerritoryBalance = 'personsInNeed' | 'openDossiers' | 'dossiersPerFte';
type Balance = TerritoryBalance;

/**
 * The territory problem of a package at its base level: each area's balance weight, wijk and centroid, the
 * adjacency from shared borders, and today's teams that have a location inside an area (their location
 * areas fixed, today's areas, FTE for dossiersPerFte). Shared with the bench.
 */
export async function buildTerritoryProblem(db: Database, pkg: LoadedPackage, options: { period: number; balance: TerritoryBalance }): Promise<{ problem: TerritoryInput; located: readonly { id: string }[] }> {
  const { period, balance } = options;
  const input = await buildAnalysisInput(db, pkg, { level: pkg.baseLevel, period });
  const base = pkg.levels.find((l) => l.level === pkg.baseLevel)!;
  const features = input.areas.map((a) => base.areas.features.find((f) => f.properties.code === a.code)!);
  const neighbours = findAdjacentPolygons(features.map((f) => f.geometry));
  const wijkLevel = pkg.assignments.find((a) => a.level !== pkg.baseLevel && a.method !== 'team-territories' && a.method !== 'single-area');
  const containing = assignPointsToPolygons(input.centres.map((c) => ({ id: c.id, position: c.position })), base.areas, (f) => f.properties.code);
  const located = input.teams.filter((t) => input.centres.some((c) => c.team === t.id && containing.has(c.id)));
  const weightOf = (a: (typeof input.areas)[number]) => Math.max((balance === 'personsInNeed' ? a.need : a.dossiers) ?? 0, 0);
  if (balance === 'dossiersPerFte' && located.some((t) => !(t.currentFte > 0))) throw new Error('dossiersPerFte needs social-worker FTE for every team');
  const problem: TerritoryInput = {
    areas: input.areas.map((a) => ({ code: a.code, weight: weightOf(a), wijk: wijkLevel?.parentOf.get(a.code) ?? null, centroid: a.position })),
    adjacency: Object.fromEntries(input.areas.map((a, i) => [a.code, neighbours[i]!.map((j) => input.areas[j]!.code)])),
    teams: located.map((t) => ({
      id: t.id,
      fixedAreas: [...new Set(input.centres.filter((c) => c.team === t.id && containing.has(c.id)).map((c) => containing.get(c.id)!))],
      currentAreas: input.areas.filter((a) => a.team === t.id).map((a) => a.code),
      ...(balance === 'dossiersPerFte' ? { fte: t.currentFte } : {}),
    })),
  };
  return { problem, located };
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
  const balance = (values.balance ?? 'personsInNeed') as Balance;
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
