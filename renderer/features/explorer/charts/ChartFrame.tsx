import { useId, useRef, useState, type ReactNode } from 'react';
import { useI18n, useServices } from '../../../app/app-context';
import { chartToSvg } from '../../../shared/export/export-svg';
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
 * table, and the source line.
 */
export function ChartFrame(props: { testId: string; title: string; summary?: string; table?: SummaryTable; source: SourceLine; children: ReactNode; extra?: ReactNode }) {
  const headingId = useId();
  const services = useServices();
  const { t } = useI18n();
  const figure = useRef<HTMLElement>(null);
  const [error, setError] = useState<string | null>(null);
  const saveSvg = () => {
    const svg = figure.current?.querySelector<SVGSVGElement>('.recharts-wrapper > svg, svg.chart-svg');
    try {
      if (!svg) throw new Error(t('plannerNoMap'));
      const source = figure.current?.querySelector('.chart-source')?.textContent ?? '';
      const text = chartToSvg(svg, props.title, source);
      void services.platform.saveFile(`${props.title.replace(/[^\p{L}\p{N}]+/gu, '-')}.svg`, new TextEncoder().encode(text), [{ name: 'SVG', extensions: ['svg'] }]);
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <figure className="chart" data-testid={props.testId} aria-labelledby={headingId} ref={figure}>
      <button type="button" className="chart-svg-button" data-testid="chart-svg" onClick={saveSvg} aria-label={t('chartSaveSvg', { title: props.title })}>
        SVG
      </button>
      <h3 id={headingId} className="chart-title">
        {props.title}
      </h3>
      {error && (
        <p role="alert" className="chart-error">
          {error}
        </p>
      )}
      {props.children}
      {props.extra}
      {props.summary && <figcaption className="chart-summary">{props.summary}</figcaption>}
      {props.table && <FiguresTable table={props.table} />}
      <SourceNote source={props.source} />
    </figure>
  );
}
