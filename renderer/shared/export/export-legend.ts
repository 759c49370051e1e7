import { indicatorSource, packageText, type IndicatorDefinition, type LoadedPackage } from '../../../data/package';
import { DEFAULT_SUPPRESSION_THRESHOLD } from '../../../geo/suppression';
import type { AppState } from '../../app/app-state';
import { buildLegendModel } from '../../features/explorer/state/selectors';
import type { ViewState } from '../../features/explorer/state/view-slice';
import { formatValue } from '../../map/colouring/format-value';
import type { BivariateColouring, ClassColouring, MapColouring } from '../../map/colouring/map-colouring';
import { BIVARIATE, NO_DATA_COLOR, SUPPRESSED_COLOR } from '../../map/palette';
import { createTranslator, formatNumber, type Language, type Translate } from '../i18n/i18n';
import { MESSAGES } from '../i18n/messages';
import { exportWord } from './export-words';

/**
 * The legend of an export, from the colouring in the state (never from the legend on screen): its title,
 * the classes with their swatches and counts, or the bivariate 3×3 square with its two axes and the
 * gap-corner caption; "no data" and "suppressed" rows; the method and source lines.
 */

/** A swatch: a flat colour, or the hatched "suppressed" one. */
export type ExportSwatch = { readonly kind: 'fill'; readonly colour: string } | { readonly kind: 'hatch'; readonly colour: string; readonly stroke: string };

export interface ExportLegendRow {
  readonly swatch: ExportSwatch;
  readonly label: string;
  /** The number of areas, as written ("(12)"). */
  readonly count: string;
}

export interface BivariateSquare {
  /** cells[need][reach], need 0 (low) … 2 (high): colour and number of areas. */
  readonly cells: readonly (readonly { readonly colour: string; readonly count: string }[])[];
  /** "Nood (−1,20 … 1,85)": the vertical axis, need growing upwards. */
  readonly needAxis: string;
  /** "Bereik (12 % … 48 %)": the horizontal axis, reach growing to the right. */
  readonly reachAxis: string;
  /** The cell of high need and low reach (the coverage gap), outlined, and its caption. */
  readonly gapCorner: { readonly need: 2; readonly reach: 0; readonly caption: string };
}

export interface ExportLegend {
  readonly title: string;
  /** "2024 · Kwantielen, 5 klassen", or null. */
  readonly subtitle: string | null;
  readonly rows: readonly ExportLegendRow[];
  readonly bivariate: BivariateSquare | null;
  /** How the numbers were made (one sentence). */
  readonly method: string;
  /** "Bron: …" with "(synthetisch)" when the indicator is, or null. */
  readonly source: string | null;
}

const labelIn = (d: Pick<IndicatorDefinition, 'labelNl' | 'labelEn'>, language: Language) => (language === 'nl' ? d.labelNl : d.labelEn);

/**
 * The legend's title for what the map shows ("Geschatte personen in armoede per 1.000 inwoners").
 *
 * @example
 * legendTitleOf(colouring, view, pkg, definition, 'nl') // 'Nood × bereik (2024)'
 */
export function legendTitleOf(colouring: MapColouring, view: ViewState, pkg: LoadedPackage, definition: IndicatorDefinition | null, language: Language): string {
  const t = createTranslator(language);
  const denominatorOf = (d: IndicatorDefinition) => {
    const den = pkg.definitions.find((x) => x.id === d.denominator);
    return den ? labelIn(den, language).toLowerCase() : '';
  };
  const label = definition ? labelIn(definition, language) : '';
  switch (colouring.measure) {
    case 'rate':
      return definition ? t('legendTitleRate', { label, per: t('perThousand'), denominator: denominatorOf(definition) }) : '';
    case 'count':
      return definition ? t('legendTitleCount', { label }) : '';
    case 'change':
      if (!definition) return '';
      return definition.denominator
        ? t('legendChangeRate', { label, per: t('perThousand'), denominator: denominatorOf(definition), from: view.changeFrom, to: view.period })
        : t('legendChange', { label, from: view.changeFrom, to: view.period });
    case 'need':
      return t('legendNeed');
    case 'reach':
      return t('legendReach');
    case 'gap':
      return t('legendGap');
    case 'staffing':
      return t('legendStaffing', { metric: MESSAGES[language].staffingMetrics[view.staffing.metric] ?? view.staffing.metric, period: view.period });
    case 'bivariate':
      return t('legendBivariate', { period: view.period });
  }
}

/**
 * The method line under the legend's classes, on screen and in exports.
 *
 * @example
 * legendMethodOf(view, pkg, 'nl') // 'Methode: som over de sectoren in elk gebied; …'
 */
