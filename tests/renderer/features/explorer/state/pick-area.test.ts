import { describe, expect, it } from 'vitest';
import { initialAppState } from '../../../../../renderer/app/app-state';
import { pickAreaOnMap } from '../../../../../renderer/features/explorer/state/pick-area';

describe('pickAreaOnMap', () => {
  it('selects the clicked area and shows its details', () => {
    const next = pickAreaOnMap('34022A00-')({ ...initialAppState, ui: { ...initialAppState.ui, panel: 'layers' } });
    expect(next.selection.selected).toBe('34022A00-');
    expect(next.ui.panel).toBe('detail');
  });

  it('clears the selection on a click beside the areas without switching the panel', () => {
    const picked = pickAreaOnMap('34022A00-')(initialAppState);
    const start = { ...picked, ui: { ...picked.ui, panel: 'charts' as const } };
    const next = pickAreaOnMap(null)(start);
    expect(next.selection.selected).toBeNull();
    expect(next.ui.panel).toBe('charts');
  });
});
