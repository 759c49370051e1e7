import { parseArgs } from 'node:util';
import { buildAnalysisReport } from '../../data/analysis';
import { defaultNeedIndicators, runAnalysis, type AnalysisSettings } from '../../data/analysis';
import { DEFAULT_ENGINE_SETTINGS } from '../../geo/analysis';
import type { ApportionMethod } from '../../geo/apportionment';
import { meters } from '../../geo/units';
import { choosePeriod, formatTable, numberOption, openPackageForCli } from '../cli-kit';
import { missingParts, teamReach } from './team-reach';

export const ANALYSE_USAGE = `Usage: npm run cli -- analyse --package <dir|zip> [options]

Per-team and per-area tables: need index, reach, nearest-centre distance, coverage, 2SFCA, gap rank,
current vs target FTE, caseload per FTE. JSON (schema cli/schemas/analyse.schema.json) with --json.

  --period <year>            default: the latest
  --level <level>            default: sector (the package's base level); wijk, deelgemeente, team, …
  --need a,b:2,c             need indicators with optional weights (default: every higher_worse rate)
  --need-method z-score|rank
  --walk-km 1  --bike-km 3   travel-mode radii
  --catchment-km 3           (E)2SFCA catchment   --decay gaussian|none
  --hotspot-km 1.5           Gi* distance band
  --total-fte <n>            default: today's social-worker total
  --method sainte-lague|dhondt|hamilton  --step 0.5  --min <fte>  --max-change <fte>
  --threshold 4              small-cell suppression threshold
  --top 10                   rows of the area table in text mode (ranked by gap)
  --json
`;

const METHODS: readonly ApportionMethod[] = ['sainte-lague', 'dhondt', 'hamilton'];

/** Reads the analysis options shared by analyse and allocate. */
export function analysisSettingsFrom(values: Record<string, string | boolean | undefined>, needDefault: { id: string; weight: number }[]): AnalysisSettings {
  const need = typeof values.need === 'string'
    ? values.need.split(',').map((part) => {
        const [id, weight] = part.split(':');
        const w = weight === undefined ? 1 : Number(weight);
        if (!id || !(w >= 0)) throw new Error(`--need: give indicator ids with optional weights, e.g. leefloon_persons:2,vt_persons; got ${part}`);
        return { id: id.trim(), weight: w };
      })
    : needDefault;
  const method = (values.method as string | undefined) ?? DEFAULT_ENGINE_SETTINGS.fte.method;
  if (!METHODS.includes(method as ApportionMethod)) throw new Error(`--method must be one of ${METHODS.join(', ')}`);
  const needMethod = (values['need-method'] as string | undefined) ?? 'z-score';
  if (needMethod !== 'z-score' && needMethod !== 'rank') throw new Error('--need-method must be z-score or rank');
  const decay = (values.decay as string | undefined) ?? 'gaussian';
  if (decay !== 'gaussian' && decay !== 'none') throw new Error('--decay must be gaussian or none');
  const km = (name: string, fallback: number) => meters(1000 * numberOption(name, values[name] as string | undefined, fallback, (x) => x > 0));
  const positive = (x: number) => x >= 0 && Number.isFinite(x);
  return {
    ...DEFAULT_ENGINE_SETTINGS,
    need: { indicators: need, method: needMethod },
    travelModes: [
      { id: 'walk', radius: km('walk-km', 1) },
      { id: 'bike', radius: km('bike-km', 3) },
    ],
    catchment: { radius: km('catchment-km', 3), decay: { kind: decay } },
    hotspot: { ...DEFAULT_ENGINE_SETTINGS.hotspot, band: km('hotspot-km', 1.5) },
    fte: {
      total: values['total-fte'] === undefined ? null : numberOption('total-fte', values['total-fte'] as string, 0, (x) => x > 0),
      method: method as ApportionMethod,
      step: numberOption('step', values.step as string | undefined, 0.5, (x) => x > 0),
      ...(values.min !== undefined ? { minimum: numberOption('min', values.min as string, 0, positive) } : {}),
      ...(values['max-change'] !== undefined ? { maxChange: numberOption('max-change', values['max-change'] as string, 0, positive) } : {}),
    },
    suppressionThreshold: numberOption('threshold', values.threshold as string | undefined, 4, (x) => Number.isInteger(x) && x >= 0),
  };
}

export const ANALYSIS_OPTIONS = {
  package: { type: 'string' },
  period: { type: 'string' },
  level: { type: 'string' },
  need: { type: 'string' },
  'need-method': { type: 'string' },
  'walk-km': { type: 'string' },
  'bike-km': { type: 'string' },
  'catchment-km': { type: 'string' },
  decay: { type: 'string' },
  'hotspot-km': { type: 'string' },
  'total-fte': { type: 'string' },
  method: { type: 'string' },
  step: { type: 'string' },
  min: { type: 'string' },
  'max-change': { type: 'string' },
  threshold: { type: 'string' },
  json: { type: 'boolean', default: false },
} as const;

