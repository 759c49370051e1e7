import { useId, type ReactNode } from 'react';
import { useI18n, useServices } from '../../../app/app-context';
import type { ChartKind } from './chart-drawings';
import { exportChart } from './chart-export';
import type { SourceLine, SummaryTable } from './chart-selectors';

/** The source or method of a chart in one line, with "synthetisch" (and "fictief") marks when they apply. */
export function SourceNote({ source }: { source: SourceLine }) {
  const { t } = useI18n();
  return (
    <p className="chart-source">
      {source.text}
      {source.notes.map((note) => (
        <span key={note}>
          {' '}
          <span className="chart-note" title={t(note === 'fictional' ? 'noteFictionalTitle' : 'noteSyntheticTitle')} data-testid="chart-note" data-note={note}>
            {t(note === 'fictional' ? 'noteFictional' : 'noteSynthetic')}
          </span>
        </span>
      ))}
    </p>
  );
}

/** The figures of a chart as a table, folded away (for screen readers and anyone who wants the numbers). */
export function FiguresTable({ table }: { table: SummaryTable }) {
  const { t } = useI18n();
  return (
    <details className="chart-figures">
      <summary>{t('chartNumbers')}</summary>
      <table>
        <caption className="sr-only">{table.caption}</caption>
        <thead>
          <tr>
            {table.headers.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) =>
                j === 0 ? (
                  <th key={j} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={j}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

/**
 * One chart: a figure with its heading, the plot, a one-sentence summary (figcaption), the figures as a
 * table, and the source line; SVG and PNG buttons save the chart drawn from its model (chart-export.ts).
 */
export function ChartFrame(props: { testId: string; chart: ChartKind; title: string; summary?: string; table?: SummaryTable; source: SourceLine; children: ReactNode; extra?: ReactNode }) {
  const headingId = useId();
  const services = useServices();
  const { t, language } = useI18n();
  return (
    <figure className="chart" data-testid={props.testId} aria-labelledby={headingId}>
      <button type="button" className="chart-svg-button" data-testid="chart-svg" onClick={() => void exportChart(services, props.chart, 'svg')} aria-label={t('chartSaveSvg', { title: props.title })}>
        SVG
      </button>
      <button type="button" className="chart-svg-button" data-testid="chart-png" onClick={() => void exportChart(services, props.chart, 'png')} aria-label={language === 'nl' ? `${props.title} bewaren als PNG` : `Save ${props.title} as PNG`}>
        PNG
      </button>
      <h3 id={headingId} className="chart-title">
        {props.title}
      </h3>
      {props.children}
      {props.extra}
      {props.summary && <figcaption className="chart-summary">{props.summary}</figcaption>}
      {props.table && <FiguresTable table={props.table} />}
      <SourceNote source={props.source} />
    </figure>
  );
}
