import { useId, useState } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { useAppState, useI18n } from '../../../app/app-context';
import { formatNumber } from '../../../shared/i18n/i18n';
import { ChartFrame } from './ChartFrame';
import { CHART_COLOURS, PlotGroup, Readout, rovingKeyDown, TeamBar, TeamTick, useChartLinking } from './chart-parts';
import { selectCaseloadChart, selectChartFocus } from './chart-selectors';

const ROW_HEIGHT = 28;

/**
 * Per team: open dossiers per social-worker FTE. A team whose dossiers are suppressed has no bar and says
 * "afgeschermd". Linked to the map like the FTE chart.
 */
export function CaseloadChart() {
  const { t, language } = useI18n();
  const model = useAppState(selectCaseloadChart);
  const { teams } = useAppState(selectChartFocus);
  const link = useChartLinking();
  const hintId = useId();
  const [focused, setFocused] = useState(false);
  if (!model) return null;
  const rows = model.rows;
  const active = rows.findIndex((r) => teams.has(r.teamId));
  const noteOf = (teamId: string) => {
    const row = rows.find((r) => r.teamId === teamId);
    return row && row.status !== 'shown' ? row.valueLabel : null;
  };
  return (
    <ChartFrame testId="chart-caseload" chart="caseload" title={t('chartCaseloadTitle')} summary={model.summary} table={model.table} source={model.source}>
      <PlotGroup
        label={t('chartCaseloadAria')}
        hintId={hintId}
        onKeyDown={(e) => rovingKeyDown(e, rows, active, (r) => link.team(r.teamId), { clear: link.clear, axis: 'vertical' })}
        onFocusedChange={setFocused}
        onLeave={link.clear}
      >
        <ResponsiveContainer width="100%" height={rows.length * ROW_HEIGHT + 28}>
          <BarChart
            data={[...rows]}
            layout="vertical"
            margin={{ top: 2, right: 40, bottom: 0, left: 0 }}
            barCategoryGap="22%"
            accessibilityLayer={false}
            onMouseMove={(state) => {
              const row = rows[Number(state.activeTooltipIndex)];
              if (row) link.team(row.teamId);
            }}
          >
            <CartesianGrid horizontal={false} stroke={CHART_COLOURS.grid} />
            <XAxis type="number" domain={[0, 'auto']} tickFormatter={(v: number) => formatNumber(language, v, 0)} tickCount={5} fontSize={11} stroke={CHART_COLOURS.axis} />
            <YAxis
              type="category"
              dataKey="teamId"
              width={92}
              tickLine={false}
              stroke={CHART_COLOURS.axis}
              interval={0}
              tick={(p) => <TeamTick {...p} rows={rows} teams={teams} after={noteOf} onEnter={link.team} />}
            />
            <Bar dataKey="caseload" name={t('chartCaseloadUnit')} fill={CHART_COLOURS.caseload} isAnimationActive={false} shape={(p) => <TeamBar {...p} series="caseload" teams={teams} />}>
              <LabelList dataKey="valueLabel" position="right" fontSize={11} fill={CHART_COLOURS.axis} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </PlotGroup>
      <p id={hintId} className="sr-only">
        {t('chartKeysTeams')}
      </p>
      <Readout text={active >= 0 ? rows[active]!.description : ''} placeholder={t('chartReadoutTeams')} live={focused} />
    </ChartFrame>
  );
}