/** `analyse --package <dir>`: the tables of the analysis engine, as text or JSON. */
export async function runAnalyseCommand(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(ANALYSE_USAGE);
    return 0;
  }
  const { values } = parseArgs({ args, strict: true, options: { ...ANALYSIS_OPTIONS, top: { type: 'string' } } });
  if (!values.package) throw new Error(`analyse needs --package.\n\n${ANALYSE_USAGE}`);
  const { pkg, db } = await openPackageForCli(values.package);
  try {
    const missing = missingParts(pkg, values.package);
    if (missing.blocking.length > 0) {
      process.stderr.write(`${[...missing.blocking, ...missing.notes].map((m) => `wijkzicht analyse: ${m}`).join('\n')}\n`);
      return 1;
    }
    const period = choosePeriod(pkg, values.period);
    const level = values.level ?? pkg.baseLevel;
    const settings = analysisSettingsFrom(values, defaultNeedIndicators(pkg));
    const run = await runAnalysis(db, pkg, { level, period, settings });
    const report = { ...buildAnalysisReport(pkg, run), teamReach: teamReach(run), missing: missing.notes };
    if (values.json) {
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      return 0;
    }
    const top = numberOption('top', values.top, 10, (x) => Number.isInteger(x) && x > 0);
    process.stdout.write(`${formatAnalysisText(report, { level, period, settings, top }).join('\n')}\n`);
    return 0;
  } finally {
    await db.close();
  }
}

type TextReport = ReturnType<typeof buildAnalysisReport> & { teamReach: ReturnType<typeof teamReach>; missing: string[] };

/** The text form of the analysis: totals, coverage, the teams table (with known clients and reach), the biggest gaps. */
function formatAnalysisText(report: TextReport, options: { level: string; period: number; settings: AnalysisSettings; top: number }): string[] {
  const { level, period, settings, top } = options;
  const reachOf = new Map(report.teamReach.map((t) => [t.id, t]));
  const pct = (x: number | null) => (x === null ? null : `${(x * 100).toFixed(1)} %`);
  return [  `Wijkzicht analysis — ${report.package.title}`,
    `level ${level}, period ${period}${report.ftePeriod !== period ? ` (FTE of ${report.ftePeriod ?? 'no period'})` : ''}; need indicators ${settings.need?.indicators.map((i) => `${i.id}×${i.weight}`).join(', ')}`,
    report.package.synthetic.length > 0 ? `NOTE: synthetic data in ${report.package.synthetic.join(', ')}${report.package.fictional ? ' (fictional package)' : ''}` : '',
    ...report.missing.map((m) => `NOTE: ${m}`),
    '',
    `Population ${report.totals.population}, persons in need ${report.totals.personsInNeed}, reach ${pct(report.totals.reach) ?? '–'}, social-worker FTE ${report.totals.currentSocialWorkerFte} → ${report.totals.targetFteTotal}`,
    ...report.coverage.map((c) => `Coverage ${c.mode} (${c.radiusM / 1000} km): ${pct(c.populationShare)} of residents, ${pct(c.personsInNeedShare)} of persons in need`),
    '',
    'Teams',
    formatTable(
      ['team', 'population', 'in need', 'known clients', 'reach', 'need idx', 'target share', 'target FTE', 'FTE now', 'FTE after', 'change', 'dossiers', 'caseload now', 'caseload after', 'mean km to own centre'],
      report.teams.map((t) => {
        const reach = reachOf.get(t.id);
        const hidden = reach?.status === 'suppressed' ? 'hidden' : null;
        return [t.name, t.population, t.personsInNeed, reach?.knownClients ?? hidden, hidden ?? pct(reach?.reach ?? null), t.needIndex === null ? null : Number(t.needIndex.toFixed(2)), pct(t.targetShare), t.targetFte === null ? null : Number(t.targetFte.toFixed(2)), t.currentFte, t.allocatedFte, t.change, t.openDossiers, t.caseloadPerFteNow, t.caseloadPerFteAfter, t.meanDistanceToOwnCentreM === null ? null : Number((t.meanDistanceToOwnCentreM / 1000).toFixed(2))];
      }),
    ),
    ...(report.apportionmentViolations.length > 0 ? ['', ...report.apportionmentViolations.map((v) => `NOTE ${v.kind}: ${v.detail}`)] : []),
    '',
    `Areas, ${top} biggest coverage gaps (of ${report.areas.length})`,
    formatTable(
      ['rank', 'code', 'name', 'team', 'need idx', 'reach', 'km nearest', 'km own team', 'walk', 'bike', '2SFCA', 'E2SFCA', 'gap', 'hot spot', 'reasons'],
      [...report.areas]
        .filter((a) => a.gapRank !== null)
        .sort((a, b) => a.gapRank! - b.gapRank!)
        .slice(0, top)
        .map((a) => [
          a.gapRank,
          a.code,
          a.name,
          a.team,
          a.needIndex === null ? null : Number(a.needIndex.toFixed(2)),
          a.reachStatus === 'suppressed' ? 'hidden' : pct(a.reach),
          a.nearestCentre ? Number((a.nearestCentre.distanceM! / 1000).toFixed(2)) : null,
          a.ownTeamCentre ? Number((a.ownTeamCentre.distanceM! / 1000).toFixed(2)) : null,
          a.covered.walk ? 'yes' : 'no',
          a.covered.bike ? 'yes' : 'no',
          a.access2sfca === null ? null : Number(a.access2sfca.toFixed(2)),
          a.accessE2sfca === null ? null : Number(a.accessE2sfca.toFixed(2)),
          a.gapScore === null ? null : Number(a.gapScore.toFixed(2)),
          a.hotspot?.cluster ?? null,
          a.gapReasons.map((g) => g.component).join(', '),
        ]),
    ),
    '',
    `Suppression: counts 1–${report.suppression.threshold} of sensitive indicators are hidden (with secondary suppression); ${report.suppression.knownClientsHidden} area(s) show no reach.`,
  ].filter((l, i, all) => l !== '' || all[i - 1] !== '');
}
