import { parseArgs } from 'node:util';
import { buildAnalysisReport } from '../../data/analysis';
import { defaultNeedIndicators, runAnalysis } from '../../data/analysis';
import { choosePeriod, formatTable, openPackageForCli } from '../cli-kit';
import { ANALYSIS_OPTIONS, analysisSettingsFrom } from './analyse';

export const ALLOCATE_USAGE = `Usage: npm run cli -- allocate --package <dir|zip> [--total-fte 77] [--method sainte-lague|dhondt|hamilton] [options]

Need-based social-worker FTE per team: weighted capitation (population × relative need), apportioned in
steps of --step FTE (0.5) with the method, within --min per team and --max-change from today.
Prints target vs current FTE, caseload per FTE before and after, who gains or loses.
Also: --period, --need a,b:2, --json (schema cli/schemas/allocate.schema.json).
`;

/** `allocate`: FTE apportionment across teams. */
export async function runAllocateCommand(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(ALLOCATE_USAGE);
    return 0;
  }
  const { values } = parseArgs({ args, strict: true, options: ANALYSIS_OPTIONS });
  if (!values.package) throw new Error(`allocate needs --package.\n\n${ALLOCATE_USAGE}`);
  const { pkg, db } = await openPackageForCli(values.package);
  try {
    const period = choosePeriod(pkg, values.period);
    const settings = analysisSettingsFrom(values, defaultNeedIndicators(pkg));
    const run = await runAnalysis(db, pkg, { level: pkg.baseLevel, period, settings });
    const full = buildAnalysisReport(pkg, run);
    const report = {
      schema: 'wijkzicht-allocate/1',
      package: full.package,
      period,
      ftePeriod: full.ftePeriod,
      method: settings.fte.method,
      step: settings.fte.step,
      totalFte: full.totals.targetFteTotal,
      currentTotalFte: full.totals.currentSocialWorkerFte,
      minimum: settings.fte.minimum ?? null,
      maxChange: settings.fte.maxChange ?? null,
      needIndicators: settings.need!.indicators,
      methods: { capitation: full.methods.capitation, apportionment: full.methods.apportionment },
      teams: full.teams.map((t) => ({
        id: t.id,
        name: t.name,
        population: t.population,
        personsInNeed: t.personsInNeed,
        targetShare: t.targetShare,
        targetFte: t.targetFte,
        currentFte: t.currentFte,
        allocatedFte: t.allocatedFte,
        change: t.change,
        bound: run.result.apportionment.teams.find((a) => a.team === t.id)?.bound ?? null,
        openDossiers: t.openDossiers,
        caseloadPerFteNow: t.caseloadPerFteNow,
        caseloadPerFteAfter: t.caseloadPerFteAfter,
      })),
      gains: full.teams.filter((t) => t.change > 0).map((t) => ({ id: t.id, change: t.change })),
      losses: full.teams.filter((t) => t.change < 0).map((t) => ({ id: t.id, change: t.change })),
      violations: full.apportionmentViolations,
    };
    if (values.json) {
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      return 0;
    }
    const pct = (x: number | null) => (x === null ? null : `${(x * 100).toFixed(1)} %`);
    process.stdout.write(
      [
        `Wijkzicht FTE apportionment — ${pkg.descriptor.title}, ${period}`,
        `${report.totalFte} social-worker FTE (today ${report.currentTotalFte}), ${report.method}, steps of ${report.step}${report.minimum !== null ? `, minimum ${report.minimum}` : ''}${report.maxChange !== null ? `, at most ±${report.maxChange} per team` : ''}`,
        `need: ${report.needIndicators.map((i) => `${i.id}×${i.weight}`).join(', ')}`,
        '',
        formatTable(
          ['team', 'population', 'in need', 'target share', 'target FTE', 'now', 'after', 'change', 'bound', 'caseload now', 'caseload after'],
          report.teams.map((t) => [t.name, t.population, t.personsInNeed, pct(t.targetShare), t.targetFte === null ? null : Number(t.targetFte.toFixed(2)), t.currentFte, t.allocatedFte, t.change, t.bound, t.caseloadPerFteNow, t.caseloadPerFteAfter]),
        ),
        '',
        `gains: ${report.gains.map((g) => `${g.id} +${g.change}`).join(', ') || 'none'}; losses: ${report.losses.map((g) => `${g.id} ${g.change}`).join(', ') || 'none'}`,
        ...report.violations.map((v) => `NOTE ${v.kind}: ${v.detail}`),
      ].join('\n') + '\n',
    );
    return 0;
  } finally {
    await db.close();
  }
}
