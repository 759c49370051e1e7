import { useEffect, useMemo, useState } from 'react';
import { DEFAULT_ENGINE_SETTINGS } from '../../../../geo/analysis';
import { useAppState, useI18n, useServices } from '../../../app/app-context';
import { levelLabel } from '../../../shared/i18n/i18n';
import { GAP_COLOUR } from '../../../map/layers/build-gap-layers';
import { NO_TEAM_COLOUR } from '../../../map/team-colours';
import { inSlice, type AppState } from '../../../app/app-state';
import { moveLayer, setGapTopN, setLayerVisible, toggleRingMode, type LayerId } from '../state/layers-slice';
import { selectAnalysis, selectLayers, selectPackage } from '../state/selectors';
import { BasemapControls } from './BasemapControls';
import { LAYER_NAME_KEYS, travelModeLabel } from './layer-words';
import { teamColoursOf, topGaps } from './overlay-data';

const selectShownLevel = (s: AppState) => s.mapData.view?.level ?? s.view.level;
const selectGapTopN = (s: AppState) => s.layers.gapTopN;
const selectRings = (s: AppState) => s.layers.rings;

/** Buttons to move a layer up or down the drawing order. */
function MoveButtons({ id, name, atTop, atBottom, onMove }: { id: LayerId; name: string; atTop: boolean; atBottom: boolean; onMove: (direction: 'up' | 'down') => void }) {
  const { t } = useI18n();
  return (
    <span className="layer-move">
      <button type="button" className="icon-button" aria-label={t('layerUp', { name })} title={t('layerUp', { name })} aria-disabled={atTop} data-testid={`layer-up-${id}`} onClick={() => onMove('up')}>
        <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true">
          <path d="M6 2 L10.5 8.5 H1.5 Z" fill="currentColor" />
        </svg>
      </button>
      <button type="button" className="icon-button" aria-label={t('layerDown', { name })} title={t('layerDown', { name })} aria-disabled={atBottom} data-testid={`layer-down-${id}`} onClick={() => onMove('down')}>
        <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true">
          <path d="M6 10 L10.5 3.5 H1.5 Z" fill="currentColor" />
        </svg>
      </button>
    </span>
  );
}

/** One layer of the list: its visibility, icon, name, place in the order, and its settings. */
function LayerRow(props: { id: LayerId; index: number; onVisible: (visible: boolean) => void; onMove: (direction: 'up' | 'down') => void }) {
  const { id, index, onVisible, onMove } = props;
  const { t } = useI18n();
  const layers = useAppState(selectLayers);
  const noBasemap = id === 'basemap' && layers.basemap.kind === 'none';
  const name = t(LAYER_NAME_KEYS[id]);
  return (
    <li className={`layer-row${layers.visible[id] ? '' : ' layer-off'}`} data-testid="layer-row" data-layer={id}>
      <div className="layer-row-head">
        <input
          type="checkbox"
          id={`layer-visible-${id}`}
          data-testid={`layer-visible-${id}`}
          checked={layers.visible[id] && !noBasemap}
          disabled={noBasemap}
          onChange={(e) => onVisible(e.target.checked)}
        />
        <LayerIcon id={id} />
        <label htmlFor={`layer-visible-${id}`} className="layer-name">
          {name}
        </label>
        <MoveButtons id={id} name={name} atTop={index === 0} atBottom={index === layers.order.length - 1} onMove={onMove} />
      </div>
      <LayerDetails id={id} />
    </li>
  );
}

/**
 * The layer list ("Lagen"): every map layer with a visibility checkbox and buttons to move it up or down
 * (the new place is announced), and per layer its settings and legend — the number of gaps, the travel
 * modes of the rings, the team colours of the centres, the basemap. Top of the list = drawn on top.
 */
