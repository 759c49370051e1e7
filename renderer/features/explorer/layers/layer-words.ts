import type { TravelMode } from '../../../../geo/accessibility';
import { formatNumber, type Language, type Translate } from '../../../shared/i18n/i18n';
import type { MessageKey } from '../../../shared/i18n/messages';
import type { LayerId } from '../state/layers-slice';

/** The message key of each entry of the layer list. */
export const LAYER_NAME_KEYS: Readonly<Record<LayerId, MessageKey>> = {
  areas: 'layerAreas',
  gaps: 'layerGaps',
  rings: 'layerRings',
  territories: 'layerTerritories',
  centres: 'layerCentres',
  basemap: 'layerBasemap',
};

const MODE_KEYS: Readonly<Record<string, MessageKey>> = { walk: 'ringModeWalk', bike: 'ringModeBike' };

/**
 * A distance for people: metres under 1 km, else kilometres with the language's decimal mark.
 *
 * @example
 * formatRadius('nl', 1500); // '1,5 km'
 */
export function formatRadius(language: Language, radius: number): string {
  if (!Number.isFinite(radius) || radius < 0) throw new RangeError(`radius must be a number of metres ≥ 0, got ${radius}`);
  if (radius < 1000) return `${formatNumber(language, Math.round(radius), 0)} m`;
  const km = radius / 1000;
  return `${formatNumber(language, km, Number.isInteger(km) ? 0 : 1)} km`;
}

/**
 * A travel mode as the layer list names it: "Te voet, 1 km"; unknown modes by their id.
 *
 * @example
 * travelModeLabel(createTranslator('en'), 'en', { id: 'bike', radius: meters(3000) }); // 'By bike, 3 km'
 */
export function travelModeLabel(t: Translate, language: Language, mode: TravelMode): string {
  const key = MODE_KEYS[mode.id];
  return t('ringModeLabel', { mode: key ? t(key) : mode.id, radius: formatRadius(language, mode.radius) });
}
