import { useAppState, useI18n } from './app-context';
import type { AppState } from './app-state';

const selectLoading = (s: AppState) => s.pkg.loading;

/** Loading progress. (What went wrong is told at the one notice surface, NoticeArea.) */
export function StatusBar() {
  const { t } = useI18n();
  const loading = useAppState(selectLoading);
  return (
    <div className="status" role="status" aria-live="polite" data-testid="status">
      {loading && <span className="spinner-text">{t('loadingPackage', { name: loading })}</span>}
    </div>
  );
}
