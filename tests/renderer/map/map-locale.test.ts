import { describe, expect, it } from 'vitest';
import { mapLocaleFor } from '../../../renderer/map/map-locale';

describe('mapLocaleFor', () => {
  it("gives MapLibre's control texts in Dutch and English, the same keys in both", () => {
    const nl = mapLocaleFor('nl');
    const en = mapLocaleFor('en');
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
    expect(nl['NavigationControl.ZoomIn']).toBe('Inzoomen');
    expect(nl['Map.Title']).toBe('Kaart');
    for (const key of ['NavigationControl.ZoomIn', 'NavigationControl.ZoomOut', 'AttributionControl.ToggleAttribution', 'Map.Title']) expect(nl[key]).not.toBe(en[key]);
  });
});
