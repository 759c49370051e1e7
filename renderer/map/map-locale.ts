import type { Language } from '../shared/i18n/i18n';

/**
 * MapLibre's own control texts (its `locale` map option: zoom buttons, attribution toggle, the map's
 * aria-label, scale units) in the UI language, so the Dutch UI has no "Zoom in" or "Map".
 *
 * @example
 * mapLocaleFor('nl')['NavigationControl.ZoomIn']; // 'Inzoomen'
 */
export function mapLocaleFor(language: Language): Record<string, string> {
  if (language === 'nl') {
    return {
      'AttributionControl.ToggleAttribution': 'Bronvermelding tonen of verbergen',
      'AttributionControl.MapFeedback': 'Feedback over de kaart',
      'FullscreenControl.Enter': 'Volledig scherm',
      'FullscreenControl.Exit': 'Volledig scherm verlaten',
      'GeolocateControl.FindMyLocation': 'Mijn locatie zoeken',
      'GeolocateControl.LocationNotAvailable': 'Locatie niet beschikbaar',
      'LogoControl.Title': 'MapLibre-logo',
      'Map.Title': 'Kaart',
      'NavigationControl.ResetBearing': 'Noorden boven',
      'NavigationControl.ZoomIn': 'Inzoomen',
      'NavigationControl.ZoomOut': 'Uitzoomen',
      'ScaleControl.Feet': 'ft',
      'ScaleControl.Meters': 'm',
      'ScaleControl.Kilometers': 'km',
      'ScaleControl.Miles': 'mijl',
      'ScaleControl.NauticalMiles': 'zeemijl',
    };
  }
  return {
    'AttributionControl.ToggleAttribution': 'Toggle attribution',
    'AttributionControl.MapFeedback': 'Map feedback',
    'FullscreenControl.Enter': 'Enter fullscreen',
    'FullscreenControl.Exit': 'Exit fullscreen',
    'GeolocateControl.FindMyLocation': 'Find my location',
    'GeolocateControl.LocationNotAvailable': 'Location not available',
    'LogoControl.Title': 'MapLibre logo',
    'Map.Title': 'Map',
    'NavigationControl.ResetBearing': 'Reset bearing to north',
    'NavigationControl.ZoomIn': 'Zoom in',
    'NavigationControl.ZoomOut': 'Zoom out',
    'ScaleControl.Feet': 'ft',
    'ScaleControl.Meters': 'm',
    'ScaleControl.Kilometers': 'km',
    'ScaleControl.Miles': 'mi',
    'ScaleControl.NauticalMiles': 'nm',
  };
}
