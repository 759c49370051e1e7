import { useI18n } from '../../../app/app-context';
import type { ComparisonModel } from './detail-selectors';

/** The two pinned areas side by side: the same facts and indicator rows, one column per area. */
export function PinnedCompare({ model, period }: { model: ComparisonModel; period: number }) {
  const { t } = useI18n();
  return (
    <section className="pinned-compare" aria-label={t('detailCompare')}>
      <h3 className="detail-heading">
        {t('detailCompare')} ({period})
      </h3>
      {model.loading && (
        <p className="detail-note" role="status">
          {t('detailCompareLoading')}
        </p>
      )}
      <table className="compare-table" data-testid="pinned-compare">
        <thead>
          <tr>
            <th scope="col">
              <span className="sr-only">{t('detailIndicator')}</span>
            </th>
            {model.areas.map((a) => (
              <th scope="col" key={a.code} data-code={a.code}>
                {a.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {model.rows.map((row) => (
            <tr key={row.id} className={`compare-${row.kind}`} data-row={row.id}>
              <th scope="row">{row.label}</th>
              {row.cells.map((cell, i) => (
                <td key={model.areas[i]?.code ?? i} className={cell.hidden ? 'compare-hidden' : undefined}>
                  <span className="compare-main">{cell.main}</span>
                  {cell.sub.map((line) => (
                    <span key={line} className="compare-sub">
                      {line}
                    </span>
                  ))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
