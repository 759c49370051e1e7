import type { BoundaryLayer } from '../../../data/import';
import type { TableInput } from '../../../data/import';
import type { RawCell } from '../../../data/import';
import type { LayoutSpec, PeriodSpec, TableMapping } from '../../../data/import';
import { useAppState, useI18n, useServices } from '../../app/app-context';
import { readImportFiles } from './commands/import-commands';
import { inSlice, type AppState } from '../../app/app-state';
import { goToStep, setBoundarySpec, setTableMapping, setTableReadOptions } from './state/import-slice';
import { BoundaryPreview } from './BoundaryPreview';
import { ProblemsBlock } from './ProblemsBlock';

const selectImporter = (s: AppState) => s.importer;
const LEVELS = ['sector', 'wijk', 'deelgemeente', 'municipality', 'area'];

/** Step 2: which columns hold the area code and name, the level, and how each table maps to areas. */
export function MappingStep() {
  const services = useServices();
  const { t } = useI18n();
  const importer = useAppState(selectImporter);
  const inputs = importer.inputs;
  if (!inputs) return null;
  return (
    <section className="import-step">
      {inputs.boundary ? <BoundaryMapping layer={inputs.boundary} /> : <p className="failure">{t('importKindBoundary')}: —</p>}
      {inputs.tables.length === 0 && <p>{t('importNoTables')}</p>}
      {inputs.tables.map((input) => (
        <TableMappingView key={input.table.file} input={input} mapping={importer.spec.mappings?.[input.table.file] ?? input.guess.mapping} />
      ))}
      <ProblemsBlock problems={inputs.problems} />
      <div className="import-actions">
        <button type="button" onClick={() => services.store.update(inSlice('importer', goToStep('files')))}>
          {t('importBack')}
        </button>
        <button type="button" className="primary" disabled={!inputs.boundary} onClick={() => services.store.update(inSlice('importer', goToStep('indicators')))} data-testid="import-next-indicators">
          {t('importNext')}
        </button>
      </div>
    </section>
  );
}

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
          <table className="import-sample">
            <thead>
              <tr>
                {fields.slice(0, 4).map((f) => (
                  <th key={f}>{f}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {layer.features.slice(0, 4).map((feature, i) => (
                <tr key={i}>
                  {fields.slice(0, 4).map((f) => (
                    <td key={f}>{String(feature.properties[f] ?? '')}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </fieldset>
  );
}

const show = (cell: RawCell | undefined) => (cell === null || cell === undefined ? '' : String(cell));

function TableMappingView({ input, mapping }: { input: TableInput; mapping: TableMapping }) {
  const services = useServices();
  const { t } = useI18n();
  const { table, guess } = input;
  const readOptions = useAppState(selectImporter).readOptions.tables?.[table.file] ?? {};
  const set = (next: TableMapping) => services.store.update(inSlice('importer', setTableMapping(table.file, next)));
  const setLayout = (layout: LayoutSpec) => set({ ...mapping, layout });
  const setPeriod = (period: PeriodSpec) => set({ ...mapping, period });
  const columns = table.header;
  const d = table.detected;
  const id = table.file.replace(/[^a-z0-9]/gi, '-');
  return (
    <fieldset className="import-table" data-testid="import-table">
      <legend>
        {t('importTable')}: {table.file}
        {table.sheet ? ` [${table.sheet}]` : ''}
      </legend>
      <p className="import-detected">
        {t('importDetected', { format: d.format, delimiter: d.delimiter ? JSON.stringify(d.delimiter) : '—', decimal: JSON.stringify(d.decimal), thousands: d.thousands ? JSON.stringify(d.thousands) : '—', rows: table.rows.length })}
      </p>
      <div className="import-reread">
        {table.sheets && table.sheets.length > 1 && (
          <label>
            {t('importSheet')}{' '}
            <select value={readOptions.sheet ?? table.sheet ?? ''} onChange={(e) => services.store.update(inSlice('importer', setTableReadOptions(table.file, { ...readOptions, sheet: e.target.value })))}>
              {table.sheets.map((s) => (
                <option key={s}>{s}</option>
              ))}
            </select>
          </label>
        )}
        {d.format === 'csv' && (
          <>
            <label>
              {t('importDelimiter')}{' '}
              <select value={readOptions.delimiter ?? d.delimiter ?? ','} onChange={(e) => services.store.update(inSlice('importer', setTableReadOptions(table.file, { ...readOptions, delimiter: e.target.value })))}>
                {[',', ';', '\t', '|'].map((c) => (
                  <option key={c} value={c}>
                    {c === '\t' ? 'tab' : c}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('importDecimal')}{' '}
              <select value={readOptions.decimal ?? d.decimal} onChange={(e) => services.store.update(inSlice('importer', setTableReadOptions(table.file, { ...readOptions, decimal: e.target.value as ',' | '.' })))}>
                <option value=",">,</option>
                <option value=".">.</option>
              </select>
            </label>
          </>
        )}
        {(readOptions.sheet || readOptions.delimiter || readOptions.decimal) && (
          <button type="button" onClick={() => void readImportFiles(services)}>
            {t('importReRead')}
          </button>
        )}
      </div>
      <div className="import-mapping">
        <label>
          {t('importTableCode')}
          <select value={mapping.codeColumn} onChange={(e) => set({ ...mapping, codeColumn: e.target.value })} data-testid="import-table-code">
            {columns.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </label>
        <div role="group" aria-label={t('importPeriod')}>
          <span>{t('importPeriod')}: </span>
          <label>
            <input type="radio" name={`${id}-period`} checked={'column' in mapping.period} onChange={() => setPeriod({ column: columns.find((c) => /jaar|year|period/i.test(c)) ?? columns[0]! })} />
            {t('importPeriodColumn')}
          </label>
          {'column' in mapping.period && (
            <select value={mapping.period.column} onChange={(e) => setPeriod({ column: e.target.value })} aria-label={t('importPeriodColumn')}>
              {columns.map((c) => (
                <option key={c}>{c}</option>
              ))}
            </select>
          )}
          <label>
            <input type="radio" name={`${id}-period`} checked={'value' in mapping.period} onChange={() => setPeriod({ value: new Date().getFullYear() - 1 })} />
            {t('importPeriodValue')}
          </label>
          {'value' in mapping.period && (
            <input type="number" min={1900} max={2100} value={mapping.period.value} onChange={(e) => setPeriod({ value: Number(e.target.value) })} aria-label={t('importPeriodValue')} data-testid="import-period-value" />
          )}
        </div>
        <div role="group" aria-label={t('importLayout')}>
          <span>{t('importLayout')}: </span>
          <label>
            <input type="radio" name={`${id}-layout`} checked={mapping.layout.kind === 'wide'} onChange={() => setLayout({ kind: 'wide', indicatorColumns: guess.numericColumns })} />
            {t('importLayoutWide')}
          </label>
          <label>
            <input
              type="radio"
              name={`${id}-layout`}
              checked={mapping.layout.kind === 'long'}
              onChange={() => setLayout({ kind: 'long', indicatorColumn: columns.find((c) => c !== mapping.codeColumn) ?? columns[0]!, valueColumn: guess.numericColumns[0] ?? columns[columns.length - 1]! })}
            />
            {t('importLayoutLong')}
          </label>
        </div>
        {mapping.layout.kind === 'wide' ? (
          <fieldset className="import-columns">
            <legend>{t('importIndicatorColumns')}</legend>
            {columns
              .filter((c) => c !== mapping.codeColumn && !('column' in mapping.period && mapping.period.column === c))
              .map((c) => {
                const layout = mapping.layout as Extract<LayoutSpec, { kind: 'wide' }>;
                const on = layout.indicatorColumns.includes(c);
                return (
                  <label key={c}>
                    <input type="checkbox" checked={on} onChange={() => setLayout({ kind: 'wide', indicatorColumns: on ? layout.indicatorColumns.filter((x) => x !== c) : [...layout.indicatorColumns, c] })} />
                    {c}
                  </label>
                );
              })}
          </fieldset>
        ) : (
          <>
            <label>
              {t('importIndicatorColumn')}
              <select value={mapping.layout.indicatorColumn} onChange={(e) => setLayout({ ...(mapping.layout as Extract<LayoutSpec, { kind: 'long' }>), indicatorColumn: e.target.value })}>
                {columns.map((c) => (
                  <option key={c}>{c}</option>
                ))}
              </select>
            </label>
            <label>
              {t('importValueColumn')}
              <select value={mapping.layout.valueColumn} onChange={(e) => setLayout({ ...(mapping.layout as Extract<LayoutSpec, { kind: 'long' }>), valueColumn: e.target.value })}>
                {columns.map((c) => (
                  <option key={c}>{c}</option>
                ))}
              </select>
            </label>
          </>
        )}
      </div>
      <details className="import-rows" open>
        <summary>{t('importPreview')}</summary>
        <div className="import-rows-scroll">
          <table className="import-sample" data-testid="import-preview-rows">
            <thead>
              <tr>
                <th>#</th>
                {columns.map((c) => (
                  <th key={c}>{c}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.slice(0, 8).map((row, i) => (
                <tr key={i}>
                  <td>{table.rowNumbers[i]}</td>
                  {columns.map((c, j) => (
                    <td key={c}>{show(row[j])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </fieldset>
  );
}
