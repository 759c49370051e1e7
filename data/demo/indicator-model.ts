/**
 * # The Demostad indicator model (FICTIONAL data)
 *
 * Every number in the Demostad package comes from this model, driven by a seeded random generator. It is
 * built to *behave* like the Kortrijk figures (same 13 indicators, similar ratios) so that the app's maps,
 * rankings and caseload views have something meaningful to show, while describing no real person or place.
 *
 * ## Spatial drivers (per sector, measured at the sector centroid)
 * - `dc` distance to the town centre, `dv` to the nearest village core, `dh` to a social-housing estate
 *   ("hotspot") on the edge of the town, `dn` to the nearest service centre (all in metres).
 * - **Population density** (persons/km²):
 *   `260 + 7800·exp(−(dc/1500)²) + 3200·exp(−(dv/550)²) + 2600·exp(−(dh/380)²)`, times a sector factor
 *   0.8–1.25; about 6 % of the sectors are parks or business zones with a factor 0.02–0.12 (these give the
 *   small counts that suppression must hide). Dense centre ≈ 8,000/km², periphery ≈ 300/km², total ≈ 70,000.
 * - **Deprivation** `dep` ∈ [0, 1]: `0.10 + 0.62·exp(−(dc/1600)²) + 0.55·exp(−(dh/550)²)` plus a wijk effect
 *   (±0.06) and a sector effect (±0.08).
 * - **Urbanity** `urb = min(1, density / 6000)`.
 *
 * ## Indicators, base year 2024 (expected values; counts are then drawn, see below)
 * | indicator | expected value |
 * |---|---|
 * | population | density × area (2024); earlier years back-cast with a sector growth rate of 0.4 % ± 0.5 %/year |
 * | households | population / (2.1 + 0.3·(1 − urb)) — 2.1 persons per household in the centre, 2.4 in the villages |
 * | est_poverty_persons | population × (0.065 + 0.165·dep) — 8 % … 23 %, highest in the dense centre and the estate |
 * | leefloon_persons | population × (0.006 + 0.04·dep²) |
 * | vt_persons | population × (0.12 + 0.22·dep) |
 * | single_parent_households | households × (0.05 + 0.09·dep) |
 * | alone_75plus | population × (0.03 + 0.025·(1 − urb)) |
 * | births | population × 0.0102 |
 * | kansarm_births | births × (0.06 + 0.38·dep) |
 * | budgetmeter_households | households × (0.015 + 0.07·dep) |
 * | known_clients | est_poverty × reach, reach = 0.22 + 0.43·exp(−dn/1000) (± 4 %): ≈ 0.65 next to a centre, ≈ 0.24 at 3 km — the non-take-up gap grows with distance |
 * | open_dossiers | 0.8 × known_clients |
 * | help_requests | known_clients × (1.3 + 0.4·dep) |
 *
 * ## Periods
 * With `t = year − 2024` (−2, −1, 0): poverty rate × (1 + 0.025·t), leefloon × (1 + 0.02·t), budgetmeter
 * × (1 + 0.035·t), reach × (1 + 0.03·t), help requests × (1 + 0.03·t), births × (1 − 0.015·t): a few percent
 * change per year with a trend (more poverty and more reach over time).
 *
 * ## Drawing counts
 * Expected values below 20 are drawn from a Poisson distribution (so 0–4 occur in small sectors), larger
 * ones as `round(mean + 0.5·√mean·z)` with z ≈ N(0, 1) (Irwin–Hall). Then the nesting is enforced:
 * households ≤ population, est_poverty ≤ population, leefloon ≤ est_poverty, vt ≤ population,
 * single_parent ≤ households, budgetmeter ≤ households, alone_75plus ≤ population, kansarm_births ≤ births,
 * known_clients ≤ est_poverty, open_dossiers ≤ known_clients. All values are non-negative integers.
 *
 * @example
 * const values = modelSectorIndicators(inputs, createSeededRandom(deriveSeed(seed, 'indicators')));
 * values.get('99999A00-')?.get(2024)?.population;
 */

/** The years every sector has values for. */
export const DEMO_PERIODS = [2022, 2023, 2024] as const;
export type DemoPeriod = (typeof DEMO_PERIODS)[number];

/** One row of `indicator_definitions.csv` (the same 13 ids and metadata as the Kortrijk package). */
export interface IndicatorDefinition {
  id: IndicatorId;
  label_nl: string;
  label_en: string;
  unit: string;
  kind: 'count';
  denominator: string;
  polarity: 'neutral' | 'higher_worse' | 'higher_better';
  sensitive: 'yes' | 'no';
  source: string;
}

