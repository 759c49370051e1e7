import { useCallback, useEffect, useId, useMemo } from 'react';
import type { LoadedPackage } from '../../../../data/package';
import { useAppState, useI18n, useServices } from '../../../app/app-context';
import { levelLabel, type Language } from '../../../shared/i18n/i18n';
import { UI_MESSAGES } from '../../../shared/problems';
import { inSlice, type AppState } from '../../../app/app-state';
import { selectPackage, selectSelection } from '../state/selectors';
import { selectArea, togglePin, type SelectionState } from '../state/selection-slice';
import { SourceNote } from '../charts/ChartFrame';
import { ProblemBoundary } from '../../../shared/ui';
import { useViewAnalysis } from '../charts/use-view-analysis';
import { detailsKey, type AreaDetailsState } from '../state/area-details-slice';
import { areaOptions, buildAreaDetail, buildComparison, runForView, type AreaDetailModel } from './detail-selectors';
import { IndicatorFigures } from './IndicatorFigures';
import { loadAreaDetails } from './load-area-details';
import { PinnedCompare } from './PinnedCompare';
import { ScoreHelp, ScoreValue } from './ScoreHelp';

const selectLevel = (s: AppState) => s.view.level;
const selectPeriod = (s: AppState) => s.view.period;
const selectDetails = (s: AppState): AreaDetailsState => s.details;

/**
 * The "Gebied" tab: the clicked area (or one chosen from the list) with its analysis facts and every
 * indicator; up to two pinned areas side by side. Figures are loaded by `loadAreaDetails` with the
 * suppression plans applied in the database. A failure is reported at the notice surface.
 */
export function DetailPanel() {
  const services = useServices();
  const { t, language } = useI18n();
  return (
    <ProblemBoundary store={services.store} code="area-details-failed" message={UI_MESSAGES['area-details-failed'][language]({}).message} retryLabel={t('chartRetry')}>
      <DetailContent />
    </ProblemBoundary>
  );
}

/** The areas of the shown level, and which of them are selected and pinned (others belong to another level). */
function useAreasAtLevel(pkg: LoadedPackage | null, level: string, language: Language, selection: SelectionState) {
  const options = useMemo(() => (pkg ? areaOptions(pkg, level, language) : []), [pkg, level, language]);
  const atLevel = useMemo(() => new Set(options.map((o) => o.code)), [options]);
  const selected = selection.selected !== null && atLevel.has(selection.selected) ? selection.selected : null;
  const pinned = useMemo(() => selection.pinned.filter((c) => atLevel.has(c)), [selection.pinned, atLevel]);
  return { options, atLevel, selected, pinned };
}

/** The models of the selected area and of the two pinned ones side by side (null when not there). */
function useAreaModels(pkg: LoadedPackage | null, level: string, selected: string | null, pinned: readonly string[]) {
  const { language } = useI18n();
  const period = useAppState(selectPeriod);
  const run = useAppState(runForView);
  const details = useAppState(selectDetails);
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
  return { model, comparison };
}

/** The list to choose an area of the shown level from. */
function AreaPicker({ options, selected, level }: { options: readonly { code: string; name: string }[]; selected: string | null; level: string }) {
  const services = useServices();
  const { t, language } = useI18n();
  return (
    <label className="detail-picker">
      <span>{t('detailPick')}</span>
      <select data-testid="area-picker" value={selected ?? ''} onChange={(e) => services.store.update(inSlice('selection', selectArea(e.target.value || null)))}>
        <option value="">{t('detailPickNone', { level: levelLabel(language, level).toLowerCase() })}</option>
        {options.map((o) => (
          <option key={o.code} value={o.code}>
            {o.name}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The pinned areas as chips: the name shows it, × unpins it. */
function PinnedBar({ pinned, nameOf }: { pinned: readonly string[]; nameOf: (code: string) => string }) {
  const services = useServices();
  const { t } = useI18n();
  const update = services.store.update;
  return (
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
  );
}

/** No area chosen (or the chosen one is of another level). */
function DetailEmpty({ otherLevel, level }: { otherLevel: boolean; level: string }) {
  const { t, language } = useI18n();
  return (
    <div className="detail-empty" data-testid="detail-empty">
      <p className="detail-empty-title">{t('detailEmpty')}</p>
      <p className="detail-note">{t('detailEmptyHint')}</p>
      {otherLevel && <p className="detail-note">{t('detailNotInLevel', { level: levelLabel(language, level).toLowerCase() })}</p>}
    </div>
  );
}

function DetailContent() {
  const services = useServices();
  const { t, language } = useI18n();
  useViewAnalysis();
  const pkg = useAppState(selectPackage);
  const level = useAppState(selectLevel);
  const period = useAppState(selectPeriod);
  const selection = useAppState(selectSelection);
  const { options, atLevel, selected, pinned } = useAreasAtLevel(pkg, level, language, selection);
  const { model, comparison } = useAreaModels(pkg, level, selected, pinned);
  const wanted = useMemo(() => [...new Set([selected, ...pinned].filter((c): c is string => c !== null))], [selected, pinned]);

  // loadAreaDetails reports its own failure ('area-details-failed') and does not reject.
  useEffect(() => {
    if (wanted.length > 0) void loadAreaDetails(services, { level, codes: wanted });
  }, [services, pkg, level, wanted]);

  if (!pkg) return null;
  const nameOf = (code: string) => options.find((o) => o.code === code)?.name ?? code;
  return (
    <section className="detail-panel" data-testid="detail-panel" aria-label={t('detailLabel')} data-selected={selected ?? ''}>
      <AreaPicker options={options} selected={selected} level={level} />
      {pinned.length > 0 && <PinnedBar pinned={pinned} nameOf={nameOf} />}
      {comparison && <PinnedCompare model={comparison} period={period} />}
      {model ? (
        <AreaDetail
          model={model}
          pinned={selection.pinned.includes(model.code)}
          onPin={() => services.store.update(inSlice('selection', togglePin(model.code)))}
          // loadAreaDetails reports its own failure and does not reject.
          onRetry={() => void loadAreaDetails(services, { level, codes: [model.code] })}
        />
      ) : (
        <DetailEmpty otherLevel={selection.selected !== null && !atLevel.has(selection.selected)} level={level} />
      )}
    </section>
  );
}

function AreaDetail({ model, pinned, onPin, onRetry }: { model: AreaDetailModel; pinned: boolean; onPin: () => void; onRetry: () => void }) {
  const { t, language } = useI18n();
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
                <dd>
                  {f.words ? (
                    <>
                      <ScoreValue words={f.words} />
                      {f.extra && <span className="score-extra"> · {f.extra}</span>}
                    </>
                  ) : (
                    f.value
                  )}
                </dd>
              </div>
            ))}
          </dl>
          {model.facts.some((f) => f.words) && <ScoreHelp levelPlural={model.levelPlural} need={model.facts.some((f) => f.id === 'need' && f.words)} gap={model.facts.some((f) => f.id === 'gap' && f.words)} />}
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
            <p>{UI_MESSAGES['area-details-failed'][language]({}).message}</p>
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
