import { useState } from 'react';
import { useAppState, useI18n, useServices } from '../../../app/app-context';
import type { Translate } from '../../../shared/i18n/i18n';
import type { AppState } from '../../../app/app-state';
import { BasemapError, openPmtilesBasemap, openStyleUrlBasemap, removeBasemap, type BasemapProblem } from './basemap-commands';

const selectBasemap = (s: AppState) => s.layers.basemap;

function problemText(t: Translate, problem: BasemapProblem): string {
  switch (problem.code) {
    case 'not-pmtiles':
      return t('basemapErrorNotPmtiles');
    case 'compression':
      return t('basemapErrorCompression');
    case 'tile-type':
      return t('basemapErrorTileType');
    case 'csp':
      return t('basemapErrorCsp');
    case 'read':
      return t('basemapErrorRead', { detail: problem.detail });
    case 'url':
      return t('basemapErrorUrl', { detail: problem.detail });
    case 'network':
      return t('basemapErrorNetwork', { detail: problem.detail });
    case 'style':
      return t('basemapErrorStyle', { detail: problem.detail });
  }
}

/**
 * The optional basemap, off and offline by default: a local PMTiles file (read from disk, served to the map
 * without any network) or, on explicit request, a style URL from the internet, with a notice saying so.
 */
export function BasemapControls() {
  const services = useServices();
  const { t } = useI18n();
  const basemap = useAppState(selectBasemap);
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async (task: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await task();
    } catch (e) {
      setError(e instanceof BasemapError ? problemText(t, e.problem) : String(e));
    } finally {
      setBusy(false);
    }
  };

  const shownName =
    basemap.kind === 'pmtiles'
      ? `${basemap.name} (${t(basemap.tiles === 'vector' ? 'basemapVector' : 'basemapRaster')})`
      : basemap.kind === 'style-url'
        ? `${new URL(basemap.url).host} (${t('basemapOnline')})`
        : null;

  return (
    <div className="layer-details basemap-controls" aria-busy={busy}>
      {shownName === null ? (
        <p className="hint">{t('basemapNone')}</p>
      ) : (
        <div className="basemap-current">
          <span data-testid="basemap-current">{t('basemapShowing', { name: shownName })}</span>
          <button type="button" data-testid="basemap-remove" onClick={() => removeBasemap(services)}>
            {t('basemapRemove')}
          </button>
          {basemap.kind === 'style-url' && (basemap.dropped ?? 0) > 0 && <p className="hint">{t('basemapDropped', { count: basemap.dropped ?? 0 })}</p>}
        </div>
      )}
      <p className="basemap-caption">{t('basemapPmtiles')}</p>
      <div className="basemap-file">
        <input
          id="basemap-pmtiles"
          className="basemap-file-input"
          type="file"
          accept=".pmtiles"
          data-testid="basemap-pmtiles-input"
          aria-describedby="basemap-pmtiles-hint"
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void run(() => openPmtilesBasemap(services, file));
          }}
        />
        <label htmlFor="basemap-pmtiles" className="basemap-file-button">
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
            <path d="M2 4.5 H6 L7.5 6 H14 V13 H2 Z" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
          </svg>
          {t('basemapChooseFile')}
        </label>
      </div>
      <p className="hint" id="basemap-pmtiles-hint">
        {t('basemapPmtilesHint')}
      </p>
      <form
        className="basemap-url"
        onSubmit={(e) => {
          e.preventDefault();
          void run(() => openStyleUrlBasemap(services, url));
        }}
      >
        <label htmlFor="basemap-style-url" className="basemap-caption">
          {t('basemapStyleUrl')}
        </label>
        <div className="basemap-url-row">
          <input
            id="basemap-style-url"
            type="url"
            inputMode="url"
            spellCheck={false}
            placeholder="https://…/style.json"
            data-testid="basemap-style-url"
            aria-describedby="basemap-network-notice"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
          />
          <button type="submit" data-testid="basemap-style-url-load" disabled={busy || url.trim() === ''}>
            {t('basemapLoadUrl')}
          </button>
        </div>
        <p className="basemap-notice" id="basemap-network-notice" data-testid="basemap-network-notice">
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
            <path d="M8 1 L15 14 H1 Z" fill="#b45309" />
            <path d="M8 6 V9.5 M8 11.3 V11.8" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" />
          </svg>
          {t('basemapNetworkNotice')}
        </p>
      </form>
      {busy && (
        <p className="hint" role="status">
          {t('basemapLoading')}
        </p>
      )}
      {error && (
        <p className="basemap-error" role="alert" data-testid="basemap-error">
          {error}
        </p>
      )}
    </div>
  );
}
