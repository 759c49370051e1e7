import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYER_ORDER, initialLayersState, moveLayer, setBasemap, setGapTopN, setLayerVisible, toggleRingMode } from '../../../../../renderer/features/explorer/state/layers-slice';

describe('layers slice', () => {
  it('moves a layer up and down, and not past the ends', () => {
    const up = moveLayer('gaps', 'up')(initialLayersState);
    expect(up.order).toEqual(['centres', 'territories', 'gaps', 'rings', 'areas', 'basemap']);
    expect(moveLayer('gaps', 'down')(up).order).toEqual(DEFAULT_LAYER_ORDER);
    expect(moveLayer('centres', 'up')(initialLayersState)).toBe(initialLayersState);
    expect(moveLayer('basemap', 'down')(initialLayersState)).toBe(initialLayersState);
  });
  it('toggles ring modes, keeping the order they were chosen in', () => {
    const both = toggleRingMode('bike')(initialLayersState);
    expect(both.rings).toEqual(['walk', 'bike']);
    expect(toggleRingMode('walk')(both).rings).toEqual(['bike']);
  });
  it('keeps the gap count within 1–50', () => {
    expect(setGapTopN(0)(initialLayersState).gapTopN).toBe(1);
    expect(setGapTopN(80)(initialLayersState).gapTopN).toBe(50);
    expect(setGapTopN(7.4)(initialLayersState).gapTopN).toBe(7);
  });
  it('shows a basemap when one is chosen, hides it when removed; off and offline by default', () => {
    expect(initialLayersState.basemap).toEqual({ kind: 'none' });
    expect(initialLayersState.visible.basemap).toBe(false);
    const on = setBasemap({ kind: 'pmtiles', name: 'kortrijk.pmtiles', url: 'pmtiles://basemap-1', tiles: 'raster' })(initialLayersState);
    expect(on.visible.basemap).toBe(true);
    expect(setBasemap({ kind: 'none' })(on).visible.basemap).toBe(false);
    expect(setLayerVisible('gaps', true)(initialLayersState).visible.gaps).toBe(true);
  });
});
