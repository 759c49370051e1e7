import { useEffect, useState } from 'react';
import { parseProject, serializeProject } from '../../../data/project';
import { useAppState, useI18n, useServices } from '../app-context';
import { buildProjectOfState, isSavedScenarioList, isSavedViewList, openProjectText, packageHashOf } from './project-commands';
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
  const services = useServices();
  const { t, language } = useI18n();
  const list = useAppState(selectList);
  const activeId = useAppState(selectActive);
  const views = useAppState(selectViews);
  const pkg = useAppState(selectPackage);
  const [offer, setOffer] = useState<{ key: string; text: string; savedAt: string; count: number } | null>(null);

  // On opening a package: is there an unsaved autosave of it?
  useEffect(() => {
    setOffer(null);
    if (!pkg) return;
    let cancelled = false;
    void (async () => {
      try {
        const key = await packageHashOf(services, pkg);
        const text = await services.platform.autosave.read(key);
        if (cancelled || text === null) return;
        const parsed = parseProject(text, 'autosave');
        if (!parsed.ok || parsed.project.settings.unsaved !== true || parsed.project.scenarios.length + parsed.project.views.length === 0) return;
        const now = services.store.getState();
        if (now.scenarios.list.length > 0 || now.story.views.length > 0) return;
        setOffer({ key, text, savedAt: parsed.project.savedAt, count: parsed.project.scenarios.length + parsed.project.views.length });
      } catch (error) {
        if (!cancelled) reportProblem(services.store, 'autosave-restore-failed', error, { severity: 'warning' });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [pkg, services]);

  // After each edit (and a quiet second): write the autosave.
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

  if (!offer) return null;
  return (
    <div className="autosave-bar" role="alertdialog" aria-label={t('autosaveRestore')} data-testid="autosave-offer">
      <span>{t(offer.count === 1 ? 'autosaveOfferOne' : 'autosaveOffer', { count: offer.count, when: formatDateTime(language, new Date(offer.savedAt)) })}</span>{' '}
      <button
        type="button"
        data-testid="autosave-restore"
        onClick={() => {
          setOffer(null);
          void openProjectText(services, offer.text, 'autosave').then(
            (outcome) => {
              if (!outcome.ok) reportProblem(services.store, 'autosave-restore-failed', undefined, { lines: outcome.problems });
              else services.store.update(inSlice('ui', setPanel('planner')));
            },
            (error: unknown) => reportProblem(services.store, 'autosave-restore-failed', error),
          );
        }}
      >
        {t('autosaveRestore')}
      </button>{' '}
      <button
        type="button"
        data-testid="autosave-discard"
        onClick={() => {
          setOffer(null);
          services.platform.autosave.discard(offer.key).catch((error: unknown) => reportProblem(services.store, 'autosave-failed', error));
        }}
      >
        {t('autosaveDiscard')}
      </button>
    </div>
  );
}
