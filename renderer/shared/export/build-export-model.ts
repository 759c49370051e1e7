import type { AppState } from '../../app/app-state';
import type { Camera } from '../../features/presenter/state/story-slice';
import { createTranslator, type Language } from '../i18n/i18n';
import { MESSAGES } from '../i18n/messages';
import { DEFAULT_SUPPRESSION_THRESHOLD } from '../../../geo/suppression';
import { buildExportLegend, legendTitleOf, type ExportLegend } from './export-legend';
import { exportWord } from './export-words';
import { packageText, provenanceTexts } from '../../../data/package';

export type { ExportLegend, ExportLegendRow, ExportSwatch, BivariateSquare } from './export-legend';

/**
 * What every export of a view says besides its picture — title, subtitle, legend, badges, source and
 * attribution, scale — built from the app state and the view alone (selectors; never the page), in the
 * UI's language. The map PNG, the PDF and HTML stories and the planner's exports all draw from it.
 */

/** The words of the view being exported, and where the map looks (for the scale bar). */
export interface ExportView {
  /** The view's title (a saved view's); empty: the legend's title stands in. */
  readonly title?: string;
  /** The view's caption as its author wrote it. */
  readonly caption?: string;
  readonly camera?: Camera | null;
}

export type ExportBadgeKind = 'fictional' | 'synthetic' | 'approximate' | 'assumed' | 'suppressed';

export interface ExportBadge {
  readonly kind: ExportBadgeKind;
  readonly text: string;
  readonly background: string;
  readonly colour: string;
}

export interface ScaleBar {
  /** A round length (10 m … 100 km). */
  readonly metres: number;
  /** Its length in CSS pixels at the camera's latitude and zoom. */
  readonly px: number;
  /** "500 m", "2 km" (decimal comma in Dutch). */
  readonly label: string;
}

export interface ExportModel {
  readonly language: Language;
  readonly title: string;
  /** "Kortrijk · wijken · 2024", and what is mapped when the title is the view's own: in the UI language. */
  readonly subtitle: string;
  /** The view's caption, or ''. */
  readonly caption: string;
  readonly legend: ExportLegend | null;
  readonly badges: readonly ExportBadge[];
  /** The data's sources and licences, the basemap's credit and MapLibre, in one line. */
  readonly attribution: string;
  readonly scale: ScaleBar | null;
}

/** The colours of the badges (as the badges on screen). */
export const BADGE_COLOURS: Readonly<Record<ExportBadgeKind, { background: string; colour: string }>> = {
  fictional: { background: '#e76f51', colour: '#ffffff' },
  synthetic: { background: '#f4a261', colour: '#1f2933' },
  approximate: { background: '#e9c46a', colour: '#1f2933' },
  assumed: { background: '#cfd8dc', colour: '#1f2933' },
  suppressed: { background: '#52606d', colour: '#ffffff' },
};

const SCALE_STEPS = [10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10_000, 20_000, 25_000, 50_000, 100_000];

/**
 * A round length (metres) whose bar is at most `maxPx` CSS pixels long at this latitude and zoom
 * (MapLibre's 512-px tiles).
 *
 * @example
 * chooseScaleBar(50.83, 13, 120).metres // 500
 */
export function chooseScaleBar(latitude: number, zoom: number, maxPx: number, language: Language = 'nl'): ScaleBar {
  if (!(Math.abs(latitude) < 90) || !Number.isFinite(zoom) || !(maxPx > 0)) throw new RangeError(`No scale bar for latitude ${latitude}, zoom ${zoom}, ${maxPx} px`);
  const metresPerPx = (40_075_016.686 * Math.cos((latitude * Math.PI) / 180)) / (512 * 2 ** zoom);
  let best = SCALE_STEPS[0]!;
  for (const m of SCALE_STEPS) if (m / metresPerPx <= maxPx) best = m;
  const label = best >= 1000 ? `${new Intl.NumberFormat(language === 'nl' ? 'nl-BE' : 'en-GB').format(best / 1000)} km` : `${best} m`;
  return { metres: best, px: best / metresPerPx, label };
}

/** The badges of the package's provenance, and one for areas whose figures are suppressed. */
function badgesOf(state: AppState): ExportBadge[] {
  const pkg = state.pkg.current;
  if (!pkg) return [];
  const language = state.ui.language;
  const t = createTranslator(language);
  const { provenance } = pkg;
  const badge = (kind: ExportBadgeKind, text: string): ExportBadge => ({ kind, text, ...BADGE_COLOURS[kind] });
  const badges: ExportBadge[] = [];
  if (provenance.fictional) badges.push(badge('fictional', t('badgeFictional')));
  if (provenance.synthetic.length > 0) badges.push(badge('synthetic', t('badgeSynthetic')));
  if (provenance.approximate.length > 0) badges.push(badge('approximate', t('badgeApproximate')));
  if (provenance.assumed.length > 0) badges.push(badge('assumed', t('badgeAssumed')));
  const suppressed = state.mapData.colouring?.suppressedCount ?? 0;
  if (suppressed > 0) badges.push(badge('suppressed', exportWord(language, 'suppressedBadge', { count: suppressed, threshold: DEFAULT_SUPPRESSION_THRESHOLD })));
  return badges;
}

/** The attribution line, as the one over the map says it. */
function attributionOf(state: AppState): string {
  const pkg = state.pkg.current;
  if (!pkg) return 'MapLibre';
  const t = createTranslator(state.ui.language);
  const { sources, licenses } = provenanceTexts(pkg.provenance, state.ui.language);
  const { basemap, visible } = state.layers;
  const credit = basemap.kind !== 'none' && visible.basemap && basemap.attribution && basemap.attribution.length > 0 ? basemap.attribution : null;
  return [
    `${sources.join(' · ')}${licenses.length > 0 ? ` (${licenses.join('; ')})` : ''}`,
    credit ? t('basemapAttribution', { text: credit.join(' · ') }) : null,
    'MapLibre',
  ]
    .filter((part): part is string => part !== null && part.trim() !== '')
    .join(' · ');
}

/**
 * The export model of a view: what the export says, from the state (package, colouring, view, language,
 * layers) and the view's own words and camera.
 *
 * @example
 * const model = buildExportModel(store.getState(), { title: 'Armoede in de wijken', camera });
 * model.subtitle // 'Demostad · wijken · 2024 · Geschatte personen in armoede per 1.000 inwoners'
 */
export function buildExportModel(state: AppState, view: ExportView = {}): ExportModel {
  const pkg = state.pkg.current;
  const language = state.ui.language;
  const legend = buildExportLegend(state);
  const shown = state.mapData.view ?? state.view;
  const place = pkg ? (pkg.descriptor.municipality?.name ?? packageText(pkg.descriptor, language)) : 'Wijkzicht';
  const levels = MESSAGES[language].levelsPlural[shown.level] ?? shown.level;
  const where = exportWord(language, 'subtitle', { place, levels, period: shown.period });
  const mapped = legend?.title ?? (pkg && state.mapData.colouring ? legendTitleOf(state.mapData.colouring, shown, pkg, null, language) : '');
  const own = view.title?.trim() ?? '';
  const title = own || mapped || place;
  const subtitle = own && mapped && own !== mapped ? `${where} · ${mapped}` : where;
  const camera = view.camera ?? null;
  return {
    language,
    title,
    subtitle,
    caption: view.caption?.trim() ?? '',
    legend,
    badges: badgesOf(state),
    attribution: attributionOf(state),
    scale: camera ? chooseScaleBar(camera.center[1], camera.zoom, 120, language) : null,
  };
}
