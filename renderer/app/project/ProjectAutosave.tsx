import { useEffect, useState } from 'react';
import type { LoadedPackage } from '../../../data/package';
import { serializeProject } from '../../../data/project';
import { useAppState, useI18n, useServices } from '../app-context';
import { buildProjectOfState, isSavedScenarioList, isSavedViewList, openProjectText, packageHashOf } from './project-commands';
import { autosaveOfferOf, type AutosaveOffer } from './autosave-offer';
import { formatDateTime } from '../../shared/i18n/i18n';
import { inSlice, type AppState } from '../app-state';
import { setPanel } from '../ui-slice';
import { reportProblem } from '../../shared/problems';

/** How long after the last scenario edit the autosave is written. */
export const AUTOSAVE_DELAY_MS = 1000;

const selectList = (s: AppState) => s.scenarios.list;
const selectActive = (s: AppState) => s.scenarios.activeId;
const selectPackage = (s: AppState) => s.pkg.current;
const selectViews = (s: AppState) => s.story.views;

/**
 * Autosave and recovery of the open project's scenarios: a second after each edit the project is written
 * to the platform's autosave for this data package (Electron: an atomic file in the app's data folder;
 * browser: localStorage). When a package opens and its autosave holds scenarios that were not saved as a
 * project, a bar offers to restore them (or to discard them). Saving the project marks the autosave saved.
 */
export function ProjectAutosave() {
  const pkg = useAppState(selectPackage);
  const [offer, setOffer] = useAutosaveOffer(pkg);
  useAutosaveWriter(pkg);
  if (!offer) return null;
  return <AutosaveBar offer={offer} onDone={() => setOffer(null)} />;
}

/** On opening a package: is there an unsaved autosave of it? */
function useAutosaveOffer(pkg: LoadedPackage | null): [AutosaveOffer | null, (offer: AutosaveOffer | null) => void] {
  const services = useServices();
  const [offer, setOffer] = useState<AutosaveOffer | null>(null);
  useEffect(() => {
    setOffer(null);
    if (!pkg) return;
    let cancelled = false;
    void (async () => {
      try {
        const key = await packageHashOf(services, pkg);
        const text = await services.platform.autosave.read(key);
        if (cancelled) return;
        const now = services.store.getState();
        const found = autosaveOfferOf(key, text, now.scenarios.list.length > 0 || now.story.views.length > 0);
        if (found) setOffer(found);
      } catch (error) {
        if (!cancelled) reportProblem(services.store, 'autosave-restore-failed', error, { severity: 'warning' });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [pkg, services]);
  return [offer, setOffer];
}

/** After each edit (and a quiet second): write the autosave, marked unsaved unless it matches the saved project. */
function useAutosaveWriter(pkg: LoadedPackage | null): void {
  const services = useServices();
  const list = useAppState(selectList);
  const activeId = useAppState(selectActive);
  const views = useAppState(selectViews);
  useEffect(() => {
    if (!pkg || list.length + views.length === 0) return;
    const timer = setTimeout(() => {
      void (async () => {
        try {
          const project = await buildProjectOfState(services);
          await services.platform.autosave.write(project.package.contentHash, serializeProject({ ...project, settings: { ...project.settings, unsaved: !isSavedScenarioList(services, list) || !isSavedViewList(services, views) } }));
          document.documentElement.dataset.autosavedAt = project.savedAt; // for tests
        } catch (error) {
          reportProblem(services.store, 'autosave-failed', error);
        }
      })();
    }, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [pkg, list, activeId, views, services]);
}

/** The bar that offers to restore the autosave (then shows the planner) or to discard it. */
function AutosaveBar({ offer, onDone }: { offer: AutosaveOffer; onDone: () => void }) {
  const services = useServices();
  const { t, language } = useI18n();
  const restore = () => {
    onDone();
    void openProjectText(services, offer.text, 'autosave').then(
      (outcome) => {
        if (!outcome.ok) reportProblem(services.store, 'autosave-restore-failed', undefined, { lines: outcome.problems });
        else services.store.update(inSlice('ui', setPanel('planner')));
      },
      (error: unknown) => reportProblem(services.store, 'autosave-restore-failed', error),
    );
  };
  const discard = () => {
    onDone();
    services.platform.autosave.discard(offer.key).catch((error: unknown) => reportProblem(services.store, 'autosave-failed', error));
  };
  return (
    <div className="autosave-bar" role="alertdialog" aria-label={t('autosaveRestore')} data-testid="autosave-offer">
      <span>{t(offer.count === 1 ? 'autosaveOfferOne' : 'autosaveOffer', { count: offer.count, when: formatDateTime(language, new Date(offer.savedAt)) })}</span>{' '}
      <button type="button" data-testid="autosave-restore" onClick={restore}>
        {t('autosaveRestore')}
      </button>{' '}
      <button type="button" data-testid="autosave-discard" onClick={discard}>
        {t('autosaveDiscard')}
      </button>
    </div>
  );
}
