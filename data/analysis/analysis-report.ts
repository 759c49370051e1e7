import type { LoadedPackage } from '../package/model';
import type { AnalysisRun } from './run-analysis';

const r4 = (x: number | null | undefined) => (x === null || x === undefined || !Number.isFinite(x) ? null : Math.round(x * 1e4) / 1e4);
const r1 = (x: number | null | undefined) => (x === null || x === undefined || !Number.isFinite(x) ? null : Math.round(x * 10) / 10);
const m = (x: number | null | undefined) => (x === null || x === undefined || !Number.isFinite(x) ? null : Math.round(x));

/** Formulas as printed in the JSON report and the README (one place, so both say the same). */
export const ANALYSIS_METHODS = {
  rates: 'rate = 1000 × Σ numerator ÷ Σ denominator over the base areas of each area (never an average of rates)',
  needIndex: 'needᵢ = Σₖ wₖ·sₖ·zₖ(rateᵢₖ) ÷ Σₖ wₖ; zₖ = z-score (or rank scaled to −1…1) over the areas; sₖ = −1 for higher_better indicators',
  reach: 'reach = known clients ÷ estimated persons in need; estimated non-take-up = persons in need − known clients',
  distance: 'great-circle distance from the area point (sector centroid, or population-weighted point of its sectors) to the nearest centre and to the nearest centre of its own team',
  coverage: 'population and persons in need of the areas whose point lies within each travel mode radius of a centre',
  access2sfca: '2SFCA: Rⱼ = FTEⱼ ÷ Σ_{dₖⱼ≤d₀} needₖ; Aᵢ = 1000 × Σ_{dᵢⱼ≤d₀} Rⱼ (social-worker FTE per 1,000 persons in need); team FTE spread evenly over its centres',
  accessE2sfca: 'E2SFCA: as 2SFCA with Gaussian distance decay W(d) = (e^(−½(d/d₀)²) − e^(−½)) ÷ (1 − e^(−½)) in both steps',
  gap: 'gapᵢ = Σₖ wₖ·dₖ·zₖ ÷ Σₖ wₖ over need index (+), distance to own team centre (+), reach (−), E2SFCA (−); ranked, reasons = components with signed z ≥ threshold',
  hotspot: 'Getis–Ord Gi* of the gap score with binary distance-band weights including the area itself; hot/cold at two-sided p < alpha',
  capitation: 'team target share = Σ population × relative need ÷ total; relative need = mean over need indicators of area rate ÷ overall rate (NHS-style weighted capitation)',
  apportionment: 'target FTE = total × target share, apportioned in steps with the chosen method (Sainte-Laguë, D’Hondt or Hamilton), within the minimum and pace-of-change bounds',
  suppression: 'counts 1–threshold of sensitive indicators are hidden, with secondary suppression so no hidden cell equals a shown total minus shown parts in any area–sub-area group; rates and reach derived from hidden counts are hidden',
} as const;

/**
 * The `analyse` report as plain JSON (schema `cli/schemas/analyse.schema.json`, id `wijkzicht-analyse/1`):
 * settings, methods, totals, coverage per travel mode, and per-team and per-area tables. Suppressed
 * values are null with a status; no hidden count appears anywhere in it.
 */
export function buildAnalysisReport(pkg: LoadedPackage, run: AnalysisRun) {
  const { input, result, settings } = run;
  const teamName = new Map(input.teams.map((t) => [t.id, t.name] as const));
  return {
    schema: 'wijkzicht-analyse/1',
    package: { name: pkg.descriptor.name, title: pkg.descriptor.title, source: pkg.sourceLabel, fictional: pkg.provenance.fictional, synthetic: pkg.provenance.synthetic, approximate: pkg.provenance.approximate },
    level: input.level,
    period: input.period,
    ftePeriod: input.ftePeriod,
    roles: input.roles,
    settings: {
      needIndicators: settings.need.indicators,
      needMethod: settings.need.method,
      travelModes: settings.travelModes.map((t) => ({ id: t.id, radiusM: t.radius })),
      catchmentRadiusM: settings.catchment.radius,
      decay: settings.catchment.decay.kind,
      gapWeights: settings.gap.weights,
      hotspotBandM: settings.hotspot.band,
      hotspotAlpha: settings.hotspot.alpha,
      fte: settings.fte,
      suppressionThreshold: settings.suppressionThreshold,
    },
    methods: ANALYSIS_METHODS,
    totals: {
      population: m(result.totals.population),
      personsInNeed: m(result.totals.need),
      knownClients: m(result.totals.clients),
      reach: r4(result.totals.reach),
      currentSocialWorkerFte: r1(result.totals.currentFte),
      targetFteTotal: r1(result.totals.targetFteTotal),
    },
    coverage: result.coverage.map((c) => ({
      mode: c.mode,
      radiusM: c.radius,
      populationCovered: m(c.populationCovered),
      populationShare: r4(c.populationShare),
      personsInNeedCovered: m(c.needCovered),
      personsInNeedShare: r4(c.needShare),
    })),
    teams: result.teams.map((t) => ({
      id: t.id,
      name: teamName.get(t.id) ?? t.id,
      population: m(t.population),
      personsInNeed: m(t.need),
      needIndex: r4(t.needIndex),
      needShare: r4(t.needShare),
      targetShare: r4(t.targetShare),
      targetFte: r4(t.targetFte),
      currentFte: t.currentFte,
      allocatedFte: t.allocatedFte,
      change: Math.round(t.change * 100) / 100,
      openDossiers: run.dossiersSuppressed.has(t.id) ? null : m(t.dossiers),
      openDossiersStatus: run.dossiersSuppressed.has(t.id) ? 'suppressed' : t.dossiers === null ? 'missing' : 'shown',
      caseloadPerFteNow: run.dossiersSuppressed.has(t.id) ? null : r1(t.caseloadNow),
      caseloadPerFteAfter: run.dossiersSuppressed.has(t.id) ? null : r1(t.caseloadAfter),
      meanDistanceToOwnCentreM: m(t.meanDistanceOwn),
    })),
    apportionmentViolations: result.apportionment.violations,
    areas: result.areas.map((a, i) => ({
      code: a.code,
      name: a.name,
      team: a.team,
      needIndex: r4(a.needIndex),
      reach: r4(a.reach),
      reachStatus: a.reachStatus,
      estimatedNonTakeUp: m(a.nonTakeUp),
      nearestCentre: a.nearestCentre ? { id: a.nearestCentre.id, distanceM: m(a.nearestCentre.distance) } : null,
      ownTeamCentre: a.ownTeamCentre ? { id: a.ownTeamCentre.id, distanceM: m(a.ownTeamCentre.distance) } : null,
      covered: a.covered,
      access2sfca: r4(a.access2sfca),
      accessE2sfca: r4(a.accessE2sfca),
      gapScore: r4(a.gapScore),
      gapRank: a.gapRank,
      gapReasons: result.explainGap(i).map((g) => ({ component: g.component, z: r4(g.z) })),
      hotspot: a.hotspot ? { z: r4(a.hotspot.z), p: r4(a.hotspot.p), cluster: a.hotspot.cluster } : null,
    })),
    suppression: { threshold: settings.suppressionThreshold, knownClientsHidden: run.clientsSuppressed.size, openDossiersHiddenTeams: run.dossiersSuppressed.size },
  };
}

export type AnalysisReport = ReturnType<typeof buildAnalysisReport>;
