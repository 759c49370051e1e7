import { IMPORT_REPORT_TERMS, type LayoutSpec, type PeriodSpec, type RawCell, type TableInput, type TableMapping } from '../../../data/import';
import { useAppState, useI18n, useServices } from '../../app/app-context';
import { readImportFiles } from './commands/import-commands';
import { inSlice, type AppState } from '../../app/app-state';
import { setTableMapping, setTableReadOptions } from './state/import-slice';

type Table = TableInput['table'];
type WideLayout = Extract<LayoutSpec, { kind: 'wide' }>;
type LongLayout = Extract<LayoutSpec, { kind: 'long' }>;
/** What each part of a table's mapping gets: the table's columns, the mapping now and a way to replace it. */
interface MappingPartProps {
  readonly columns: readonly string[];
  readonly mapping: TableMapping;
  readonly set: (next: TableMapping) => void;
}

const selectImporter = (s: AppState) => s.importer;
const DELIMITERS = [',', ';', '\t', '|'];
const PREVIEW_ROWS = 8;
const show = (cell: RawCell | undefined) => (cell === null || cell === undefined ? '' : String(cell));

/** One table of step 2: what was detected, how to re-read it, how it maps to areas, and its first rows. */
export function TableMappingView({ input, mapping }: { input: TableInput; mapping: TableMapping }) {
  const services = useServices();
  const { t } = useI18n();
  const { table, guess } = input;
  const set = (next: TableMapping) => services.store.update(inSlice('importer', setTableMapping(table.file, next)));
  const columns = table.header;
  const id = table.file.replace(/[^a-z0-9]/gi, '-');
  return (
    <fieldset className="import-table" data-testid="import-table">
      <legend>
        {t('importTable')}: {table.file}
        {table.sheet ? ` [${table.sheet}]` : ''}
      </legend>
      <DetectedFormat table={table} />
      <TableReadOptions table={table} />
      <div className="import-mapping">
        <CodeColumnChoice columns={columns} mapping={mapping} set={set} />
        <PeriodChoice id={id} columns={columns} mapping={mapping} set={set} />
        <LayoutChoice id={id} columns={columns} mapping={mapping} set={set} numericColumns={guess.numericColumns} />
        {mapping.layout.kind === 'wide' ? (
          <WideColumns columns={columns} mapping={mapping} layout={mapping.layout} set={set} />
        ) : (
          <LongColumns columns={columns} mapping={mapping} layout={mapping.layout} set={set} />
        )}
      </div>
      <TableRowsPreview table={table} />
    </fieldset>
  );
}

/** The format, separators and row count the reader found. */
function DetectedFormat({ table }: { table: Table }) {
  const { t } = useI18n();
  const d = table.detected;
  return (
    <p className="import-detected">
      {t('importDetected', { format: d.format, delimiter: d.delimiter ? JSON.stringify(d.delimiter) : '—', decimal: JSON.stringify(d.decimal), thousands: d.thousands ? JSON.stringify(d.thousands) : '—', rows: table.rows.length })}
    </p>
  );
}

