import { useAppState, useI18n, useServices } from '../../app/app-context';
import { openImportedPackage, saveImportedPackage } from './commands/import-commands';
import { inSlice, type AppState } from '../../app/app-state';
import { goToStep } from './state/import-slice';
import { ProblemsBlock } from './ProblemsBlock';

const selectImporter = (s: AppState) => s.importer;

/** Step 4: the report (what was read, matched, repaired, refused), then save and/or open the package. */
export function ReportStep() {
  const services = useServices();
  const { t } = useI18n();
  const importer = useAppState(selectImporter);
  const outcome = importer.outcome;
  if (!outcome) return null;
  const { report } = outcome;
  const b = report.boundaries;
  const m = report.matching;
  return (
    <section className="import-step" data-testid="import-report">
      <p className={outcome.ok ? 'import-ok' : 'failure'} data-testid="import-report-status">
        {outcome.ok
          ? t('importReportOk', { areas: b?.areas ?? 0, indicators: report.indicators.length, periods: report.periods.join(', ') || '—' })
          : t('importReportFailed')}
      </p>
      <ul className="import-report-facts">
        {b && (
          <li>
            {t('importBoundarySummary', { file: b.file, crs: b.crs, source: b.crsSource, kept: b.areas, total: b.featuresInFile })}
            {b.repairs.length > 0 && <> · {t('importRepairs', { repairs: b.repairs.map((r) => `${r.kind} ×${r.count}`).join(', ') })}</>}
          </li>
        )}
        {report.tables.map((tb) => (
          <li key={tb.file}>{t('importTableFacts', { file: tb.file, rows: tb.rows, values: tb.values, suppressed: tb.suppressed, missing: tb.missing })}</li>
        ))}
        {m && (
          <li data-testid="import-matching">
            {t('importMatching', { matched: m.matchedCodes, exact: m.exact, normalised: m.normalised, tableOnly: m.unmatchedInTableCount, areasOnly: m.unmatchedAreasCount })}
          </li>
        )}
      </ul>
      <ProblemsBlock problems={outcome.problems} />
      {importer.saved && (
        <p className="import-ok" role="status">
          {t('importSaved', { where: importer.saved })}
        </p>
      )}
      <div className="import-actions">
        <button type="button" onClick={() => services.store.update(inSlice('importer', goToStep('indicators')))}>
          {t('importBack')}
        </button>
        <button type="button" disabled={!outcome.ok || importer.busy} onClick={() => void saveImportedPackage(services, 'zip')} data-testid="import-save-zip">
          {t('importSaveZip')}
        </button>
        {services.platform.saveFolder && (
          <button type="button" disabled={!outcome.ok || importer.busy} onClick={() => void saveImportedPackage(services, 'folder')}>
            {t('importSaveFolder')}
          </button>
        )}
        <button type="button" className="primary" disabled={!outcome.ok || importer.busy} onClick={() => void openImportedPackage(services)} data-testid="import-open">
          {t('importOpenInApp')}
        </button>
      </div>
    </section>
  );
}
