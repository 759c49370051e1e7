import type { MunicipalityGeography } from '../../../data/geography';
import type { BoundaryLayer } from '../../../data/import';
import { formatNumber } from '../../shared/i18n/i18n';
import { useAppState, useI18n, useServices } from '../../app/app-context';
import { inSlice, type AppState } from '../../app/app-state';
import { goToStep, setBoundarySpec } from './state/import-slice';
import { BoundaryPreview } from './BoundaryPreview';
import { ProblemsBlock } from './ProblemsBlock';
import { TableMappingView } from './TableMappingView';

const selectImporter = (s: AppState) => s.importer;
const LEVELS = ['sector', 'wijk', 'deelgemeente', 'municipality', 'area'];

/** Step 2: which columns hold the area code and name, the level (or the built-in geography), and how each table maps to areas. */
export function MappingStep() {
  const services = useServices();
  const { t } = useI18n();
  const importer = useAppState(selectImporter);
  const inputs = importer.inputs;
  if (!inputs) return null;
  return (
    <section className="import-step">
      {importer.onto && importer.geography ? (
        <GeographyFacts geography={importer.geography} />
      ) : inputs.boundary ? (
        <BoundaryMapping layer={inputs.boundary} />
      ) : (
        <p className="failure">{t('importKindBoundary')}: —</p>
      )}
      {inputs.tables.length === 0 && <p>{t('importNoTables')}</p>}
      {inputs.tables.map((input) => (
        <TableMappingView key={input.table.file} input={input} mapping={importer.spec.mappings?.[input.table.file] ?? input.guess.mapping} />
      ))}
      <ProblemsBlock problems={inputs.problems} />
      <div className="import-actions">
        <button type="button" onClick={() => services.store.update(inSlice('importer', goToStep('files')))}>
          {t('importBack')}
        </button>
        <button type="button" className="primary" disabled={!inputs.boundary && !importer.geography} onClick={() => services.store.update(inSlice('importer', goToStep('indicators')))} data-testid="import-next-indicators">
          {t('importNext')}
        </button>
      </div>
    </section>
  );
}

/** The built-in geography the tables are matched to: its sectors, wijken and residents. */
function GeographyFacts({ geography: g }: { geography: MunicipalityGeography }) {
  const { t, language } = useI18n();
  const population = g.sectors.reduce((sum, s) => sum + s.population, 0);
  return (
    <fieldset className="import-boundaries">
      <legend>{t('importTargetLegend')}</legend>
      <p data-testid="import-geography-summary">
        {t('importGeographySummary', { name: g.name, nis: g.nis, sectors: g.sectors.length, wijken: g.wijken.length, population: formatNumber(language, population) })}
      </p>
    </fieldset>
  );
}

/** The boundary layer: its summary and preview, which fields hold the code and the name, and the level. */
function BoundaryMapping({ layer }: { layer: BoundaryLayer }) {
  const services = useServices();
  const { t } = useI18n();
  const spec = useAppState(selectImporter).spec.boundaries;
  const fields = layer.fields.map((f) => f.name);
  const set = (change: Parameters<typeof setBoundarySpec>[0]) => services.store.update(inSlice('importer', setBoundarySpec(change)));
  return (
    <fieldset className="import-boundaries">
      <legend>{t('importBoundaries')}</legend>
      <p data-testid="import-boundary-summary">
        {t('importBoundarySummary', { file: layer.file, crs: layer.crs.code, source: layer.crs.source, kept: layer.features.length, total: layer.featureCountSelected })}
      </p>
      <div className="import-boundary-grid">
        <BoundaryPreview layer={layer} label={layer.file} />
        <div className="import-fields">
          <label>
            {t('importCodeField')}
            <select value={spec.codeField ?? ''} onChange={(e) => set({ codeField: e.target.value })} data-testid="import-code-field">
              {fields.map((f) => (
                <option key={f}>{f}</option>
              ))}
            </select>
          </label>
          <label>
            {t('importNameField')}
            <select value={spec.nameField ?? ''} onChange={(e) => set({ nameField: e.target.value })} data-testid="import-name-field">
              {fields.map((f) => (
                <option key={f}>{f}</option>
              ))}
            </select>
          </label>
          <label>
            {t('importLevel')}
            <input list="import-levels" value={spec.level ?? ''} onChange={(e) => set({ level: e.target.value.trim() })} data-testid="import-level" />
            <datalist id="import-levels">
              {LEVELS.map((l) => (
                <option key={l} value={l} />
              ))}
            </datalist>
          </label>
          <BoundarySample layer={layer} fields={fields} />
        </div>
      </div>
    </fieldset>
  );
}

/** The first four features' first four fields, to check the code and name fields against. */
function BoundarySample({ layer, fields }: { layer: BoundaryLayer; fields: readonly string[] }) {
  const shown = fields.slice(0, 4);
  return (
    <table className="import-sample">
      <thead>
        <tr>
          {shown.map((f) => (
            <th key={f}>{f}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {layer.features.slice(0, 4).map((feature, i) => (
          <tr key={i}>
            {shown.map((f) => (
              <td key={f}>{String(feature.properties[f] ?? '')}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