export const DEMO_INDICATOR_SOURCE = 'FICTIEF / FICTIONAL (Demostad model)';
/** The same source per UI language (the `source_nl` and `source_en` columns). */
export const DEMO_INDICATOR_SOURCES = { nl: 'FICTIEF (model van Demostad)', en: 'FICTIONAL (Demostad model)' } as const;

export const INDICATOR_IDS = [
  'population',
  'households',
  'est_poverty_persons',
  'leefloon_persons',
  'vt_persons',
  'single_parent_households',
  'alone_75plus',
  'births',
  'kansarm_births',
  'budgetmeter_households',
  'known_clients',
  'open_dossiers',
  'help_requests',
] as const;
export type IndicatorId = (typeof INDICATOR_IDS)[number];

const definition = (
  id: IndicatorId,
  label_nl: string,
  label_en: string,
  unit: string,
  denominator: string,
  polarity: IndicatorDefinition['polarity'],
  sensitive: IndicatorDefinition['sensitive'],
): IndicatorDefinition => ({ id, label_nl, label_en, unit, kind: 'count', denominator, polarity, sensitive, source: DEMO_INDICATOR_SOURCE });

export const INDICATOR_DEFINITIONS: readonly IndicatorDefinition[] = [
  definition('population', 'Inwoners', 'Residents', 'persons', '', 'neutral', 'no'),
  definition('households', 'Huishoudens', 'Households', 'households', '', 'neutral', 'no'),
  definition('est_poverty_persons', 'Geschat aantal personen in armoede', 'Estimated persons at risk of poverty', 'persons', 'population', 'higher_worse', 'no'),
  definition('leefloon_persons', 'Leefloongerechtigden', 'Social integration income recipients', 'persons', 'population', 'higher_worse', 'yes'),
  definition('vt_persons', 'Personen met verhoogde tegemoetkoming', 'Persons with increased health reimbursement', 'persons', 'population', 'higher_worse', 'no'),
  definition('single_parent_households', 'Eenoudergezinnen', 'Single-parent households', 'households', 'households', 'higher_worse', 'no'),
  definition('alone_75plus', 'Alleenwonende 75-plussers', 'People aged 75+ living alone', 'persons', 'population', 'higher_worse', 'no'),
  definition('births', 'Geboorten', 'Births', 'persons', '', 'neutral', 'no'),
  definition('kansarm_births', 'Geboorten in kansarme gezinnen', 'Births in deprived families', 'persons', 'births', 'higher_worse', 'yes'),
  definition('budgetmeter_households', 'Huishoudens met actieve budgetmeter', 'Households with an active prepayment meter', 'households', 'households', 'higher_worse', 'yes'),
  definition('known_clients', 'Gekende cliënten sociale dienst', 'Clients known to the social service', 'persons', 'est_poverty_persons', 'higher_better', 'yes'),
  definition('open_dossiers', 'Lopende dossiers (caseload)', 'Open case files (caseload)', 'dossiers', '', 'neutral', 'yes'),
  definition('help_requests', 'Hulpvragen', 'Help requests', 'requests', '', 'neutral', 'yes'),
];

/** Where the spatial drivers of the model are, in metres in the town's local plane. */
export interface TownFocus {
  townCentre: readonly [number, number];
  villageCores: readonly (readonly [number, number])[];
  hotspot: readonly [number, number];
}

const distance = (a: readonly [number, number], b: readonly [number, number]): number => Math.hypot(a[0] - b[0], a[1] - b[1]);
const bump = (d: number, scale: number): number => Math.exp(-((d / scale) ** 2));

/** Expected population density (persons/km²) at a point of the local plane, before the sector factor. */
export function populationDensityAt(point: readonly [number, number], focus: TownFocus): number {
  const dv = Math.min(...focus.villageCores.map((v) => distance(point, v)));
  return 260 + 7800 * bump(distance(point, focus.townCentre), 1500) + 3200 * bump(dv, 550) + 2600 * bump(distance(point, focus.hotspot), 380);
}

/** Deprivation index before the wijk and sector effects (0 … ~1). */
export function baseDeprivationAt(point: readonly [number, number], focus: TownFocus): number {
  return 0.1 + 0.62 * bump(distance(point, focus.townCentre), 1600) + 0.55 * bump(distance(point, focus.hotspot), 550);
}

/**
 * The sector factor on density: 0.8–1.25 for ordinary sectors, 0.02–0.12 for the ~6 % that are parks or
 * business zones. Draws exactly two random numbers.
 */
export function drawDensityFactor(random: () => number): { factor: number; lowPopulation: boolean } {
  const kind = random();
  const size = random();
  if (kind < 0.06) return { factor: 0.02 + 0.1 * size, lowPopulation: true };
  return { factor: 0.8 + 0.45 * size, lowPopulation: false };
}

