import { useState } from 'react';
import { useAppState, useI18n, useServices } from '../../../app/app-context';
import type { Translate } from '../../../shared/i18n/i18n';
import { reportProblem } from '../../../shared/problems';
import type { AppState } from '../../../app/app-state';
import type { Basemap } from '../state/layers-slice';
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
    case 'url':
      return t('basemapErrorUrl');
    case 'style':
      return t('basemapErrorStyle');
  }
}

/**
 * Runs a basemap command: busy meanwhile; what is wrong with the user's choice is said in place
 * (`guidance`, e.g. how to allow a server the CSP blocks); any other failure is reported ('basemap-failed').
 */
function useBasemapTask() {
  const services = useServices();
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [guidance, setGuidance] = useState<string | null>(null);
  const run = async (task: () => Promise<void>) => {
    setBusy(true);
    setGuidance(null);
    try {
      await task();
    } catch (error) {
      if (error instanceof BasemapError) setGuidance(problemText(t, error.problem));
      else reportProblem(services.store, 'basemap-failed', error);
    } finally {
      setBusy(false);
    }
  };
  // `run` catches everything it runs: the promise it returns cannot reject.
  return { busy, guidance, start: (task: () => Promise<void>) => void run(task) };
}

/** The basemap shown now (with a button to remove it), or that there is none. */
function CurrentBasemap({ basemap }: { basemap: Basemap }) {
  const services = useServices();
  const { t } = useI18n();
  const shownName =
    basemap.kind === 'pmtiles'
      ? `${basemap.name} (${t(basemap.tiles === 'vector' ? 'basemapVector' : 'basemapRaster')})`
      : basemap.kind === 'style-url'
        ? `${new URL(basemap.url).host} (${t('basemapOnline')})`
        : null;
  if (shownName === null) return <p className="hint">{t('basemapNone')}</p>;
  return (
    <div className="basemap-current">
      <span data-testid="basemap-current">{t('basemapShowing', { name: shownName })}</span>
      <button type="button" data-testid="basemap-remove" onClick={() => removeBasemap(services)}>
        {t('basemapRemove')}
      </button>
      {basemap.kind === 'style-url' && (basemap.dropped ?? 0) > 0 && <p className="hint">{t('basemapDropped', { count: basemap.dropped ?? 0 })}</p>}
    </div>
  );
}

/** Choosing a local .pmtiles file (read from disk, no network). */
function PmtilesPicker({ busy, onFile }: { busy: boolean; onFile: (file: File) => void }) {
  const { t } = useI18n();
  return (
    <>
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
            if (file) onFile(file);
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
    </>
  );
}

/** A style URL from the internet, on explicit request, with the notice that it goes online. */
function StyleUrlForm({ busy, onUrl }: { busy: boolean; onUrl: (url: string) => void }) {
  const { t } = useI18n();
  const [url, setUrl] = useState('');
  return (
    <form
      className="basemap-url"
      onSubmit={(e) => {
        e.preventDefault();
        onUrl(url);
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
  );
}

/**
 * The optional basemap, off and offline by default: a local PMTiles file (read from disk, served to the map
 * without any network) or, on explicit request, a style URL from the internet, with a notice saying so.
 */
export function BasemapControls() {
  const services = useServices();
  const { t } = useI18n();
  const basemap = useAppState(selectBasemap);
  const { busy, guidance, start } = useBasemapTask();
  return (
    <div className="layer-details basemap-controls" aria-busy={busy}>
      <CurrentBasemap basemap={basemap} />
      <PmtilesPicker busy={busy} onFile={(file) => start(() => openPmtilesBasemap(services, file))} />
      <StyleUrlForm busy={busy} onUrl={(url) => start(() => openStyleUrlBasemap(services, url))} />
      {busy && (
        <p className="hint" role="status">
          {t('basemapLoading')}
        </p>
      )}
      {guidance && (
        <p className="basemap-error" role="alert" data-testid="basemap-error">
          {guidance}
        </p>
      )}
    </div>
  );
}
