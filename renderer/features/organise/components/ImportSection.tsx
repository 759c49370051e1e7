import { useI18n, useServices } from '../../../app/app-context';
import { importOrganisationTable, type OrganisationTableKind } from '../commands/organise-commands';

const KINDS: readonly [OrganisationTableKind, 'orgFileTeams' | 'orgFileLocations' | 'orgFileFte'][] = [
  ['teams', 'orgFileTeams'],
  ['locations', 'orgFileLocations'],
  ['fte', 'orgFileFte'],
];

/** Tables for teams, locations and FTE from files (CSV or XLSX): a file with errors changes nothing and says where. */
export function ImportSection() {
  const services = useServices();
  const { t } = useI18n();
  return (
    <section className="organise-section" aria-labelledby="organise-files-title">
      <h3 id="organise-files-title">{t('orgFromFile')}</h3>
      <p className="detail-note">{t('orgFromFileHint')}</p>
      <ul className="organise-files">
        {KINDS.map(([kind, label]) => (
          <li key={kind}>
            <label>
              {t(label)}{' '}
              <input
                type="file"
                accept=".csv,.txt,.xlsx,text/csv"
                data-testid={`organise-file-${kind}`}
                onChange={(e) => {
                  const input = e.currentTarget;
                  const file = input.files?.[0];
                  if (file) void importOrganisationTable(services, kind, file).finally(() => (input.value = ''));
                }}
              />
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
