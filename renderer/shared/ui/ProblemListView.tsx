import { describeProblem, type Problem } from '../../../data/problems';
import { useI18n } from '../../app/app-context';

/** A list of problems: where (file, sheet, row or feature, field), what, and the fix. */
export function ProblemListView({ problems, max = 200 }: { problems: readonly Problem[]; max?: number }) {
  const { t, language } = useI18n();
  const sorted = [...problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return (
    <ol className="problem-list">
      {sorted.slice(0, max).map((problem, i) => {
        const d = describeProblem(problem, language);
        return (
          <li key={i} className={`problem problem-${problem.severity}`} data-testid="problem">
            <div className="problem-where">{d.location}</div>
            <div className="problem-what">{d.message}</div>
            <div className="problem-fix">
              {t('fix')}: {d.fix}
            </div>
          </li>
        );
      })}
      {sorted.length > max && <li className="problem">{t('problemsMore', { count: sorted.length - max })}</li>}
    </ol>
  );
}