/** The sheet (workbooks with more than one), the separator and decimal mark (CSV), and the button to read again. */
function TableReadOptions({ table }: { table: Table }) {
  const services = useServices();
  const { t } = useI18n();
  const readOptions = useAppState(selectImporter).readOptions.tables?.[table.file] ?? {};
  const d = table.detected;
  const setRead = (change: Partial<typeof readOptions>) => services.store.update(inSlice('importer', setTableReadOptions(table.file, { ...readOptions, ...change })));
  return (
    <div className="import-reread">
      {table.sheets && table.sheets.length > 1 && (
        <label>
          {t('importSheet')}{' '}
          <select value={readOptions.sheet ?? table.sheet ?? ''} onChange={(e) => setRead({ sheet: e.target.value })}>
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
            <select value={readOptions.delimiter ?? d.delimiter ?? ','} onChange={(e) => setRead({ delimiter: e.target.value })}>
              {DELIMITERS.map((c) => (
                <option key={c} value={c}>
                  {c === '\t' ? 'tab' : c}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('importDecimal')}{' '}
            <select value={readOptions.decimal ?? d.decimal} onChange={(e) => setRead({ decimal: e.target.value as ',' | '.' })}>
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
  );
}

/** A select over the table's columns. */
function ColumnSelect({ columns, value, onChange, label, testId }: { columns: readonly string[]; value: string; onChange: (column: string) => void; label?: string; testId?: string }) {
  return (
    <select value={value} onChange={(e) => onChange(e.target.value)} aria-label={label} data-testid={testId}>
      {columns.map((c) => (
        <option key={c}>{c}</option>
      ))}
    </select>
  );
}

/** The column that holds the area code. */
function CodeColumnChoice({ columns, mapping, set }: MappingPartProps) {
  const { t } = useI18n();
  return (
    <label>
      {t('importTableCode')}
      <ColumnSelect columns={columns} value={mapping.codeColumn} onChange={(codeColumn) => set({ ...mapping, codeColumn })} testId="import-table-code" />
    </label>
  );
}

/** The period: read from a column, or one year for the whole table. */
function PeriodChoice({ id, columns, mapping, set }: MappingPartProps & { id: string }) {
  const { t } = useI18n();
  const setPeriod = (period: PeriodSpec) => set({ ...mapping, period });
  const period = mapping.period;
  return (
    <div role="group" aria-label={t('importPeriod')}>
      <span>{t('importPeriod')}: </span>
      <label>
        <input type="radio" name={`${id}-period`} checked={'column' in period} onChange={() => setPeriod({ column: columns.find((c) => /jaar|year|period/i.test(c)) ?? columns[0]! })} />
        {t('importPeriodColumn')}
      </label>
      {'column' in period && <ColumnSelect columns={columns} value={period.column} onChange={(column) => setPeriod({ column })} label={t('importPeriodColumn')} />}
      <label>
        <input type="radio" name={`${id}-period`} checked={'value' in period} onChange={() => setPeriod({ value: new Date().getFullYear() - 1 })} />
        {t('importPeriodValue')}
      </label>
      {'value' in period && (
        <input type="number" min={1900} max={2100} value={period.value} onChange={(e) => setPeriod({ value: Number(e.target.value) })} aria-label={t('importPeriodValue')} data-testid="import-period-value" />
      )}
    </div>
  );
}

/** Wide (one column per indicator) or long (an indicator column and a value column). */
function LayoutChoice({ id, columns, mapping, set, numericColumns }: MappingPartProps & { id: string; numericColumns: readonly string[] }) {
  const { t } = useI18n();
  const setLayout = (layout: LayoutSpec) => set({ ...mapping, layout });
  const toLong = (): LongLayout => ({ kind: 'long', indicatorColumn: columns.find((c) => c !== mapping.codeColumn) ?? columns[0]!, valueColumn: numericColumns[0] ?? columns[columns.length - 1]! });
  return (
    <div role="group" aria-label={t('importLayout')}>
      <span>{t('importLayout')}: </span>
      <label>
        <input type="radio" name={`${id}-layout`} checked={mapping.layout.kind === 'wide'} onChange={() => setLayout({ kind: 'wide', indicatorColumns: numericColumns })} />
        {t('importLayoutWide')}
      </label>
      <label>
        <input type="radio" name={`${id}-layout`} checked={mapping.layout.kind === 'long'} onChange={() => setLayout(toLong())} />
        {t('importLayoutLong')}
      </label>
    </div>
  );
}

/** Wide layout: a checkbox for every column that is neither the code nor the period column. */
function WideColumns({ columns, mapping, layout, set }: MappingPartProps & { layout: WideLayout }) {
  const { t } = useI18n();
  const period = mapping.period;
  const candidates = columns.filter((c) => c !== mapping.codeColumn && !('column' in period && period.column === c));
  const toggle = (c: string, on: boolean) =>
    set({ ...mapping, layout: { kind: 'wide', indicatorColumns: on ? layout.indicatorColumns.filter((x) => x !== c) : [...layout.indicatorColumns, c] } });
  return (
    <fieldset className="import-columns">
      <legend>{t('importIndicatorColumns')}</legend>
      {candidates.map((c) => {
        const on = layout.indicatorColumns.includes(c);
        return (
          <label key={c}>
            <input type="checkbox" checked={on} onChange={() => toggle(c, on)} />
            {c}
          </label>
        );
      })}
    </fieldset>
  );
}

/** Long layout: which column names the indicator and which holds its value. */
function LongColumns({ columns, mapping, layout, set }: MappingPartProps & { layout: LongLayout }) {
  const { t } = useI18n();
  const setLayout = (change: Partial<LongLayout>) => set({ ...mapping, layout: { ...layout, ...change } });
  return (
    <>
      <label>
        {t('importIndicatorColumn')}
        <ColumnSelect columns={columns} value={layout.indicatorColumn} onChange={(indicatorColumn) => setLayout({ indicatorColumn })} />
      </label>
      <label>
        {t('importValueColumn')}
        <ColumnSelect columns={columns} value={layout.valueColumn} onChange={(valueColumn) => setLayout({ valueColumn })} />
      </label>
    </>
  );
}

/** The table's first rows as read, with their row numbers in the file. */
function TableRowsPreview({ table }: { table: Table }) {
  const { t, language } = useI18n();
  const columns = table.header;
  return (
    <details className="import-rows" open>
      <summary>{t('importPreview')}</summary>
      <div className="import-rows-scroll">
        <table className="import-sample" data-testid="import-preview-rows">
          <thead>
            <tr>
              <th>{IMPORT_REPORT_TERMS.row[language]}</th>
              {columns.map((c) => (
                <th key={c}>{c}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.slice(0, PREVIEW_ROWS).map((row, i) => (
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
  );
}
