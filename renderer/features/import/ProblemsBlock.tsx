import type { Problem } from '../../../data/problems';
import { useI18n } from '../../app/app-context';
import { ProblemListView } from '../../shared/ui/ProblemListView';

/** The problems of a step, with counts in the heading; open when there are errors. */
export function ProblemsBlock({ problems }: { problems: readonly Problem[] }) {
  const { t } = useI18n();
  if (problems.length === 0) return null;
  const errors = problems.filter((p) => p.severity === 'error').length;
  return (
    <details className="import-problems" open={errors > 0} data-testid="import-problems">
      <summary>{t('importProblems', { errors: t('importErrorsCount', { count: errors }), warnings: t('importWarningsCount', { count: problems.length - errors }) })}</summary>
      <ProblemListView problems={problems} />
    </details>
  );
}
