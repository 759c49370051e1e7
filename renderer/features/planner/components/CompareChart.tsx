import { useMemo } from 'react';
import { useI18n } from '../../../app/app-context';
import { formatNumber } from '../../../shared/i18n/i18n';
import { linearAxis, niceMax } from '../../explorer/charts/chart-drawings';
import { TeamBars } from '../../explorer/charts/svg-plot';
import type { PlannerModel } from '../planner-model';

/** Colours of the comparison's and the scenario's bars. */
export const COMPARE_CHART_COLOURS = { compare: '#9ecae1', scenario: '#08519c' } as const;

const ROW_HEIGHT = 34;
const NO_TEAMS: ReadonlySet<string> = new Set();

/**
 * Caseload per FTE per team, the comparison's bars beside the scenario's, each with its value (suppressed
 * caseloads have none). Plain SVG (svg-plot.tsx), drawn again only for a new model or names: every planner
 * edit gives a new model, and a chart library's own store made each edit cost a re-derivation.
 */
export function CompareChart({ model, compareName }: { model: PlannerModel; compareName: string }) {
  const { t, language } = useI18n();
  const scenarioName = model.scenario.name;
  const plot = useMemo(() => {
    const label = (v: number | null) => (v === null ? null : formatNumber(language, v, 1));
    const values = model.teams.flatMap((r) => [r.caseloadCompare, r.caseloadScenario]).filter((v): v is number => v !== null);
    return {
      rows: model.teams.map((r) => ({ teamId: r.id, shortName: r.name.replace(/^Wijkteam\s+/i, '') })),
      axis: linearAxis(niceMax(Math.max(1, ...values)), 4, (v) => formatNumber(language, v, 0)),
      series: [
        { key: 'compare', colour: COMPARE_CHART_COLOURS.compare, values: model.teams.map((r) => r.caseloadCompare), labels: model.teams.map((r) => label(r.caseloadCompare)) },
        { key: 'scenario', colour: COMPARE_CHART_COLOURS.scenario, values: model.teams.map((r) => r.caseloadScenario), labels: model.teams.map((r) => label(r.caseloadScenario)) },
      ],
    };
  }, [model.teams, language]);
  return (
    <figure className="chart" data-testid="planner-chart">
      <figcaption className="chart-title">{t('plannerChart', { a: compareName, b: scenarioName })}</figcaption>
      <ul className="chart-legend" aria-hidden="true">
        <li>
          <span className="legend-swatch" style={{ background: COMPARE_CHART_COLOURS.compare }} />
          {compareName}
        </li>
        <li>
          <span className="legend-swatch" style={{ background: COMPARE_CHART_COLOURS.scenario }} />
          {scenarioName}
        </li>
      </ul>
      <TeamBars rows={plot.rows} series={plot.series} axis={plot.axis} rowHeight={ROW_HEIGHT} marginRight={40} categoryGap={0.16} barGap={1} teams={NO_TEAMS} />
    </figure>
  );
}
