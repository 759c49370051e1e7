import { useEffect, useRef } from 'react';
import { useAppState, useI18n, useServices } from '../../app/app-context';
import { inSlice, type AppState } from '../../app/app-state';
import { closeImport, goToStep, IMPORT_STEPS, offerMunicipality, type ImportStep } from './state/import-slice';
import { municipalityOfferOf } from './commands/onto-municipality';
import { cancelImportRead } from './read-in-worker';
import { FilesStep } from './FilesStep';
import { IndicatorsStep } from './IndicatorsStep';
import { MappingStep } from './MappingStep';
import { ReportStep } from './ReportStep';

const selectImporter = (s: AppState) => s.importer;
const selectOpenPackage = (s: AppState) => s.pkg.current;
const STEP_LABEL = { files: 'importStepFiles', mapping: 'importStepMapping', indicators: 'importStepIndicators', report: 'importStepReport' } as const;

/**
 * The import wizard: files → mapping (with a preview of the rows and of the boundaries on a map) →
 * indicators → report and save. With a built-in municipality open, the figures can go onto its geography
 * (matched to its sector or wijk codes) instead of boundary files of the user's own. Nothing is loaded into the app until the user opens the result, so a
 * failed import changes nothing.
 */
export function ImportWizard() {
  const services = useServices();
  const { t } = useI18n();
  const importer = useAppState(selectImporter);
  const openPackage = useAppState(selectOpenPackage);
  const dialog = useRef<HTMLDialogElement>(null);
  // A built-in municipality is open: offer its geography for the figures (no boundary file needed).
  useEffect(() => {
    if (importer.open) services.store.update(inSlice('importer', offerMunicipality(municipalityOfferOf(openPackage))));
  }, [importer.open, openPackage, services]);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (importer.open && !d.open) d.showModal();
    if (!importer.open && d.open) d.close();
  }, [importer.open]);
  // Closing the wizard while files are being read stops the read (its worker is terminated).
  const closeWizard = () => {
    cancelImportRead();
    services.store.update(inSlice('importer', closeImport));
  };
  return (
    <dialog ref={dialog} className="import-dialog" aria-labelledby="import-title" onClose={closeWizard} data-testid="import-wizard">
      {importer.open && (
        <>
          <header className="import-header">
            <h2 id="import-title">{t('importTitle')}</h2>
            <StepNav />
            <button type="button" className="close" onClick={closeWizard} aria-label={t('close')}>
              ×
            </button>
          </header>
          {importer.busy && <ImportProgress />}
          {importer.failure && (
            <p className="failure" role="alert">
              {t('errorTitle')}: {importer.failure}
            </p>
          )}
          <div className="import-body">
            {importer.step === 'files' && <FilesStep />}
            {importer.step === 'mapping' && <MappingStep />}
            {importer.step === 'indicators' && <IndicatorsStep />}
            {importer.step === 'report' && <ReportStep />}
          </div>
        </>
      )}
    </dialog>
  );
}

/** The four steps as buttons: the current one marked, the ones not reachable yet disabled. */
function StepNav() {
  const services = useServices();
  const { t } = useI18n();
  const importer = useAppState(selectImporter);
  const reachable = (step: ImportStep): boolean =>
    step === 'files' || (step === 'mapping' && !!importer.inputs) || (step === 'indicators' && !!importer.inputs) || (step === 'report' && !!importer.outcome);
  return (
    <nav aria-label={t('importTitle')}>
      <ol className="import-steps">
        {IMPORT_STEPS.map((step) => (
          <li key={step}>
            <button
              type="button"
              className={step === importer.step ? 'current' : ''}
              aria-current={step === importer.step ? 'step' : undefined}
              disabled={!reachable(step) || importer.busy}
              onClick={() => services.store.update(inSlice('importer', goToStep(step)))}
            >
              {t(STEP_LABEL[step])}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** While reading or building: a progress bar and the file being read (or the step of the build). */
function ImportProgress() {
  const { t } = useI18n();
  const progress = useAppState(selectImporter).progress;
  return (
    <div className="import-progress" role="status" data-testid="import-progress">
      <progress max={progress?.total || undefined} value={progress ? progress.done : undefined} />
      <span>
        {!progress
          ? t('loading')
          : progress.phase === 'build'
            ? t('importBuilding', { file: progress.file, step: progress.done + 1, total: progress.total })
            : t('importReading', { file: progress.file, done: progress.done, total: progress.total })}
      </span>
    </div>
  );
}
