import { useId, useState } from 'react';
import { Bar, BarChart, CartesianGrid, ReferenceDot, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { useAppState, useI18n } from '../../../app/app-context';
import { formatNumber } from '../../../shared/i18n/i18n';
import { ChartFrame } from './ChartFrame';
import { CHART_COLOURS, PlotGroup, Readout, rovingKeyDown, TeamBar, TeamTick, useChartLinking } from './chart-parts';
import { selectChartFocus, selectTeamFteChart, type TeamFteChartModel } from './chart-selectors';

const ROW_HEIGHT = 34;

/** What the three marks of the chart stand for (the chart's words say it for assistive technology). */
function TeamFteLegend() {
  const { t } = useI18n();
  return (
    <ul className="chart-legend" aria-hidden="true">
      <li>
        <span className="legend-swatch" style={{ background: CHART_COLOURS.fte }} />
        {t('chartFteShare')}
      </li>
      <li>
        <span className="legend-swatch" style={{ background: CHART_COLOURS.need }} />
        {t('chartNeedShare')}
      </li>
      <li>
        <span className="legend-diamond" />
        {t('chartTargetShare')}
      </li>
    </ul>
  );
}

/** The weighted-capitation target of a team: a diamond on its row. */
function TargetMark({ teamId, cx = 0, cy = 0 }: { teamId: string; cx?: number; cy?: number }) {
  return <path className="target-mark" data-team={teamId} d={`M ${cx} ${cy - 6} L ${cx + 5} ${cy} L ${cx} ${cy + 6} L ${cx - 5} ${cy} Z`} fill={CHART_COLOURS.target} stroke="#fff" strokeWidth={1.5} />;
}

/** The bars: FTE share and need share per team, the target as a diamond; `teams` are emphasised. */
function TeamFteBars({ model, teams, onTeam }: { model: TeamFteChartModel; teams: ReadonlySet<string>; onTeam: (teamId: string) => void }) {
  const { t, language } = useI18n();
  const rows = model.rows;
  const pct = (v: number) => `${formatNumber(language, v * 100, 0)} %`;
  return (
    <ResponsiveContainer width="100%" height={rows.length * ROW_HEIGHT + 28}>
      <BarChart
        data={[...rows]}
        layout="vertical"
        margin={{ top: 2, right: 14, bottom: 0, left: 0 }}
        barGap={1}
        barCategoryGap="24%"
        accessibilityLayer={false}
        onMouseMove={(state) => {
          const row = rows[Number(state.activeTooltipIndex)];
          if (row) onTeam(row.teamId);
        }}
      >
        <CartesianGrid horizontal={false} stroke={CHART_COLOURS.grid} />
        <XAxis type="number" domain={[0, model.maxShare]} tickFormatter={pct} tickCount={5} fontSize={11} stroke={CHART_COLOURS.axis} />
        <YAxis type="category" dataKey="teamId" width={92} tickLine={false} stroke={CHART_COLOURS.axis} tick={(p) => <TeamTick {...p} rows={rows} teams={teams} onEnter={onTeam} />} interval={0} />
        <Bar dataKey="fteShare" name={t('chartFteShare')} fill={CHART_COLOURS.fte} isAnimationActive={false} shape={(p) => <TeamBar {...p} series="fte" teams={teams} />} />
        <Bar dataKey="needShare" name={t('chartNeedShare')} fill={CHART_COLOURS.need} isAnimationActive={false} shape={(p) => <TeamBar {...p} series="need" teams={teams} />} />
        {rows.map((r) => (
          <ReferenceDot key={r.teamId} x={r.targetShare} y={r.teamId} ifOverflow="extendDomain" shape={(p: { cx?: number; cy?: number }) => <TargetMark teamId={r.teamId} cx={p.cx} cy={p.cy} />} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

/**
 * Per team: its share of the social-worker FTE (navy) against its share of the persons in need (orange),
 * with the weighted-capitation target as a tick. Pointing at a team (or moving to it with the arrow keys)
 * highlights its areas on the map; the team of the area under the map pointer is emphasised here.
 */
export function TeamFteChart() {
  const { t } = useI18n();
  const model = useAppState(selectTeamFteChart);
  const focus = useAppState(selectChartFocus);
  const link = useChartLinking();
  const hintId = useId();
  const [focused, setFocused] = useState(false);
  if (!model) return null;
  const rows = model.rows;
  const active = rows.findIndex((r) => focus.teams.has(r.teamId));
  return (
    <ChartFrame testId="chart-team-fte" chart="team-fte" title={t('chartTeamFteTitle')} summary={model.summary} table={model.table} source={model.source}>
      <TeamFteLegend />
      <PlotGroup
        label={t('chartTeamFteAria')}
        hintId={hintId}
        onKeyDown={(e) => rovingKeyDown(e, rows, active, (r) => link.team(r.teamId), { clear: link.clear, axis: 'vertical' })}
        onFocusedChange={setFocused}
        onLeave={link.clear}
      >
        <TeamFteBars model={model} teams={focus.teams} onTeam={link.team} />
      </PlotGroup>
      <p id={hintId} className="sr-only">
        {t('chartKeysTeams')}
      </p>
      <Readout text={active >= 0 ? rows[active]!.description : ''} placeholder={t('chartReadoutTeams')} live={focused} />
    </ChartFrame>
  );
}
