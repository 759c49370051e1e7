import { useI18n } from '../../../app/app-context';
import { formatNumber } from '../../../shared/i18n/i18n';
import type { PlannerModel } from '../planner-model';
import { modeWords } from '../planner-words';

/** Per team: FTE difference, caseload and distance (comparison → scenario); per travel mode: need covered. */
export function DiffTable({ model }: { model: PlannerModel }) {
  const { t, language } = useI18n();
  const fmt = (x: number | null) => (x === null ? t('plannerSuppressed') : formatNumber(language, x, 1));
  const km = (m: number | null) => (m === null ? '–' : `${formatNumber(language, m / 1000, 1)} km`);
  return (
    <table className="planner-table" data-testid="planner-diff">
      <thead>
        <tr>
          <th scope="col">{t('plannerTeam')}</th>
          <th scope="col">{t('plannerDiffFte')}</th>
          <th scope="col">{t('plannerDiffCaseload')}</th>
          <th scope="col">{t('plannerDistance')}</th>
        </tr>
      </thead>
      <tbody>
        {model.teams.map((r) => {
          const d = r.fteScenario - r.fteCompare;
          return (
            <tr key={r.id} data-testid="planner-diff-row" data-team={r.id} data-delta={d}>
              <th scope="row">{r.name}</th>
              <td className={d > 0 ? 'gain' : d < 0 ? 'loss' : ''}>{`${d > 0 ? '+' : ''}${formatNumber(language, d, 1)}`}</td>
              <td>
                {fmt(r.caseloadCompare)} → {fmt(r.caseloadScenario)}
              </td>
              <td data-testid="planner-diff-distance">
                {km(r.distanceCompareM)} → {km(r.distanceOwnM)}
              </td>
            </tr>
          );
        })}
        {model.coverage.map((c, i) => (
          <tr key={c.mode} data-testid="planner-diff-mode" data-mode={c.mode}>
            <th scope="row">{t('plannerDiffNeedCovered', { mode: modeWords(t, c.mode, i) })}</th>
            <td>{`${c.needScenario - c.needCompare >= 0 ? '+' : ''}${formatNumber(language, Math.round(c.needScenario - c.needCompare), 0)}`}</td>
            <td>
              {formatNumber(language, Math.round(c.needCompare), 0)} → {formatNumber(language, Math.round(c.needScenario), 0)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
