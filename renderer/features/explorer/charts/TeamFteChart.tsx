import { useId, useMemo, useState } from 'react';
import { useAppState, useI18n } from '../../../app/app-context';
import { ChartFrame } from './ChartFrame';
import { shareAxis } from './chart-drawings';
import { CHART_COLOURS, PlotGroup, Readout, rovingKeyDown, useChartLinking } from './chart-parts';
import { TeamBars } from './svg-plot';
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
function TargetMark({ teamId, cx, cy }: { teamId: string; cx: number; cy: number }) {
  return <path className="target-mark" data-team={teamId} d={`M ${cx} ${cy - 6} L ${cx + 5} ${cy} L ${cx} ${cy + 6} L ${cx - 5} ${cy} Z`} fill={CHART_COLOURS.target} stroke="#fff" strokeWidth={1.5} />;
}
const drawTarget = (teamId: string, cx: number, cy: number) => <TargetMark key="target" teamId={teamId} cx={cx} cy={cy} />;

/** The bars: FTE share and need share per team, the target as a diamond; `teams` are emphasised. */
function TeamFteBars({ model, teams, onTeam }: { model: TeamFteChartModel; teams: ReadonlySet<string>; onTeam: (teamId: string) => void }) {
  const { language } = useI18n();
  // Built once per model and language: the plot is memoised and draws again only for a new model or focus.
  const plot = useMemo(
    () => ({
      axis: shareAxis(model.maxShare, language),
      series: [
        { key: 'fte', colour: CHART_COLOURS.fte, values: model.rows.map((r) => r.fteShare) },
        { key: 'need', colour: CHART_COLOURS.need, values: model.rows.map((r) => r.needShare) },
      ],
      marker: { values: model.rows.map((r) => r.targetShare), draw: drawTarget },
    }),
    [model, language],
  );
  return <TeamBars rows={model.rows} series={plot.series} axis={plot.axis} marker={plot.marker} rowHeight={ROW_HEIGHT} marginRight={14} categoryGap={0.24} barGap={1} teams={teams} onTeam={onTeam} />;
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
