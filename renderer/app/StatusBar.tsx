import { useAppState, useI18n, useServices } from './app-context';
import { inSlice } from './app-state';
import { dismissFailure } from './package-slice';
import type { AppState } from './app-state';

const selectStatus = (s: AppState) => s.pkg;

/** Loading progress and unexpected failures, at the boundary where the user sees them. */
export function StatusBar() {
  const { t } = useI18n();
  const services = useServices();
  const pkg = useAppState(selectStatus);
  return (
    <div className="status" role="status" aria-live="polite" data-testid="status">
      {pkg.loading && <span className="spinner-text">{t('loadingPackage', { name: pkg.loading })}</span>}
      {pkg.failure && (
        <span className="failure" role="alert">
          {t('errorTitle')}: {pkg.failure}{' '}
          <button type="button" className="link" onClick={() => services.store.update(inSlice('pkg', dismissFailure))}>
            {t('close')}
          </button>
        </span>
      )}
    </div>
  );
}
