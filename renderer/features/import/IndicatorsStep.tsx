import { useEffect, useMemo } from 'react';
import { buildImport, INDICATOR_UNIT_TERMS, indicatorKindLabel, indicatorUnitLabel, type ImportedDefinition } from '../../../data/import';
import type { Language } from '../../../data/problems';
import { useAppState, useI18n, useServices } from '../../app/app-context';
import { buildImportReport } from './commands/import-commands';
import { previewOntoMunicipality } from './commands/onto-municipality';
import { inSlice, type AppState } from '../../app/app-state';
import { goToStep, setDefinition, setPackageMeta, type ImportState } from './state/import-slice';
import { BusyMark, useBusy, withBusy } from '../../shared/ui';

type DefinitionChange = Partial<Omit<ImportedDefinition, 'id'>>;

const selectImporter = (s: AppState) => s.importer;
const KINDS = ['count', 'amount', 'rate', 'share', 'mean'];

/**
 * The unit as the package stores it: a known unit typed in the UI's language (`personen`) is stored as its
 * key (`persons`), so the Dutch UI shows Dutch words and the package keeps one spelling; any other text as typed.
 */
function unitOf(typed: string, language: Language): string {
  const key = Object.entries(INDICATOR_UNIT_TERMS).find(([, terms]) => terms[language] === typed.trim())?.[0];
  return key ?? typed;
}

/**
 * The suggested definitions with the user's changes: from the same mapping the report uses (cheap: no file
 * is written) — onto a built-in municipality from its preview (with the changes made since put over it).
 */
function draftDefinitions(importer: ImportState): readonly ImportedDefinition[] | null {
  const { inputs, spec, preview } = importer;
  if (!inputs) return null;
  if (!importer.onto) return buildImport(inputs, spec).report.indicators;
  if (!preview || preview.inputs !== inputs || preview.mappings !== spec.mappings) return null;
  return preview.outcome.report.indicators.map((d) => ({ ...d, ...spec.definitions?.[d.id], id: d.id }));
}

/** Step 3: each indicator's labels, unit, kind, denominator, direction and sensitivity; the package title. */
export function IndicatorsStep() {
  const services = useServices();
  const { t } = useI18n();
  const importer = useAppState(selectImporter);
  const definitions = useMemo(() => draftDefinitions(importer), [importer]);
  const preview = useBusy('import-preview');
  const build = useBusy('import-build');
  useEffect(() => {
    if (importer.onto) void withBusy(services.store, 'import-preview', () => previewOntoMunicipality(services));
  }, [importer.onto, importer.inputs, importer.spec.mappings, services]);
  if (!importer.inputs) return null;
  if (!definitions) {
    // Onto a built-in municipality the indicators come from the preview import: say that it is being made.
    return (
      <section className="import-step" aria-busy={preview.busy} data-testid="import-previewing">
        <p>
          <BusyMark id="import-preview" />
          {preview.shown && ` ${t('importPreviewing')}`}
        </p>
      </section>
    );
  }
  return (
    <section className="import-step">
      <PackageMeta titlePlaceholder={importer.onto?.name ?? importer.inputs.boundary?.file ?? ''} />
      {definitions.length === 0 ? <p>{t('importNoTables')}</p> : <DefinitionsTable definitions={definitions} known={importer.onto ? ['population'] : []} />}
      <div className="import-actions">
        <button type="button" onClick={() => services.store.update(inSlice('importer', goToStep('mapping')))}>
          {t('importBack')}
        </button>
        <button type="button" className="primary" disabled={importer.busy} aria-busy={build.busy} onClick={() => void withBusy(services.store, 'import-build', () => buildImportReport(services))} data-testid="import-build">
          {t('importBuild')}
          <BusyMark id="import-build" />
        </button>
      </div>
    </section>
  );
}

