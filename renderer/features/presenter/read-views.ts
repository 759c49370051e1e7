import type { ProjectProblem } from '../../../data/project';
import { DEFAULT_LAYER_ORDER, initialLayersState, type LayerId } from '../explorer/state/layers-slice';
import type { SavedView } from './state/story-slice';
import { MEASURES, initialViewState, type Measure, type ViewState } from '../explorer/state/view-slice';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * The story's views from a project file's `views` (already checked for `id` and `title`): the map view,
 * camera, layers, scenario and highlighted areas of each are checked; a wrong value is a problem with its
 * JSON path, a missing optional part gets its default.
 *
 * @example
 * readViews([{ id: 'v1', title: 'A', camera: { center: [3.26, 50.82], zoom: 12 }, view: { level: 'wijk', indicator: 'x', period: 2024, measure: 'rate' } }], 'p.wijkzicht').problems // []
 */
export function readViews(raw: readonly unknown[], fileName: string): { views: SavedView[]; problems: ProjectProblem[] } {
  const problems: ProjectProblem[] = [];
  const problem = (path: string, what: { en: string; nl: string }, fix: { en: string; nl: string }) =>
    problems.push({ path, message: `${fileName}: ${path} ${what.en}`, fix: fix.en, messageNl: `${fileName}: ${path} ${what.nl}`, fixNl: fix.nl });
  const saveAgain = { en: 'save the view again from the app', nl: 'bewaar het beeld opnieuw vanuit de app' };
  const views: SavedView[] = [];
  raw.forEach((value, i) => {
    const at = `views[${i}]`;
    const v = isObject(value) ? value : {};
    const camera = isObject(v.camera) ? v.camera : null;
    const center = camera && Array.isArray(camera.center) ? camera.center : null;
    if (!camera || !center || center.length !== 2 || !isNumber(center[0]) || !isNumber(center[1]) || Math.abs(center[0]) > 180 || Math.abs(center[1]) > 90 || !isNumber(camera.zoom)) {
      return void problem(`${at}.camera`, { en: 'must be { center: [longitude, latitude], zoom }', nl: 'moet { center: [lengtegraad, breedtegraad], zoom } zijn' }, saveAgain);
    }
    const view = isObject(v.view) ? v.view : null;
    if (!view || typeof view.level !== 'string' || typeof view.indicator !== 'string' || !isNumber(view.period) || !MEASURES.includes(view.measure as Measure)) {
      const measures = MEASURES.join(', ');
      return void problem(
        `${at}.view`,
        { en: `needs level, indicator (texts), period (a number) and measure (one of ${measures})`, nl: `heeft level, indicator (teksten), period (een getal) en measure (een van ${measures}) nodig` },
        saveAgain,
      );
    }
    const layers = isObject(v.layers) ? v.layers : {};
    const order = Array.isArray(layers.order) && layers.order.every((id) => DEFAULT_LAYER_ORDER.includes(id as LayerId)) ? (layers.order as LayerId[]) : initialLayersState.order;
    const visible = isObject(layers.visible) ? { ...initialLayersState.visible, ...Object.fromEntries(Object.entries(layers.visible).filter(([k, b]) => DEFAULT_LAYER_ORDER.includes(k as LayerId) && typeof b === 'boolean')) } : initialLayersState.visible;
    views.push({
      id: String(v.id),
      title: String(v.title),
      caption: typeof v.caption === 'string' ? v.caption : '',
      notes: typeof v.notes === 'string' ? v.notes : '',
      view: { ...initialViewState, ...(view as Partial<ViewState>) },
      layers: { order, visible, gapTopN: isNumber(layers.gapTopN) ? layers.gapTopN : initialLayersState.gapTopN, rings: Array.isArray(layers.rings) ? layers.rings.filter((r): r is string => typeof r === 'string') : initialLayersState.rings },
      camera: { center: [center[0], center[1]], zoom: camera.zoom },
      scenarioId: typeof v.scenarioId === 'string' ? v.scenarioId : null,
      highlighted: Array.isArray(v.highlighted) ? v.highlighted.filter((c): c is string => typeof c === 'string') : [],
    });
  });
  return { views, problems };
}
