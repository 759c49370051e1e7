import { useAppState, useI18n } from '../../../app/app-context';
import type { AppState } from '../../../app/app-state';
import { selectPackage } from '../state/selectors';
import { provenanceTexts } from '../../../../data/package';

/** The credit of the basemap when one is shown (PMTiles metadata or the style's sources), else none. */
const selectBasemapCredit = (s: AppState): readonly string[] | null => {
  const { basemap, visible } = s.layers;
  return basemap.kind !== 'none' && visible.basemap && basemap.attribution && basemap.attribution.length > 0 ? basemap.attribution : null;
};

/** The attribution line over the map: the package's sources and licences, the basemap's credit, MapLibre. */
export function AttributionLine() {
  const { t, language } = useI18n();
  const pkg = useAppState(selectPackage);
  const basemap = useAppState(selectBasemapCredit);
  if (!pkg) return null;
  const { sources, licenses } = provenanceTexts(pkg.provenance, language);
  return (
    <div className="attribution" data-testid="attribution">
      {sources.join(' · ')}
      {licenses.length > 0 && <span className="licences"> ({licenses.join('; ')})</span>}
      {basemap && <span data-testid="basemap-attribution"> · {t('basemapAttribution', { text: basemap.join(' · ') })}</span>}
      <span> · MapLibre</span>
    </div>
  );
}
