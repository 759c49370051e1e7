import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { useAppState, useI18n, useServices } from '../../../app/app-context';
import { levelLabel } from '../../../shared/i18n/i18n';
import { inSlice, type AppState } from '../../../app/app-state';
import { selectPackage, selectSelection } from '../state/selectors';
import { selectArea, togglePin } from '../state/selection-slice';
import { SourceNote } from '../charts/ChartFrame';
import { ChartErrorBoundary } from '../../../shared/ui/ChartErrorBoundary';
import { useViewAnalysis } from '../charts/use-view-analysis';
import { detailsKey, type AreaDetailsState } from '../state/area-details-slice';
import { areaOptions, buildAreaDetail, buildComparison, runForView, type AreaDetailModel } from './detail-selectors';
import { IndicatorFigures } from './IndicatorFigures';
import { loadAreaDetails } from './load-area-details';
import { PinnedCompare } from './PinnedCompare';

const selectLevel = (s: AppState) => s.view.level;
const selectPeriod = (s: AppState) => s.view.period;
const selectDetails = (s: AppState): AreaDetailsState => s.details;

/**
 * The "Gebied" tab: the clicked area (or one chosen from the list) with its analysis facts and every
 * indicator; up to two pinned areas side by side. Figures are loaded by `loadAreaDetails` with the
 * suppression plans applied in the database.
 */
export function DetailPanel() {
  const { t } = useI18n();
  return (
    <ChartErrorBoundary message={t('chartFailed')} retryLabel={t('chartRetry')}>
      <DetailContent />
    </ChartErrorBoundary>
  );
}

function DetailContent() {
  const services = useServices();
  const { t, language } = useI18n();
  const [failure, setFailure] = useState<string | null>(null);
  useViewAnalysis(useCallback((message: string) => setFailure(message), []));
  const pkg = useAppState(selectPackage);
  const level = useAppState(selectLevel);
  const period = useAppState(selectPeriod);
  const selection = useAppState(selectSelection);
  const run = useAppState(runForView);
  const details = useAppState(selectDetails);
  const options = useMemo(() => (pkg ? areaOptions(pkg, level, language) : []), [pkg, level, language]);
  const atLevel = useMemo(() => new Set(options.map((o) => o.code)), [options]);
  const selected = selection.selected !== null && atLevel.has(selection.selected) ? selection.selected : null;
  const pinned = useMemo(() => selection.pinned.filter((c) => atLevel.has(c)), [selection.pinned, atLevel]);
  const wanted = useMemo(() => [...new Set([selected, ...pinned].filter((c): c is string => c !== null))], [selected, pinned]);

  useEffect(() => {
    if (wanted.length > 0) void loadAreaDetails(services, { level, codes: wanted });
  }, [services, pkg, level, wanted]);

  const modelOf = useCallback(
    (code: string): AreaDetailModel | null => {
      if (!pkg) return null;
      const entry = details.pkg === pkg ? details.entries.get(detailsKey(level, code)) : undefined;
      return buildAreaDetail({ pkg, level, period, code, run, entry, language });
    },
    [pkg, details, level, period, run, language],
  );
  const model = useMemo(() => (selected ? modelOf(selected) : null), [selected, modelOf]);
  const comparison = useMemo(() => {
    if (pinned.length < 2) return null;
    const models = pinned.map(modelOf).filter((m): m is AreaDetailModel => m !== null);
    return models.length === 2 ? buildComparison(models, language) : null;
  }, [pinned, modelOf, language]);

  if (!pkg) return null;
  const update = services.store.update;
  const nameOf = (code: string) => options.find((o) => o.code === code)?.name ?? code;
  return (
    <section className="detail-panel" data-testid="detail-panel" aria-label={t('detailLabel')} data-selected={selected ?? ''}>
      <label className="detail-picker">
        <span>{t('detailPick')}</span>
        <select data-testid="area-picker" value={selected ?? ''} onChange={(e) => update(inSlice('selection', selectArea(e.target.value || null)))}>
          <option value="">{t('detailPickNone', { level: levelLabel(language, level).toLowerCase() })}</option>
          {options.map((o) => (
            <option key={o.code} value={o.code}>
              {o.name}
            </option>
          ))}
        </select>
      </label>
      {failure && (
        <p className="chart-error" role="alert">
          {t('errorTitle')}: {failure}
        </p>
      )}
      {pinned.length > 0 && (
        <div className="pinned-bar" data-testid="pinned-bar">
          <span className="pinned-label">{t('detailPinned')}:</span>
          {pinned.map((code) => (
            <span className="pinned-chip" key={code} data-code={code}>
              <button type="button" className="link" onClick={() => update(inSlice('selection', selectArea(code)))}>
                {nameOf(code)}
              </button>
              <button type="button" className="unpin" aria-label={t('detailUnpin', { name: nameOf(code) })} title={t('detailUnpin', { name: nameOf(code) })} onClick={() => update(inSlice('selection', togglePin(code)))}>
                ×
              </button>
            </span>
          ))}
          {pinned.length === 1 && <span className="detail-note">{t('detailCompareHint')}</span>}
        </div>
      )}
      {comparison && <PinnedCompare model={comparison} period={period} />}
      {model ? (
        <AreaDetail model={model} pinned={selection.pinned.includes(model.code)} onPin={() => update(inSlice('selection', togglePin(model.code)))} onRetry={() => void loadAreaDetails(services, { level, codes: [model.code] })} />
      ) : (
        <div className="detail-empty" data-testid="detail-empty">
          <p className="detail-empty-title">{t('detailEmpty')}</p>
          <p className="detail-note">{t('detailEmptyHint')}</p>
          {selection.selected !== null && !atLevel.has(selection.selected) && <p className="detail-note">{t('detailNotInLevel', { level: levelLabel(language, level).toLowerCase() })}</p>}
        </div>
      )}
    </section>
  );
}

