import { useEffect, useRef } from 'react';
import { useAppState, useI18n, useServices } from './app-context';
import { inSlice } from './app-state';
import { setReportOpen } from './package-slice';
import { ProblemListView } from '../shared/ui/ProblemListView';
import type { AppState } from './app-state';

const selectReport = (s: AppState) => s.pkg.report;

/**
 * The problems of the last package read, each with where (file, row or feature, field), what and how to
 * fix it. Blocking problems say that what was loaded before is kept.
 */
export function ProblemsDialog() {
  const { t } = useI18n();
  const services = useServices();
  const report = useAppState(selectReport);
  const dialog = useRef<HTMLDialogElement>(null);
  const open = !!report?.open;
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  const close = () => services.store.update(inSlice('pkg', setReportOpen(false)));
  return (
    <dialog ref={dialog} className="problems-dialog" aria-labelledby="problems-title" onClose={close} data-testid="problems-dialog">
      {report && (
        <>
          <h2 id="problems-title">{t('problemsTitle')}</h2>
          <p>{report.blocking ? t('problemsIntro', { name: report.label }) : t('problemsWarnings', { count: report.problems.length, name: report.label })}</p>
          <ProblemListView problems={report.problems} />
          <button type="button" onClick={close} autoFocus>
            {t('close')}
          </button>
        </>
      )}
    </dialog>
  );
}
