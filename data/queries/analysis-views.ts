/**
 * The derived-indicator views, created with every package load (data/db/load-package-into-database.ts).
 * Counts are summed from the base areas to every level through `area_hierarchy`; rates are always
 * Σ numerator ÷ Σ denominator over the same base areas, never averages of rates. Which indicators are
 * need, clients and caseload comes from the `analysis_roles` table (data/package/analysis-roles.ts).
 *
 * - `indicator_rates` (the view `indicator_rates_view`, materialised once per load as a table):
 *                       level, area_code, period, indicator, count, reported, withheld, denominator,
 *                       denominator_count, rate_per_1000 (per the declared denominator),
 *                       per_1000_residents, per_1000_households
 * - `indicator_change`: level, area_code, indicator, period_from, period_to, count_change,
 *                       relative_change, rate_change (every pair of periods)
 * - `area_reach`:       level, area_code, period, known_clients, persons_in_need, reach, est_non_take_up,
 *                       non_take_up_share
 * - `team_caseload`:    team_id, name, period, open_dossiers, social_worker_fte, caseload_per_fte
 */
export const ANALYSIS_VIEW_STATEMENTS: readonly string[] = [
  `CREATE OR REPLACE VIEW indicator_rates_view AS
   WITH roles AS (SELECT
       max(CASE WHEN role = 'population' THEN value END) AS population,
       max(CASE WHEN role = 'households' THEN value END) AS households
     FROM analysis_roles),
   pairs AS (
     SELECT n.area_code AS base_code, n.period, n.indicator, d.denominator, n.value AS num, n.flag,
            dn.value AS den, pop.value AS residents, hh.value AS households
     FROM indicators n
     JOIN indicator_definitions d ON d.id = n.indicator
     CROSS JOIN roles
     LEFT JOIN indicators dn ON dn.area_code = n.area_code AND dn.period = n.period AND dn.indicator = d.denominator
     LEFT JOIN indicators pop ON pop.area_code = n.area_code AND pop.period = n.period AND pop.indicator = roles.population
     LEFT JOIN indicators hh ON hh.area_code = n.area_code AND hh.period = n.period AND hh.indicator = roles.households)
   SELECT h.level, h.area_code, p.period, p.indicator, any_value(p.denominator) AS denominator,
          sum(p.num)::DOUBLE AS count,
          count(p.num)::INTEGER AS reported,
          count(CASE WHEN p.flag = 'suppressed' THEN 1 END)::INTEGER AS withheld,
          sum(CASE WHEN p.num IS NOT NULL THEN p.den END)::DOUBLE AS denominator_count,
          (1000.0 * sum(p.num) / nullif(sum(CASE WHEN p.num IS NOT NULL THEN p.den END), 0))::DOUBLE AS rate_per_1000,
          (1000.0 * sum(p.num) / nullif(sum(CASE WHEN p.num IS NOT NULL THEN p.residents END), 0))::DOUBLE AS per_1000_residents,
          (1000.0 * sum(p.num) / nullif(sum(CASE WHEN p.num IS NOT NULL THEN p.households END), 0))::DOUBLE AS per_1000_households
   FROM pairs p JOIN area_hierarchy h ON h.base_code = p.base_code
   GROUP BY h.level, h.area_code, p.period, p.indicator`,
  // The package does not change once loaded, so the rates are materialised once: every query below (and
  // the engine's, on every slider move) reads a table instead of re-running the joins.
  `CREATE OR REPLACE TABLE indicator_rates AS SELECT * FROM indicator_rates_view`,
  `CREATE OR REPLACE VIEW indicator_change AS
   SELECT a.level, a.area_code, a.indicator, a.period AS period_from, b.period AS period_to,
          (b.count - a.count)::DOUBLE AS count_change,
          ((b.count - a.count) / nullif(a.count, 0))::DOUBLE AS relative_change,
          (b.rate_per_1000 - a.rate_per_1000)::DOUBLE AS rate_change
   FROM indicator_rates a
   JOIN indicator_rates b ON b.level = a.level AND b.area_code = a.area_code AND b.indicator = a.indicator AND b.period > a.period`,
  `CREATE OR REPLACE VIEW area_reach AS
   SELECT c.level, c.area_code, c.period,
          c.count AS known_clients, n.count AS persons_in_need,
          (c.count / nullif(n.count, 0))::DOUBLE AS reach,
          greatest(n.count - c.count, 0)::DOUBLE AS est_non_take_up,
          (1 - c.count / nullif(n.count, 0))::DOUBLE AS non_take_up_share
   FROM indicator_rates c
   JOIN indicator_rates n ON n.level = c.level AND n.area_code = c.area_code AND n.period = c.period
   WHERE c.indicator = (SELECT value FROM analysis_roles WHERE role = 'clients')
     AND n.indicator = (SELECT value FROM analysis_roles WHERE role = 'need')`,
  `CREATE OR REPLACE VIEW team_caseload AS
   WITH dossiers AS (
     SELECT area_code AS team_id, period, count AS open_dossiers FROM indicator_rates
     WHERE level = 'team' AND indicator = (SELECT value FROM analysis_roles WHERE role = 'caseload')),
   fte AS (
     SELECT team_id, period, sum(fte)::DOUBLE AS social_worker_fte FROM team_fte
     WHERE profile = (SELECT value FROM analysis_roles WHERE role = 'socialWorkerProfile')
     GROUP BY team_id, period),
   periods AS (SELECT DISTINCT period FROM dossiers UNION SELECT DISTINCT period FROM fte)
   SELECT t.team_id, t.name, p.period, d.open_dossiers, f.social_worker_fte,
          (d.open_dossiers / nullif(f.social_worker_fte, 0))::DOUBLE AS caseload_per_fte
   FROM teams t CROSS JOIN periods p
   LEFT JOIN dossiers d ON d.team_id = t.team_id AND d.period = p.period
   LEFT JOIN fte f ON f.team_id = t.team_id AND f.period = p.period`,
];
