import { inSlice, type AppState } from '../../../app/app-state';
import { selectArea } from './selection-slice';
import { setPanel } from '../../../app/ui-slice';

/**
 * A click on the map: an area opens its details in the side panel; a click beside every area clears
 * the selection and leaves the panel as it was.
 *
 * @example store.update(pickAreaOnMap('34022A00-')) // selection.selected = '34022A00-', ui.panel = 'detail'
 */
export const pickAreaOnMap = (code: string | null) => (state: AppState): AppState =>
  code === null ? inSlice('selection', selectArea(null))(state) : inSlice('ui', setPanel('detail'))(inSlice('selection', selectArea(code))(state));