export function legendMethodOf(view: ViewState, pkg: LoadedPackage, language: Language): string {
  const t = createTranslator(language);
  switch (view.measure) {
    case 'need':
      return t('methodNeed');
    case 'reach':
    case 'bivariate':
      return t('methodReach');
    case 'gap':
      return t('methodGap');
    case 'staffing':
      return t('methodStaffing', { ftePeriod: view.period });
    case 'change':
      return t('methodChange', { from: view.changeFrom, to: view.period });
    default:
      return t('method', { per: t('perThousand'), base: MESSAGES[language].levelsPlural[pkg.baseLevel] ?? pkg.baseLevel });
  }
}

/** "No data" and (when anything is or could be hidden) "suppressed", with their counts. */
function missingRows(noData: number, suppressed: number, showSuppressed: boolean, t: Translate, language: Language): ExportLegendRow[] {
  const count = (n: number) => t('legendCount', { count: formatNumber(language, n) });
  const rows: ExportLegendRow[] = [{ swatch: { kind: 'fill', colour: NO_DATA_COLOR }, label: t('noData'), count: count(noData) }];
  if (showSuppressed) rows.push({ swatch: { kind: 'hatch', colour: SUPPRESSED_COLOR, stroke: '#555555' }, label: t('suppressed', { threshold: DEFAULT_SUPPRESSION_THRESHOLD }), count: count(suppressed) });
  return rows;
}

/** The class rows; a class whose two ends read the same ("64,4 – 64,4") is written as one value. */
function classRows(colouring: ClassColouring, language: Language, t: Translate): ExportLegendRow[] {
  const model = buildLegendModel(colouring, language);
  return model.entries.map((entry) => {
    const [low, high] = entry.label.split(' – ');
    return { swatch: { kind: 'fill', colour: entry.color }, label: high !== undefined && low === high ? low : entry.label, count: t('legendCount', { count: formatNumber(language, entry.count) }) };
  });
}

/** The 3×3 square of need against reach, with its axes (the tercile ranges) and the gap corner. */
function bivariateSquare(colouring: BivariateColouring, language: Language): BivariateSquare {
  const share = (x: number | undefined) => (x === undefined ? '–' : formatValue(x, { kind: 'share' }, language, 0));
  const index = (x: number | undefined) => (x === undefined ? '–' : formatValue(x, { kind: 'index' }, language, 1));
  const last = (limits: readonly number[]) => limits[limits.length - 1];
  return {
    cells: [0, 1, 2].map((need) => [0, 1, 2].map((reach) => ({ colour: BIVARIATE[need]![reach]!, count: formatNumber(language, colouring.counts[need]?.[reach] ?? 0) }))),
    needAxis: `${exportWord(language, 'needAxis')} (${index(colouring.needLimits[0])} … ${index(last(colouring.needLimits))})`,
    reachAxis: `${exportWord(language, 'reachAxis')} (${share(colouring.reachLimits[0])} … ${share(last(colouring.reachLimits))})`,
    gapCorner: { need: 2, reach: 0, caption: exportWord(language, 'gapCornerCaption') },
  };
}

/**
 * The legend of what the map shows now, or null while there is no colouring.
 *
 * @example
 * buildExportLegend(state)?.bivariate?.gapCorner.caption // 'Hoge nood, laag bereik'
 */
export function buildExportLegend(state: AppState): ExportLegend | null {
  const pkg = state.pkg.current;
  const { colouring, view } = state.mapData;
  if (!pkg || !colouring || !view) return null;
  const language = state.ui.language;
  const t = createTranslator(language);
  const definition = pkg.definitions.find((d) => d.id === view.indicator) ?? null;
  const title = legendTitleOf(colouring, view, pkg, definition, language);
  const method = legendMethodOf(view, pkg, language);
  const source =
    definition && ['rate', 'count', 'change'].includes(view.measure)
      ? `${t('source')}: ${indicatorSource(definition, language) || packageText(pkg.descriptor, language)}${definition.synthetic ? ` (${t('ofWhichSynthetic')})` : ''}`
      : null;
  if (colouring.kind === 'bivariate') {
    return { title, subtitle: null, rows: missingRows(colouring.missingCount, colouring.suppressedCount, colouring.suppressedCount > 0, t, language), bivariate: bivariateSquare(colouring, language), method, source };
  }
  const sensitive = definition?.sensitive === true || colouring.suppressedCount > 0;
  return {
    title,
    subtitle: `${view.period} · ${MESSAGES[language].methods[view.classification.method] ?? view.classification.method}, ${t('classesN', { classes: colouring.classCounts.length })}`,
    rows: [...classRows(colouring, language, t), ...missingRows(colouring.missingCount, colouring.suppressedCount, sensitive, t, language)],
    bivariate: null,
    method,
    source,
  };
}