function AreaDetail({ model, pinned, onPin, onRetry }: { model: AreaDetailModel; pinned: boolean; onPin: () => void; onRetry: () => void }) {
  const { t } = useI18n();
  const headingId = useId();
  return (
    <article className="area-detail" aria-labelledby={headingId} data-code={model.code}>
      <header className="detail-header">
        <div>
          <h2 id={headingId} className="detail-name" data-testid="detail-name">
            {model.name}
          </h2>
          <p className="detail-sub">
            {model.levelLabel} · {model.code}
          </p>
        </div>
        <button type="button" className={`pin-button${pinned ? ' pinned' : ''}`} data-testid="pin-button" aria-pressed={pinned} title={t('detailPinTitle')} onClick={onPin}>
          <span aria-hidden="true">{pinned ? '★' : '☆'}</span> {pinned ? t('detailPinned') : t('detailPin')}
        </button>
      </header>
      {model.facts.length > 0 && (
        <section aria-label={t('detailAnalysis', { period: model.period })}>
          <h3 className="detail-heading">{t('detailAnalysis', { period: model.period })}</h3>
          <dl className="detail-facts">
            {model.facts.map((f) => (
              <div key={f.id} data-testid="detail-fact" data-fact={f.id}>
                <dt>{f.label}</dt>
                <dd>{f.value}</dd>
              </div>
            ))}
          </dl>
          {model.gapReasons.length > 0 && (
            <div className="detail-reasons">
              <span className="detail-reasons-label">{t('detailReasons')}:</span>
              <ul>
                {model.gapReasons.map((r) => (
                  <li key={r} className="gap-reason">
                    {r}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </section>
      )}
      <section aria-label={t('detailIndicators', { period: model.period })}>
        <h3 className="detail-heading">{t('detailIndicators', { period: model.period })}</h3>
        {model.figures.status === 'loading' && (
          <p className="detail-note" role="status">
            {t('detailLoading')}
          </p>
        )}
        {model.figures.status === 'failed' && (
          <div className="chart-error" role="alert">
            <p>{t('detailFailed', { message: model.figures.message })}</p>
            <button type="button" onClick={onRetry}>
              {t('detailRetry')}
            </button>
          </div>
        )}
        {model.figures.status === 'ready' && (
          <>
            <IndicatorFigures groups={model.figures.groups} period={model.period} label={t('detailIndicators', { period: model.period })} />
            <p className="detail-note">{model.rankNote}</p>
            <p className="detail-note">{model.suppressionNote}</p>
          </>
        )}
        <SourceNote source={model.source} />
      </section>
    </article>
  );
}
