import { useRef, useState } from 'react';
import { useAppState, useI18n, useServices } from './app-context';
import { openDemo, openPackage } from './open-package';
import { pickedFromInput, sourceFromPickedFiles } from '../shared/platform/browser-file-sources';
import { inSlice } from './app-state';
import { openImport } from '../features/import/state/import-slice';
import { setReportOpen } from './package-slice';
import type { AppState } from './app-state';
import { NewMunicipalityDialog } from '../features/municipality/NewMunicipalityDialog';

const selectHasWarnings = (s: AppState) => !!s.pkg.report && !s.pkg.report.blocking;

/**
 * Opening packages: the native dialog in Electron; in the browser a folder picker and a .zip picker
 * (drag and drop is handled by the drop zone over the whole window). Plus the demo.
 */
export function OpenPackageControls() {
  const services = useServices();
  const { t } = useI18n();
  const folderInput = useRef<HTMLInputElement>(null);
  const zipInput = useRef<HTMLInputElement>(null);
  const hasWarnings = useAppState(selectHasWarnings);
  const dialog = services.platform.pickWithDialog;
  const [choosingMunicipality, setChoosingMunicipality] = useState(false);
  const fromInput = (input: HTMLInputElement | null) => {
    if (!input?.files || input.files.length === 0) return;
    const picked = pickedFromInput(input.files);
    input.value = '';
    void openPackage(services, picked[0]?.path.split('/')[0] ?? 'package', () => sourceFromPickedFiles(picked));
  };
  return (
    <div className="open-controls">
      {dialog ? (
        <button type="button" onClick={() => void openPackage(services, '…', dialog)}>
          {t('openPackage')}
        </button>
      ) : (
        <>
          <button type="button" onClick={() => folderInput.current?.click()} data-testid="open-folder">
            {t('openFolder')}
          </button>
          <button type="button" onClick={() => zipInput.current?.click()} data-testid="open-zip">
            {t('openZip')}
          </button>
          <input
            ref={folderInput}
            type="file"
            hidden
            data-testid="folder-input"
            // @ts-expect-error: non-standard but supported by Chromium and Electron
            webkitdirectory=""
            multiple
            onChange={(e) => fromInput(e.currentTarget)}
          />
          <input ref={zipInput} type="file" hidden accept=".zip,application/zip" data-testid="zip-input" onChange={(e) => fromInput(e.currentTarget)} />
        </>
      )}
      <button type="button" onClick={() => services.store.update(inSlice('importer', openImport))} data-testid="open-import">
        {t('importOpen')}
      </button>
      <button type="button" onClick={() => void openDemo(services)} data-testid="open-demo">
        {t('openDemo')}
      </button>
      <button type="button" onClick={() => setChoosingMunicipality(true)} data-testid="open-municipality">
        {t('municipalityOpen')}
      </button>
      <NewMunicipalityDialog open={choosingMunicipality} onClose={() => setChoosingMunicipality(false)} />
      {hasWarnings && (
        <button type="button" className="link" onClick={() => services.store.update(inSlice('pkg', setReportOpen(true)))}>
          {t('showProblems')}
        </button>
      )}
    </div>
  );
}
