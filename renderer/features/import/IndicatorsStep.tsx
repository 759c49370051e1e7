import { useMemo } from 'react';
import { buildImport, type ImportedDefinition } from '../../../data/import';
import { useAppState, useI18n, useServices } from '../../app/app-context';
import { buildImportReport } from './commands/import-commands';
import { inSlice, type AppState } from '../../app/app-state';
import { goToStep, setDefinition, setPackageMeta } from './state/import-slice';

const selectImporter = (s: AppState) => s.importer;
const KINDS = ['count', 'amount', 'rate', 'share', 'mean'];

/** Step 3: each indicator's labels, unit, kind, denominator, direction and sensitivity; the package title. */
export function IndicatorsStep() {
  const services = useServices();
  const { t } = useI18n();
  const importer = useAppState(selectImporter);
  const inputs = importer.inputs;
  // The suggested definitions come from the same pure mapping the report uses (cheap: no file is written).
  const draft = useMemo(() => (inputs ? buildImport(inputs, importer.spec) : null), [inputs, importer.spec]);
  if (!inputs || !draft) return null;
  const definitions = draft.report.indicators;
  const set = (id: string, change: Partial<Omit<ImportedDefinition, 'id'>>) => services.store.update(inSlice('importer', setDefinition(id, change)));
  return (
    <section className="import-step">
      <div className="import-package-meta">
        <label>
          {t('importPackageTitle')}
          <input
            type="text"
            value={importer.spec.package?.title ?? ''}
            placeholder={draft.report.boundaries?.file ?? ''}
            onChange={(e) => services.store.update(inSlice('importer', setPackageMeta({ title: e.target.value })))}
            data-testid="import-title"
          />
        </label>
        <label>
          {t('importSource')}
          <input type="text" value={importer.spec.package?.source ?? ''} onChange={(e) => services.store.update(inSlice('importer', setPackageMeta({ source: e.target.value })))} data-testid="import-source" />
        </label>
      </div>
      {definitions.length === 0 ? (
        <p>{t('importNoTables')}</p>
      ) : (
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
                <tr key={d.id}>
                  <td>
                    <code>{d.id}</code>
                  </td>
                  <td>
                    <input type="text" value={d.labelNl} aria-label={`${t('importLabelNl')} ${d.id}`} onChange={(e) => set(d.id, { labelNl: e.target.value })} />
                  </td>
                  <td>
                    <input type="text" value={d.labelEn} aria-label={`${t('importLabelEn')} ${d.id}`} onChange={(e) => set(d.id, { labelEn: e.target.value })} />
                  </td>
                  <td>
                    <input type="text" size={8} value={d.unit} aria-label={`${t('importUnit')} ${d.id}`} onChange={(e) => set(d.id, { unit: e.target.value })} />
                  </td>
                  <td>
                    <select value={d.kind} aria-label={`${t('importKind')} ${d.id}`} onChange={(e) => set(d.id, { kind: e.target.value })}>
                      {KINDS.map((k) => (
                        <option key={k}>{k}</option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <select value={d.denominator ?? ''} aria-label={`${t('importDenominator')} ${d.id}`} onChange={(e) => set(d.id, { denominator: e.target.value || null })}>
                      <option value="">{t('importNone')}</option>
                      {definitions
                        .filter((x) => x.id !== d.id)
                        .map((x) => (
                          <option key={x.id} value={x.id}>
                            {x.id}
                          </option>
                        ))}
                    </select>
                  </td>
                  <td>
                    <select value={d.polarity} aria-label={`${t('importPolarity')} ${d.id}`} onChange={(e) => set(d.id, { polarity: e.target.value as ImportedDefinition['polarity'] })}>
                      <option value="higher_worse">{t('polarityHigherWorse')}</option>
                      <option value="higher_better">{t('polarityHigherBetter')}</option>
                      <option value="neutral">{t('polarityNeutral')}</option>
                    </select>
                  </td>
                  <td>
                    <input type="checkbox" checked={d.sensitive} aria-label={`${t('importSensitive')} ${d.id}`} onChange={(e) => set(d.id, { sensitive: e.target.checked })} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="import-actions">
        <button type="button" onClick={() => services.store.update(inSlice('importer', goToStep('mapping')))}>
          {t('importBack')}
        </button>
        <button type="button" className="primary" disabled={importer.busy} onClick={() => void buildImportReport(services)} data-testid="import-build">
          {t('importBuild')}
        </button>
      </div>
    </section>
  );
}
