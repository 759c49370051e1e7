import { useEffect, useState } from 'react';
import { useAppState, useI18n, useServices } from '../../app/app-context';
import { inSlice, type AppState } from '../../app/app-state';
import { applyOrganisation, ensureOrganising, saveOrganisedPackage } from './commands/organise-commands';
import { FteSection } from './components/FteSection';
import { ImportSection } from './components/ImportSection';
import { LocationsSection } from './components/LocationsSection';
import { RolesSection } from './components/RolesSection';
import { TeamsSection } from './components/TeamsSection';
import { isDirty, redo, undo } from './state/organise-slice';
import './organise.css';

const selectPackage = (s: AppState) => s.pkg.current;
const selectOrganise = (s: AppState) => s.organise;

/** Undo, redo, apply and save: the set-up's actions, with whether the package holds the draft yet. */
function OrganiseActions() {
  const services = useServices();
  const { t } = useI18n();
  const organise = useAppState(selectOrganise);
  const [saved, setSaved] = useState<string | null>(null);
  const dirty = isDirty(organise);
  const save = (kind: 'zip' | 'folder') => {
    setSaved(null);
    void saveOrganisedPackage(services, kind).then(setSaved);
  };
  return (
    <div className="organise-actions">
      <div className="organise-buttons">
        <button type="button" onClick={() => services.store.update(inSlice('organise', undo))} disabled={organise.past.length === 0} data-testid="organise-undo">
          {t('orgUndo')}
        </button>
        <button type="button" onClick={() => services.store.update(inSlice('organise', redo))} disabled={organise.future.length === 0} data-testid="organise-redo">
          {t('orgRedo')}
        </button>
        <button type="button" className="primary" onClick={() => void applyOrganisation(services)} disabled={!dirty || organise.busy !== null} data-testid="organise-apply">
          {organise.busy === 'applying' ? t('orgApplying') : t('orgApply')}
        </button>
        <button type="button" onClick={() => save('zip')} disabled={organise.busy !== null} data-testid="organise-save-zip">
          {t('orgSaveZip')}
        </button>
        {services.platform.saveFolder && (
          <button type="button" onClick={() => save('folder')} disabled={organise.busy !== null} data-testid="organise-save-folder">
            {t('orgSaveFolder')}
          </button>
        )}
      </div>
      <p className="organise-status" role="status" data-testid="organise-status" data-dirty={dirty ? 'true' : 'false'}>
        {dirty ? t('orgDirty') : t('orgClean')}
        {saved && ` ${t('orgSaved', { where: saved })}`}
      </p>
    </div>
  );
}

/**
 * *Inrichten*: the organisation of the open package set up in the app — teams and their areas (on the map),
 * locations, FTE, the analysis roles, or tables from files — as a draft with undo, applied to the package
 * (validated, all or nothing) and saved with it.
 */
export function OrganisePanel() {
  const services = useServices();
  const { t } = useI18n();
  const pkg = useAppState(selectPackage);
  const organise = useAppState(selectOrganise);
  useEffect(() => ensureOrganising(services), [services, pkg]);
  const ready = pkg !== null && organise.forPackage === pkg;
  return (
    <section className="organise-panel" data-testid="organise-panel" aria-label={t('orgTitle')} data-ready={ready ? 'true' : 'false'}>
      <h2 className="planner-title">{t('orgTitle')}</h2>
      <p className="chart-intro">{t('orgIntro')}</p>
      {!pkg && <p>{t('orgNoPackage')}</p>}
      {ready && (
        <>
          <OrganiseActions />
          <TeamsSection pkg={pkg} />
          <LocationsSection pkg={pkg} />
          <FteSection pkg={pkg} />
          <RolesSection pkg={pkg} />
          <ImportSection />
        </>
      )}
    </section>
  );
}
