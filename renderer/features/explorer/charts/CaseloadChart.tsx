import { useId, useMemo, useState } from 'react';
import { useAppState, useI18n } from '../../../app/app-context';
import { formatNumber } from '../../../shared/i18n/i18n';
import { ChartFrame } from './ChartFrame';
import { linearAxis, niceMax } from './chart-drawings';
import { CHART_COLOURS, PlotGroup, Readout, rovingKeyDown, useChartLinking } from './chart-parts';
import { selectCaseloadChart, selectChartFocus, type CaseloadChartModel } from './chart-selectors';
import { TeamBars } from './svg-plot';

const ROW_HEIGHT = 28;

/** The bars of caseload per FTE with their values; a suppressed team has no bar and a note instead. */
function CaseloadBars({ model, teams, onTeam }: { model: CaseloadChartModel; teams: ReadonlySet<string>; onTeam: (teamId: string) => void }) {
  const { language } = useI18n();
  // The same axis as the chart's export (chart-drawings.ts), built once per model and language.
  const plot = useMemo(
    () => ({
      axis: linearAxis(niceMax(model.maxCaseload), 4, (v) => formatNumber(language, v, 0)),
      series: [{ key: 'caseload', colour: CHART_COLOURS.caseload, values: model.rows.map((r) => r.caseload), labels: model.rows.map((r) => (r.status === 'shown' ? r.valueLabel : null)) }],
      notes: model.rows.map((r) => (r.status === 'shown' ? null : r.valueLabel)),
    }),
    [model, language],
  );
  return <TeamBars rows={model.rows} series={plot.series} axis={plot.axis} notes={plot.notes} rowHeight={ROW_HEIGHT} marginRight={40} categoryGap={0.22} teams={teams} onTeam={onTeam} />;
}

/**
 * Per team: open dossiers per social-worker FTE. A team whose dossiers are suppressed has no bar and says
 * "afgeschermd". Linked to the map like the FTE chart.
 */
export function CaseloadChart() {
  const { t } = useI18n();
  const model = useAppState(selectCaseloadChart);
  const { teams } = useAppState(selectChartFocus);
  const link = useChartLinking();
  const hintId = useId();
  const [focused, setFocused] = useState(false);
  if (!model) return null;
  const rows = model.rows;
  const active = rows.findIndex((r) => teams.has(r.teamId));
  return (
    <ChartFrame testId="chart-caseload" chart="caseload" title={t('chartCaseloadTitle')} summary={model.summary} table={model.table} source={model.source}>
      <PlotGroup
        label={t('chartCaseloadAria')}
        hintId={hintId}
        onKeyDown={(e) => rovingKeyDown(e, rows, active, (r) => link.team(r.teamId), { clear: link.clear, axis: 'vertical' })}
        onFocusedChange={setFocused}
        onLeave={link.clear}
      >
        <CaseloadBars model={model} teams={teams} onTeam={link.team} />
      </PlotGroup>
      <p id={hintId} className="sr-only">
        {t('chartKeysTeams')}
      </p>
      <Readout text={active >= 0 ? rows[active]!.description : ''} placeholder={t('chartReadoutTeams')} live={focused} />
    </ChartFrame>
  );
}
