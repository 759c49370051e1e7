import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../../../app/app-context';
import { formatNumber } from '../../../shared/i18n/i18n';
import type { PlannerModel } from '../planner-model';

/** Colours of the comparison's and the scenario's bars. */
export const COMPARE_CHART_COLOURS = { compare: '#9ecae1', scenario: '#08519c' } as const;

/** Caseload per FTE per team, the comparison's bars beside the scenario's (suppressed caseloads have none). */
export function CompareChart({ model, compareName }: { model: PlannerModel; compareName: string }) {
  const { t, language } = useI18n();
  const data = model.teams.map((r) => ({ name: r.name.replace(/^Wijkteam\s+/i, ''), a: r.caseloadCompare, b: r.caseloadScenario }));
  return (
    <figure className="chart" data-testid="planner-chart">
      <figcaption className="chart-title">{t('plannerChart', { a: compareName, b: model.scenario.name })}</figcaption>
      <div style={{ width: '100%', height: 220 }}>
        <ResponsiveContainer>
          <BarChart data={data} layout="vertical" margin={{ left: 8, right: 16 }}>
            <CartesianGrid horizontal={false} />
            <XAxis type="number" />
            <YAxis type="category" dataKey="name" width={112} />
            <Tooltip formatter={(v) => (typeof v === 'number' ? formatNumber(language, v, 1) : String(v))} />
            <Legend />
            <Bar dataKey="a" name={compareName} fill={COMPARE_CHART_COLOURS.compare} isAnimationActive={false} />
            <Bar dataKey="b" name={model.scenario.name} fill={COMPARE_CHART_COLOURS.scenario} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