export function LayersPanel() {
  const services = useServices();
  const { t } = useI18n();
  const layers = useAppState(selectLayers);
  const [announcement, setAnnouncement] = useState('');
  const update = (updater: Parameters<typeof inSlice<'layers'>>[1]) => services.store.update(inSlice('layers', updater));
  const name = (id: LayerId) => t(LAYER_NAME_KEYS[id]);

  const move = (id: LayerId, direction: 'up' | 'down') => {
    const i = layers.order.indexOf(id);
    const j = direction === 'up' ? i - 1 : i + 1;
    if (j < 0 || j >= layers.order.length) {
      setAnnouncement(t(direction === 'up' ? 'layerAtTop' : 'layerAtBottom', { name: name(id) }));
      return;
    }
    update(moveLayer(id, direction));
    setAnnouncement(t('layerMoved', { name: name(id), position: j + 1, count: layers.order.length }));
  };
  const show = (id: LayerId, visible: boolean) => {
    update(setLayerVisible(id, visible));
    setAnnouncement(t(visible ? 'layerShown' : 'layerHidden', { name: name(id) }));
  };

  return (
    <section className="layers-panel" aria-labelledby="layers-title">
      <h2 id="layers-title" className="layers-title">
        {t('layersTitle')}
      </h2>
      <p className="hint">{t('layersIntro')}</p>
      <ol className="layer-list" data-testid="layer-list" aria-label={t('layerList')}>
        {layers.order.map((id, i) => (
          <LayerRow key={id} id={id} index={i} onVisible={(visible) => show(id, visible)} onMove={(direction) => move(id, direction)} />
        ))}
      </ol>
      <p className="hint">{t('labelsOnTop')}</p>
      <div className="layers-live" aria-live="polite" role="status" data-testid="layers-announcement">
        {announcement}
      </div>
    </section>
  );
}

function LayerDetails({ id }: { id: LayerId }) {
  switch (id) {
    case 'gaps':
      return <GapControls />;
    case 'rings':
      return <RingControls />;
    case 'centres':
      return <TeamLegend />;
    case 'basemap':
      return <BasemapControls />;
    default:
      return null;
  }
}

function GapControls() {
  const services = useServices();
  const { t, language } = useI18n();
  const topN = useAppState(selectGapTopN);
  const analysis = useAppState(selectAnalysis);
  const level = useAppState(selectShownLevel);
  const [draft, setDraft] = useState(String(topN));
  useEffect(() => setDraft(String(topN)), [topN]);
  const analysisLevel = analysis.key?.split('|')[0] ?? null;
  const run = analysisLevel === level ? analysis.run : null;
  const ranked = useMemo(() => topGaps(run, Number.MAX_SAFE_INTEGER).length, [run]);
  let status: string;
  if (run) status = t('gapShown', { shown: Math.min(topN, ranked), total: run.result.areas.length });
  else if (analysisLevel === level && !analysis.computing) status = t('gapNoAnalysis');
  else status = t('gapComputing');
  return (
    <div className="layer-details">
      <div className="gap-top-n">
        <label htmlFor="gap-top-n">{t('gapTopN')}</label>
        <input
          id="gap-top-n"
          data-testid="gap-top-n"
          type="number"
          inputMode="numeric"
          min={1}
          max={50}
          step={1}
          value={draft}
          aria-describedby="gap-top-n-hint"
          onChange={(e) => {
            setDraft(e.target.value);
            const n = Number(e.target.value);
            if (e.target.value !== '' && Number.isFinite(n)) services.store.update(inSlice('layers', setGapTopN(n)));
          }}
          onBlur={() => setDraft(String(topN))}
        />
      </div>
      <p className="hint" id="gap-top-n-hint">
        {t('gapHint', { level: levelLabel(language, level) })}
      </p>
      <p className="hint" data-testid="gap-status">
        {status}
      </p>
    </div>
  );
}

function RingControls() {
  const services = useServices();
  const { t, language } = useI18n();
  const chosen = useAppState(selectRings);
  const analysis = useAppState(selectAnalysis);
  const modes = analysis.run?.settings.travelModes ?? DEFAULT_ENGINE_SETTINGS.travelModes;
  const smallest = Math.min(...modes.map((m) => m.radius));
  return (
    <fieldset className="layer-details ring-modes">
      <legend>{t('ringModes')}</legend>
      {modes.map((mode) => (
        <label key={mode.id} className="checkbox">
          <input type="checkbox" data-testid={`ring-mode-${mode.id}`} checked={chosen.includes(mode.id)} onChange={() => services.store.update(inSlice('layers', toggleRingMode(mode.id)))} />
          <svg className="ring-sample" viewBox="0 0 28 10" width="28" height="10" aria-hidden="true">
            <line x1="1" y1="5" x2="27" y2="5" stroke="#1d3557" strokeWidth="2" strokeDasharray={mode.radius > smallest ? '5 3' : undefined} />
          </svg>
          {travelModeLabel(t, language, mode)}
        </label>
      ))}
      <p className="hint">{t('ringHint')}</p>
    </fieldset>
  );
}