/** The package's title (the boundary file's name when left empty) and source. */
function PackageMeta({ titlePlaceholder }: { titlePlaceholder: string }) {
  const services = useServices();
  const { t } = useI18n();
  const meta = useAppState(selectImporter).spec.package;
  const setMeta = (change: Parameters<typeof setPackageMeta>[0]) => services.store.update(inSlice('importer', setPackageMeta(change)));
  return (
    <div className="import-package-meta">
      <label>
        {t('importPackageTitle')}
        <input type="text" value={meta?.title ?? ''} placeholder={titlePlaceholder} onChange={(e) => setMeta({ title: e.target.value })} data-testid="import-title" />
      </label>
      <label>
        {t('importSource')}
        <input type="text" value={meta?.source ?? ''} onChange={(e) => setMeta({ source: e.target.value })} data-testid="import-source" />
      </label>
    </div>
  );
}

/** One row per suggested indicator definition, every field editable; `known`: the package's other indicators (the built-in population). */
function DefinitionsTable({ definitions, known }: { definitions: readonly ImportedDefinition[]; known: readonly string[] }) {
  const services = useServices();
  const { t } = useI18n();
  const set = (id: string, change: DefinitionChange) => services.store.update(inSlice('importer', setDefinition(id, change)));
  return (
    <div className="import-definitions-scroll">
      <table className="import-definitions" data-testid="import-definitions">
        <thead>
          <tr>
            <th>id</th>
            <th>{t('importLabelNl')}</th>
            <th>{t('importLabelEn')}</th>
            <th>{t('importUnit')}</th>
            <th>{t('importKind')}</th>
            <th>{t('importDenominator')}</th>
            <th>{t('importPolarity')}</th>
            <th>{t('importSensitive')}</th>
          </tr>
        </thead>
        <tbody>
          {definitions.map((d) => (
            <DefinitionRow key={d.id} definition={d} others={[...known, ...definitions.map((x) => x.id).filter((id) => id !== d.id)]} set={(change) => set(d.id, change)} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One indicator's labels, unit, kind, denominator (one of the other indicators), direction and sensitivity. */
function DefinitionRow({ definition: d, others, set }: { definition: ImportedDefinition; others: readonly string[]; set: (change: DefinitionChange) => void }) {
  const { t, language } = useI18n();
  const label = (key: Parameters<typeof t>[0]) => `${t(key)} ${d.id}`;
  return (
    <tr>
      <td>
        <code>{d.id}</code>
      </td>
      <td>
        <input type="text" value={d.labelNl} aria-label={label('importLabelNl')} onChange={(e) => set({ labelNl: e.target.value })} />
      </td>
      <td>
        <input type="text" value={d.labelEn} aria-label={label('importLabelEn')} onChange={(e) => set({ labelEn: e.target.value })} />
      </td>
      <td>
        <input type="text" size={8} value={indicatorUnitLabel(d.unit, language)} aria-label={label('importUnit')} onChange={(e) => set({ unit: unitOf(e.target.value, language) })} />
      </td>
      <td>
        <select value={d.kind} aria-label={label('importKind')} onChange={(e) => set({ kind: e.target.value })}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {indicatorKindLabel(k, language)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <select value={d.denominator ?? ''} aria-label={label('importDenominator')} onChange={(e) => set({ denominator: e.target.value || null })}>
          <option value="">{t('importNone')}</option>
          {others.map((id) => (
            <option key={id} value={id}>
              {id}
            </option>
          ))}
        </select>
      </td>
      <td>
        <select value={d.polarity} aria-label={label('importPolarity')} onChange={(e) => set({ polarity: e.target.value as ImportedDefinition['polarity'] })}>
          <option value="higher_worse">{t('polarityHigherWorse')}</option>
          <option value="higher_better">{t('polarityHigherBetter')}</option>
          <option value="neutral">{t('polarityNeutral')}</option>
        </select>
      </td>
      <td>
        <input type="checkbox" checked={d.sensitive} aria-label={label('importSensitive')} onChange={(e) => set({ sensitive: e.target.checked })} />
      </td>
    </tr>
  );
}
