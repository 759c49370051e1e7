import { IMPORT_REPORT_TERMS, indicatorKindLabel, indicatorUnitLabel, type ImportReport, type MunicipalityImportReport } from '../../../data/import';
import type { Language } from '../../../data/problems';
import { useAppState, useI18n, useServices } from '../../app/app-context';
import { formatNumber, levelLabel } from '../../shared/i18n/i18n';
import { MESSAGES } from '../../shared/i18n/messages';
import { openImportedPackage, saveImportedPackage } from './commands/import-commands';
import { inSlice, type AppState } from '../../app/app-state';
import { goToStep, type CarriedOrganisation } from './state/import-slice';
import { ProblemsBlock } from './ProblemsBlock';
import { BusyMark, useBusy, withBusy } from '../../shared/ui';

const selectImporter = (s: AppState) => s.importer;
/** How many codes the report lists before "…". */
const LISTED = 12;

const isOnto = (report: ImportReport): report is MunicipalityImportReport => 'municipality' in report;
const codeList = (codes: readonly string[], total: number) => `${codes.slice(0, LISTED).join(', ')}${total > LISTED ? `, … (${total})` : ''}`;

/** Each indicator in a few words: `armoede: aantal (personen) per population`, in the UI's language. */
function indicatorList(report: ImportReport, language: Language): string {
  return report.indicators.map((d) => `${d.id}: ${indicatorKindLabel(d.kind, language)} (${indicatorUnitLabel(d.unit, language)})${d.denominator ? ` per ${d.denominator}` : ''}`).join('; ');
}

/** Step 4: the report (what was read, matched, repaired, refused), then save and/or open the package. */
export function ReportStep() {
  const services = useServices();
  const { t, language } = useI18n();
  const importer = useAppState(selectImporter);
  const opening = useBusy('import-open').busy;
  const outcome = importer.outcome;
  if (!outcome) return null;
  const { report } = outcome;
  const b = report.boundaries;
  const m = report.matching;
  const built = isOnto(report) ? report.municipality : null;
  const row = IMPORT_REPORT_TERMS.row[language];
  return (
    <section className="import-step" data-testid="import-report">
      <p className={outcome.ok ? 'import-ok' : 'failure'} data-testid="import-report-status">
        {outcome.ok
          ? t('importReportOk', { areas: b?.areas ?? built?.areas ?? 0, indicators: report.indicators.length, periods: report.periods.join(', ') || '—' })
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
        {built && (
          <li data-testid="import-builtin">
            {t('importBuiltInFacts', { name: built.name, areas: built.areas, levels: MESSAGES[language].levelsPlural[built.level] ?? levelLabel(language, built.level), population: formatNumber(language, built.population) })}
          </li>
        )}
        {m && (
          <li data-testid="import-matching">
            {t('importMatching', { matched: m.matchedCodes, exact: m.exact, normalised: m.normalised, tableOnly: m.unmatchedInTableCount, areasOnly: m.unmatchedAreasCount })}
            {m.unmatchedInTableCount > 0 && (
              <div data-testid="import-unmatched-codes">
                {t('importUnmatchedCodes', {
                  name: built?.name ?? b?.file ?? '',
                  codes: codeList(m.unmatchedInTable.map((u) => `${u.code} (${row} ${[...new Set(u.rows)].join(', ')})`), m.unmatchedInTableCount),
                })}
              </div>
            )}
            {m.unmatchedAreasCount > 0 && <div data-testid="import-unmatched-areas">{t('importUnmatchedAreas', { codes: codeList(m.unmatchedAreas, m.unmatchedAreasCount) })}</div>}
          </li>
        )}
        {report.indicators.length > 0 && <li data-testid="import-indicators">{t('importIndicatorList', { list: indicatorList(report, language) })}</li>}
        {importer.carried && <CarriedFacts carried={importer.carried} />}
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
        <button type="button" className="primary" disabled={!outcome.ok || importer.busy} aria-busy={opening} onClick={() => void withBusy(services.store, 'import-open', () => openImportedPackage(services))} data-testid="import-open">
          {t('importOpenInApp')}
          <BusyMark id="import-open" />
        </button>
      </div>
    </section>
  );
}

/** What the new package took over from the open package's organisation. */
function CarriedFacts({ carried: c }: { carried: CarriedOrganisation }) {
  const { t } = useI18n();
  return (
    <li data-testid="import-carried">
      {t('importCarried', { teams: c.teams, areas: c.areas, centres: c.centres, fte: c.fteRows })}
      {c.roles.length > 0 && <> · {t('importCarriedRoles', { roles: c.roles.join(', ') })}</>}
      {c.split.length > 0 && <div className="failure">{t('importCarriedSplit', { codes: codeList(c.split, c.split.length) })}</div>}
    </li>
  );
}
