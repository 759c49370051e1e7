import { useRef, useState } from 'react';
import { useAppState, useI18n, useServices } from './app-context';
import { openDemo, openPackage } from './open-package';
import { pickedFromInput, sourceFromPickedFiles } from '../shared/platform/browser-file-sources';
import { inSlice } from './app-state';
import { openImport } from '../features/import/state/import-slice';
import { setReportOpen } from './package-slice';
import type { AppState } from './app-state';
import { NewMunicipalityDialog } from '../features/municipality/NewMunicipalityDialog';
import { BusyMark, useBusy, withBusy } from '../shared/ui';

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
  // Opening reads, checks and loads the whole package: the button that started it is busy meanwhile.
  const busyOpening = (control: string, open: () => Promise<boolean>) => void withBusy(services.store, control, open);
  const busy = { dialog: useBusy('open-package').busy, folder: useBusy('open-folder').busy, zip: useBusy('open-zip').busy, demo: useBusy('open-demo').busy, municipality: useBusy('open-municipality').busy };
  const fromInput = (input: HTMLInputElement | null, control: string) => {
    if (!input?.files || input.files.length === 0) return;
    const picked = pickedFromInput(input.files);
    input.value = '';
    busyOpening(control, () => openPackage(services, picked[0]?.path.split('/')[0] ?? 'package', () => sourceFromPickedFiles(picked)));
  };
  return (
    <div className="open-controls">
      {dialog ? (
        <button type="button" aria-busy={busy.dialog} onClick={() => busyOpening('open-package', () => openPackage(services, '…', dialog))}>
          {t('openPackage')}
          <BusyMark id="open-package" />
        </button>
      ) : (
        <>
          <button type="button" aria-busy={busy.folder} onClick={() => folderInput.current?.click()} data-testid="open-folder">
            {t('openFolder')}
            <BusyMark id="open-folder" />
          </button>
          <button type="button" aria-busy={busy.zip} onClick={() => zipInput.current?.click()} data-testid="open-zip">
            {t('openZip')}
            <BusyMark id="open-zip" />
          </button>
          <input
            ref={folderInput}
            type="file"
            hidden
            data-testid="folder-input"
            // @ts-expect-error: non-standard but supported by Chromium and Electron
            webkitdirectory=""
            multiple
            onChange={(e) => fromInput(e.currentTarget, 'open-folder')}
          />
          <input ref={zipInput} type="file" hidden accept=".zip,application/zip" data-testid="zip-input" onChange={(e) => fromInput(e.currentTarget, 'open-zip')} />
        </>
      )}
      <button type="button" onClick={() => services.store.update(inSlice('importer', openImport))} data-testid="open-import">
        {t('importOpen')}
      </button>
      <button type="button" aria-busy={busy.demo} onClick={() => busyOpening('open-demo', () => openDemo(services))} data-testid="open-demo">
        {t('openDemo')}
        <BusyMark id="open-demo" />
      </button>
      <button type="button" aria-busy={busy.municipality} onClick={() => setChoosingMunicipality(true)} data-testid="open-municipality">
        {t('municipalityOpen')}
        <BusyMark id="open-municipality" />
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
