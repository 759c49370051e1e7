import { useRef, useState, type DragEvent } from 'react';
import type { SupportedCrs } from '../../../data/import';
import { useAppState, useI18n, useServices } from '../../app/app-context';
import { addImportFiles, readImportFiles } from './commands/import-commands';
import { pickedFromDrop, pickedFromInput } from '../../shared/platform/browser-file-sources';
import { inSlice, type AppState } from '../../app/app-state';
import { chooseOnto, fileKindOf, removeFile, setCrs, setFilter } from './state/import-slice';
import { ProblemsBlock } from './ProblemsBlock';
import { BusyMark, useBusy, withBusy } from '../../shared/ui';

const selectImporter = (s: AppState) => s.importer;
const KIND_LABEL = { boundary: 'importKindBoundary', table: 'importKindTable', other: 'importKindOther' } as const;
const CRS_CHOICES: readonly SupportedCrs[] = ['EPSG:31370', 'EPSG:3812', 'EPSG:4326', 'EPSG:3857'];

/** Step 1: onto which geography (when a built-in municipality is open), choose or drop the files, say how to read the boundaries, read. */
export function FilesStep() {
  const services = useServices();
  const { t } = useI18n();
  const importer = useAppState(selectImporter);
  const reading = useBusy('import-read').busy;
  return (
    <section className="import-step">
      {importer.offer && <TargetChoice />}
      <p>{importer.onto ? t('importFilesIntroBuiltIn', { name: importer.onto.name }) : t('importFilesIntro')}</p>
      <FileDrop />
      {importer.files.length > 0 && <FileList />}
      {!importer.onto && <ReadOptions />}
      <div className="import-actions">
        <button type="button" className="primary" disabled={importer.files.length === 0 || importer.busy} aria-busy={reading} onClick={() => void withBusy(services.store, 'import-read', () => readImportFiles(services))} data-testid="import-read">
          {t('importRead')}
          <BusyMark id="import-read" />
        </button>
      </div>
      {importer.inputs && importer.inputs.problems.length > 0 && <ProblemsBlock problems={importer.inputs.problems} />}
    </section>
  );
}

/** Figures onto the open built-in municipality's geography, or onto boundary files of the user's own. */
function TargetChoice() {
  const services = useServices();
  const { t } = useI18n();
  const { offer, onto } = useAppState(selectImporter);
  if (!offer) return null;
  const choose = (builtIn: boolean) => services.store.update(inSlice('importer', chooseOnto(builtIn)));
  return (
    <fieldset className="import-target" data-testid="import-target">
      <legend>{t('importTargetLegend')}</legend>
      <label>
        <input type="radio" name="import-target" checked={onto !== null} onChange={() => choose(true)} data-testid="import-target-builtin" />{' '}
        <strong>{t('importTargetBuiltIn', { name: offer.name })}</strong> — {t('importTargetBuiltInHint', { name: offer.name })}
      </label>
      <label>
        <input type="radio" name="import-target" checked={onto === null} onChange={() => choose(false)} data-testid="import-target-own" /> {t('importTargetOwn')}
      </label>
    </fieldset>
  );
}

/** The drop zone with the button that opens the file chooser. */
function FileDrop() {
  const services = useServices();
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const onDragOver = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    e.stopPropagation();
    setOver(true);
  };
  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    e.stopPropagation();
    setOver(false);
    void pickedFromDrop(e.dataTransfer).then((picked) => addImportFiles(services, picked));
  };
  return (
    <div className={`import-drop ${over ? 'over' : ''}`} onDragOver={onDragOver} onDragLeave={() => setOver(false)} onDrop={onDrop} data-testid="import-drop">
      <button type="button" onClick={() => input.current?.click()}>
        {t('importChooseFiles')}
      </button>{' '}
      {t('importDropHere')}
      <input
        ref={input}
        type="file"
        multiple
        hidden
        data-testid="import-file-input"
        onChange={(e) => {
          const list = e.currentTarget.files;
          if (list) void addImportFiles(services, pickedFromInput(list));
          e.currentTarget.value = '';
        }}
      />
    </div>
  );
}

/** The chosen files with their kind and size, each with a button to remove it. */
function FileList() {
  const services = useServices();
  const { t } = useI18n();
  const files = useAppState(selectImporter).files;
  return (
    <>
      <ul className="import-files" data-testid="import-files">
        {files.map((f) => (
          <li key={f.name} data-kind={fileKindOf(f)}>
            <span className="file-name">{f.name}</span> <span className="file-kind">{t(KIND_LABEL[fileKindOf(f)])}</span>{' '}
            <span className="file-size">{(f.bytes.byteLength / 1024).toFixed(0)} kB</span>{' '}
            <button type="button" className="link" onClick={() => services.store.update(inSlice('importer', removeFile(f.name)))}>
              {t('importRemove')}
            </button>
          </li>
        ))}
      </ul>
      <p className="import-note">{t('importReplaceNote')}</p>
    </>
  );
}

/** How to read the boundaries: their coordinate system (or detect it) and an optional filter on a field's prefix. */
function ReadOptions() {
  const services = useServices();
  const { t } = useI18n();
  const importer = useAppState(selectImporter);
  const filter = importer.filterDraft;
  const setFilterDraft = (change: Partial<typeof filter>) => services.store.update(inSlice('importer', setFilter({ field: filter.field, prefix: filter.prefix, ...change })));
  return (
    <div className="import-options">
      <label>
        {t('importCrs')}{' '}
        <select
          value={importer.readOptions.crs ?? ''}
          data-testid="import-crs"
          onChange={(e) => services.store.update(inSlice('importer', setCrs((e.target.value || undefined) as SupportedCrs | undefined)))}
        >
          <option value="">{t('importCrsAuto')}</option>
          {CRS_CHOICES.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('importFilterField')}{' '}
        <input type="text" size={10} value={filter.field} data-testid="import-filter-field" onChange={(e) => setFilterDraft({ field: e.target.value })} />
      </label>
      <label>
        {t('importFilterPrefix')}{' '}
        <input type="text" size={10} value={filter.prefix} data-testid="import-filter-prefix" onChange={(e) => setFilterDraft({ prefix: e.target.value })} />
      </label>
    </div>
  );
}