function TeamLegend() {
  const { t } = useI18n();
  const pkg = useAppState(selectPackage);
  if (!pkg || pkg.centres.length === 0) return null;
  const colours = teamColoursOf(pkg);
  const names = new Map(pkg.teams.map((team) => [team.id, team.name] as const));
  const counts = new Map<string, number>();
  for (const c of pkg.centres) counts.set(c.teamId ?? '', (counts.get(c.teamId ?? '') ?? 0) + 1);
  const rows = [...colours].filter(([id]) => counts.has(id) || names.has(id));
  return (
    <div className="layer-details">
      <p className="team-legend-title" id="team-legend-title">
        {t('teamColours')}
      </p>
      <ul className="team-legend" aria-labelledby="team-legend-title" data-testid="team-legend">
        {rows.map(([id, colour]) => (
          <li key={id}>
            <span className="team-dot" style={{ background: colour }} aria-hidden="true" />
            <span>{names.get(id) ?? id}</span>
            <span className="count">{counts.get(id) ?? 0}</span>
          </li>
        ))}
        {counts.has('') && (
          <li>
            <span className="team-dot" style={{ background: NO_TEAM_COLOUR }} aria-hidden="true" />
            <span>{t('noTeam')}</span>
            <span className="count">{counts.get('')}</span>
          </li>
        )}
      </ul>
    </div>
  );
}

/** A small picture of what each layer draws, for the eye only. */
function LayerIcon({ id }: { id: LayerId }) {
  const body = (() => {
    switch (id) {
      case 'areas':
        return (
          <>
            <rect x="1" y="1" width="8" height="8" fill="#fecc5c" />
            <rect x="9" y="1" width="8" height="8" fill="#fd8d3c" />
            <rect x="1" y="9" width="8" height="8" fill="#f03b20" />
            <rect x="9" y="9" width="8" height="8" fill="#ffffb2" />
          </>
        );
      case 'gaps':
        return (
          <>
            <defs>
              <pattern id="icon-gap-hatch" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
                <rect width="1.5" height="4" fill={GAP_COLOUR} />
              </pattern>
            </defs>
            <rect x="2" y="2" width="14" height="14" fill="url(#icon-gap-hatch)" stroke={GAP_COLOUR} strokeWidth="2" />
          </>
        );
      case 'rings':
        return (
          <>
            <circle cx="9" cy="9" r="7.5" fill="rgba(29,53,87,0.12)" stroke="#1d3557" strokeWidth="1.2" strokeDasharray="3 2" />
            <circle cx="9" cy="9" r="3.5" fill="none" stroke="#1d3557" strokeWidth="1.2" />
          </>
        );
      case 'territories':
        return <path d="M2 14 L7 4 L16 7 L13 15 Z" fill="none" stroke="#2b2d42" strokeWidth="1.6" strokeDasharray="3 1.5" />;
      case 'centres':
        return <circle cx="9" cy="9" r="5" fill="#0072b2" stroke="#fff" strokeWidth="2" />;
      case 'basemap':
        return (
          <>
            <rect x="1" y="1" width="16" height="16" fill="#f3f1ec" stroke="#c4bdb2" />
            <path d="M1 12 C6 9 10 14 17 10" stroke="#9cc0d8" strokeWidth="2.5" fill="none" />
            <path d="M5 1 L8 17 M1 6 L17 5" stroke="#ffffff" strokeWidth="1.6" />
          </>
        );
    }
  })();
  return (
    <svg className="layer-icon" viewBox="0 0 18 18" width="18" height="18" aria-hidden="true">
      {body}
    </svg>
  );
}