/** What the model needs to know about one sector. */
export interface SectorModelInput {
  code: string;
  population2024: number;
  /** Persons per km² (used for urbanity). */
  densityPerKm2: number;
  /** Deprivation 0…1 including wijk and sector effects. */
  deprivation: number;
  /** Distance from the sector centroid to the nearest service centre. */
  distanceToNearestCentreMeters: number;
}

export type IndicatorValues = Record<IndicatorId, number>;

/** Draws a non-negative integer count with expected value `mean`. */
export function drawCount(mean: number, random: () => number): number {
  if (!Number.isFinite(mean) || mean < 0) throw new RangeError(`mean must be a finite number >= 0, got ${mean}`);
  if (mean === 0) return 0;
  if (mean < 20) {
    const limit = Math.exp(-mean);
    let k = 0;
    let product = random();
    while (product > limit) {
      k += 1;
      product *= random();
    }
    return k;
  }
  const z = (random() + random() + random() + random() - 2) * Math.sqrt(3);
  return Math.max(0, Math.round(mean + 0.5 * Math.sqrt(mean) * z));
}

/**
 * Draws the 13 indicators for every sector and period. The result maps sector code → period → values; the
 * iteration order follows `sectors` and `DEMO_PERIODS`, and random numbers are consumed in that order, so
 * the output is deterministic for a deterministic `random`.
 */
export function modelSectorIndicators(
  sectors: readonly SectorModelInput[],
  random: () => number,
): Map<string, Map<DemoPeriod, IndicatorValues>> {
  const result = new Map<string, Map<DemoPeriod, IndicatorValues>>();
  for (const sector of sectors) {
    if (!Number.isSafeInteger(sector.population2024) || sector.population2024 < 0) {
      throw new RangeError(`sector ${sector.code}: population2024 must be an integer >= 0`);
    }
    const growth = 0.004 + 0.01 * (random() - 0.5);
    const reachNoise = 1 + 0.08 * (random() - 0.5);
    const dep = Math.min(1, Math.max(0, sector.deprivation));
    const urb = Math.min(1, sector.densityPerKm2 / 6000);
    const baseReach = Math.min(0.95, Math.max(0.05, (0.22 + 0.43 * Math.exp(-sector.distanceToNearestCentreMeters / 1000)) * reachNoise));
    const byPeriod = new Map<DemoPeriod, IndicatorValues>();
    for (const period of DEMO_PERIODS) {
      const t = period - 2024;
      const population =
        t === 0 ? sector.population2024 : Math.max(0, Math.round(sector.population2024 * (1 + growth * t) * (1 + 0.006 * (random() - 0.5))));
      const households = Math.min(population, Math.max(population > 0 ? 1 : 0, drawCount(population / (2.1 + 0.3 * (1 - urb)), random)));
      const estPoverty = Math.min(population, drawCount(population * (0.065 + 0.165 * dep) * (1 + 0.025 * t), random));
      const leefloon = Math.min(estPoverty, drawCount(population * (0.006 + 0.04 * dep * dep) * (1 + 0.02 * t), random));
      const vt = Math.min(population, drawCount(population * (0.12 + 0.22 * dep), random));
      const singleParents = Math.min(households, drawCount(households * (0.05 + 0.09 * dep), random));
      const alone75 = Math.min(population, drawCount(population * (0.03 + 0.025 * (1 - urb)), random));
      const births = Math.min(population, drawCount(population * 0.0102 * (1 - 0.015 * t), random));
      const kansarmBirths = Math.min(births, drawCount(births * (0.06 + 0.38 * dep), random));
      const budgetmeter = Math.min(households, drawCount(households * (0.015 + 0.07 * dep) * (1 + 0.035 * t), random));
      const reach = Math.min(0.95, baseReach * (1 + 0.03 * t));
      const knownClients = Math.min(estPoverty, drawCount(estPoverty * reach, random));
      const openDossiers = Math.min(knownClients, drawCount(knownClients * 0.8, random));
      const helpRequests = drawCount(knownClients * (1.3 + 0.4 * dep) * (1 + 0.03 * t), random);
      byPeriod.set(period, {
        population,
        households,
        est_poverty_persons: estPoverty,
        leefloon_persons: leefloon,
        vt_persons: vt,
        single_parent_households: singleParents,
        alone_75plus: alone75,
        births,
        kansarm_births: kansarmBirths,
        budgetmeter_households: budgetmeter,
        known_clients: knownClients,
        open_dossiers: openDossiers,
        help_requests: helpRequests,
      });
    }
    result.set(sector.code, byPeriod);
  }
  return result;
}
